/**
 * `meshloom sim serve` on a scenario whose nodes run the real firmware, as an operator runs it: it starts the
 * firmware processes, offers node 4's own phone API on a port (through the proxy), `meshloom info` reads the
 * firmware node there, and Ctrl-C ends the run with results of the usual shape plus what the bridge measured. A
 * scenario naming a firmware that is not there is refused before anything starts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.ts';
import { firmwareBinaries, NO_FIRMWARE_REASON } from '../support/real-firmware.ts';
import { runCli, startCli, stopAll } from './cli-helpers.ts';

const binary = firmwareBinaries().at(-1);
const dir = mkdtempSync(join(tmpdir(), 'meshloom-cli-fw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scenario(firmware: string): string {
  const path = join(dir, `pair-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(
    path,
    [
      'name: two firmware nodes',
      'durationMinutes: 30',
      'shadowingDb: 0',
      `firmware: ${firmware}`,
      'nodes:',
      '  - { id: 4, x: 0, y: 0 }',
      '  - { id: 5, x: 200, y: 0 }',
      'traffic: {}',
      '',
    ].join('\n'),
  );
  return path;
}

describe('meshloom sim with firmware nodes', () => {
  it('refuses a scenario whose firmware is not there, saying where to find one', async () => {
    const result = await runCli(['sim', 'run', scenario('./no-such-meshtasticd'), '--quiet']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/firmware ".*no-such-meshtasticd" is not an executable file .*meshtasticd/);
    expect(result.stderr).toContain('MESHLOOM_ERR_SCENARIO');
  });

  it.skipIf(!binary)(
    `serves a firmware node's own API and writes the run's results at Ctrl-C (${binary?.version ?? NO_FIRMWARE_REASON})`,
    async () => {
      const out = join(dir, 'results');
      const serve = startCli(['sim', 'serve', scenario(binary?.path as string), '--attach', '4', '--tcp', '0', '--out', out]);
      try {
        await serve.said('TCP API (the real firmware) on 127.0.0.1:', 60_000);
        const port = /127\.0\.0\.1:(\d+)/.exec(serve.errors().split('the real firmware')[1] ?? '')?.[1];
        const info = await runCli(['info', '--tcp', `127.0.0.1:${port}`, '--json'], { timeoutMs: 30_000 });
        expect(info.code, info.stderr).toBe(0);
        expect(JSON.parse(info.stdout).myInfo.myNodeNum).toBeGreaterThan(3);
        await serve.said('running 30 simulated minutes in real time', 10_000);
        serve.child.kill('SIGINT');
        await eventually('the results are written', () => existsSync(join(out, 'result.json')), 30_000);
        const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'));
        expect(result.scenario.nodes).toBe(2);
        expect(result.firmware).toMatchObject({ nodes: 2, unreadable: 0 });
        expect(existsSync(join(out, 'report.html'))).toBe(true);
      } finally {
        await stopAll([serve.child]);
      }
    },
    120_000,
  );
});
