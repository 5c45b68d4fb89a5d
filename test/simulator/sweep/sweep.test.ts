/** Sweeps: every combination under every seed, on worker threads, each row the figures of its own run. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../simulator/scenario/scenario.ts';
import { parseVariation, runSweep, sweepPlan, sweepRows } from '../../../simulator/sweep/sweep.ts';
import { estimate, summariseSweep } from '../../../simulator/sweep/sweep-summary.ts';
import { estimateText, sweepHtml } from '../../../simulator/report/sweep-report.ts';

const scenario = loadScenario(join(new URL('../../../simulator/scenarios/', import.meta.url).pathname, 'partition-heals.json'));

describe('sweeps', () => {
  it('reads path=values with numbers as numbers', () => {
    expect(parseVariation('hopLimit=3,5')).toEqual({ path: 'hopLimit', values: [3, 5] });
    expect(parseVariation('preset=LONG_FAST,SHORT_FAST').values).toEqual(['LONG_FAST', 'SHORT_FAST']);
    expect(() => parseVariation('hopLimit')).toThrow(/path=value/);
  });

  it('checks every combination before running any', () => {
    expect(() => sweepPlan(scenario, [parseVariation('hopLimit=3,9')], [1])).toThrow(/with hopLimit=9.*hopLimit: must be <= 7/);
    expect(() => sweepPlan(scenario, [parseVariation('traffic.text.everySeconds=5')], [1])).toThrow(/nothing at "text"/);
  });

  it('runs combinations x seeds on two workers, and each run matches the same run done alone', async () => {
    const plan = sweepPlan({ ...scenario, durationMinutes: 8 }, [parseVariation('hopLimit=1,7')], [1, 2]);
    expect(plan.map((p) => [p.settings.hopLimit, p.seed])).toEqual([
      [1, 1],
      [1, 2],
      [7, 1],
      [7, 2],
    ]);
    const runs = await runSweep(plan, { jobs: 2 });
    const rows = sweepRows(runs);
    expect(rows.every((r) => r.error === '')).toBe(true);
    // A hop limit of 1 reaches fewer nodes along the street than 7.
    expect(Number(rows[0]!.reachableShare)).toBeLessThan(Number(rows[2]!.reachableShare));
    const { runScenario } = await import('../../../simulator/scenario/run-scenario.ts');
    const alone = runScenario(plan[3]!.scenario);
    expect(runs[3]!.result?.summary.deliveryRatio).toBe(alone.summary.deliveryRatio);
    expect(runs[3]!.result?.summary.transmissions).toBe(alone.summary.transmissions);
    // Per combination, the mean over the two seeds, and a page with the table and the chart.
    const summaries = summariseSweep(runs);
    expect(summaries.map((c) => [c.settings.hopLimit, c.runs, c.deliveryRatio.n])).toEqual([
      [1, 2, 2],
      [7, 2, 2],
    ]);
    const mean = ((runs[2]!.result?.summary.deliveryRatio as number) + (runs[3]!.result?.summary.deliveryRatio as number)) / 2;
    expect(summaries[1]!.deliveryRatio.mean).toBeCloseTo(mean, 12);
    const html = sweepHtml('street', ['hopLimit'], summaries, 2);
    expect(html).toContain('delivered of reachable (%), mean and 95 % interval');
    expect(html).toMatch(/<td>7<\/td><td>2<\/td><td>[\d.]+ ± [\d.]+<\/td>/);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
});

describe('the sweep page', () => {
  it('draws a chart whose every value is 0 (ledgers that already agreed at the heal) without NaN', () => {
    const zero = { n: 2, mean: 0, ci95: 0 };
    const row = (hopLimit: number) => ({
      settings: { hopLimit },
      runs: 2,
      errors: 0,
      deliveryRatio: { n: 2, mean: 0.9, ci95: 0.01 },
      latencyP50Ms: { n: 2, mean: 900, ci95: 10 },
      collisions: zero,
      ledgerSecondsToConverge: zero,
    });
    const html = sweepHtml('street', ['hopLimit'], [row(2), row(3)], 2);
    expect(html).toContain('seconds until the ledgers converged after a heal');
    expect(html).not.toContain('NaN');
  });
});

describe('a figure over seeds', () => {
  it('is the mean with a 95 % interval from Student’s t', () => {
    // mean 2, sample standard deviation 1, t(2 df) = 4.303: half-width 4.303 / sqrt(3).
    expect(estimate([1, 2, 3])).toEqual({ n: 3, mean: 2, ci95: expect.closeTo(4.303 / Math.sqrt(3), 6) });
    expect(estimate([5])).toEqual({ n: 1, mean: 5, ci95: null });
    expect(estimate([])).toEqual({ n: 0, mean: null, ci95: null });
    // Many seeds: the normal quantile.
    const many = Array.from({ length: 100 }, (_, i) => i % 2);
    expect(estimate(many).ci95).toBeCloseTo((1.96 * Math.sqrt(100 / 99 / 4)) / 10, 6);
  });

  it('says how many runs a time exists for when some never converged', () => {
    expect(estimateText({ n: 3, mean: 412.4, ci95: 90.2 }, 1, ' s', 5)).toBe('412 s ± 90 (3 of 5 runs)');
    expect(estimateText({ n: 2, mean: 0.8761, ci95: 0.021 }, 100)).toBe('87.6 ± 2.1');
    expect(estimateText({ n: 0, mean: null, ci95: null })).toBe('—');
  });
});
