/** `meshloom sim run` as a tester uses it: results on disk and a summary, or a clear error and a failing exit. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
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

describe('the report and sweep pages in a browser', () => {
  it('draw their charts with no errors and nothing from elsewhere', async () => {
    const scenario = join(dir, 'bridge.yaml');
    writeFileSync(
      scenario,
      [
        'name: bridge fails',
        'durationMinutes: 12',
        'nodes:',
        '  - { id: 4, x: 0, y: 0 }',
        '  - { id: 5, x: 900, y: 0, role: ROUTER }',
        '  - { id: 6, x: 1800, y: 0 }',
        'layout: { kind: clusters, clusters: 2, perCluster: 4, radiusM: 200, gapM: 1400 }',
        'gateways: [4, 6]',
        'traffic:',
        '  text: { everySeconds: 120 }',
        '  ledgerEntriesPerHour: 30',
        'failures:',
        '  - { kind: off, nodes: [5], atMinute: 3, untilMinute: 7 }',
        '',
      ].join('\n'),
    );
    const out = join(dir, 'pages');
    mkdirSync(join(process.cwd(), 'artifacts'), { recursive: true });
    expect((await runCli(['sim', 'run', scenario, '--out', join(out, 'run'), '--quiet'], { timeoutMs: 60_000 })).code).toBe(0);
    const sweep = await runCli(['sim', 'sweep', scenario, '--vary', 'hopLimit=2,3', '--seeds', '2', '--jobs', '2', '--out', join(out, 'sweep'), '--quiet'], {
      timeoutMs: 120_000,
    });
    expect(sweep.code).toBe(0);
    expect(sweep.stdout).toMatch(/^hopLimit\truns\tdelivered \(%\)/);
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      for (const [page, file, shot] of [
        ['report', join(out, 'run', 'report.html'), 'sim-report.png'],
        ['sweep', join(out, 'sweep', 'sweep.html'), 'sim-sweep.png'],
      ] as const) {
        const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const problems: string[] = [];
        tab.on('console', (message) => {
          if (message.type() === 'error') problems.push(message.text());
        });
        tab.on('request', (request) => {
          if (!request.url().startsWith('file:')) problems.push(`request to ${request.url()}`);
        });
        await tab.goto(pathToFileURL(file).href);
        if (page === 'report') {
          expect(await tab.locator('svg[aria-label$="by minute"] rect title').first().textContent()).toMatch(/^node 5 down: minute 3\.0 to 7\.0/);
          await tab.locator('h2', { hasText: 'Why reachable nodes missed packets' }).waitFor();
        } else {
          expect(await tab.locator('svg[aria-label^="delivered of reachable"] circle').count()).toBe(2);
        }
        await tab.screenshot({ path: join(process.cwd(), 'artifacts', shot), fullPage: true });
        expect(problems, page).toEqual([]);
        await tab.close();
      }
    } finally {
      await browser.close();
    }
  }, 180_000);
});
