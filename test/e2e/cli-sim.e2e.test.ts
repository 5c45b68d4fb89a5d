/** `meshloom sim run` as a tester uses it: results on disk and a summary, or a clear error and a failing exit. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'meshloom-cli-sim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('meshloom sim run', () => {
  it('runs a scenario, prints the headline figures and writes the results', async () => {
    const scenario = join(dir, 'street.yaml');
    writeFileSync(
      scenario,
      [
        'name: short street',
        'durationMinutes: 5',
        'shadowingDb: 0',
        'layout: { kind: line, count: 4, spacingM: 400 }',
        'traffic:',
        '  text: { everySeconds: 60 }',
        '',
      ].join('\n'),
    );
    const out = join(dir, 'out');
    const result = await runCli(['sim', 'run', scenario, '--seed', '2', '--out', out], { timeoutMs: 30_000 });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^short street: 4 nodes, 5 min, seed 2\n {2}delivered [\d.]+ % of reachable/);
    expect(result.stderr).toContain('simulating 5 min [');
    for (const file of ['result.json', 'nodes.csv', 'minutes.csv', 'report.html']) expect(existsSync(join(out, file))).toBe(true);
  });

  it('names what is wrong with a scenario and exits non-zero', async () => {
    const scenario = join(dir, 'bad.json');
    writeFileSync(scenario, JSON.stringify({ name: 'bad', durationMinutes: 5, hopLimit: 9, layout: { kind: 'line', count: 3, spacingM: 400 } }));
    const result = await runCli(['sim', 'run', scenario], { timeoutMs: 30_000 });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('hopLimit: must be <= 7');
    expect(result.stderr).toContain('MESHLOOM_ERR_SCENARIO');
  });
});
