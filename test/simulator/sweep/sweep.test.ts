/** Sweeps: every combination under every seed, on worker threads, each row the figures of its own run. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../simulator/scenario/scenario.ts';
import { parseVariation, runSweep, sweepPlan, sweepRows } from '../../../simulator/sweep/sweep.ts';

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
  });
});
