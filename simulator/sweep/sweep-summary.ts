/**
 * A sweep's runs per combination of settings: for each figure, the mean over seeds and a 95 % confidence
 * interval (Student's t, since a sweep has a handful of seeds), and how many runs the figure exists for (a
 * ledger that never converged has no time to converge; it is counted, not averaged in).
 */
import type { SweepRun } from './sweep.ts';
import { sweepRows } from './sweep.ts';

export interface Estimate {
  /** Runs with a value. */
  n: number;
  mean: number | null;
  /** Half-width of the 95 % interval around the mean; null with fewer than two values. */
  ci95: number | null;
}

export interface CombinationSummary {
  settings: Record<string, unknown>;
  runs: number;
  errors: number;
  deliveryRatio: Estimate;
  latencyP50Ms: Estimate;
  collisions: Estimate;
  ledgerSecondsToConverge: Estimate;
}

/** Two-sided 95 % quantiles of Student's t by degrees of freedom (1..30); beyond that, the normal 1.96. */
const T95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069,
  2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

export function estimate(values: readonly number[]): Estimate {
  const n = values.length;
  if (n === 0) return { n, mean: null, ci95: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { n, mean, ci95: null };
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  const t = T95[n - 2] ?? 1.96;
  return { n, mean, ci95: (t * Math.sqrt(variance)) / Math.sqrt(n) };
}

export function summariseSweep(runs: readonly SweepRun[]): CombinationSummary[] {
  const groups = new Map<string, SweepRun[]>();
  for (const run of runs) {
    const key = JSON.stringify(run.settings);
    const group = groups.get(key);
    if (group) group.push(run);
    else groups.set(key, [run]);
  }
  return [...groups.values()].map((group) => {
    const rows = sweepRows(group);
    const values = (column: string) => rows.map((r) => r[column]).filter((v): v is number => typeof v === 'number');
    return {
      settings: (group[0] as SweepRun).settings,
      runs: group.length,
      errors: group.filter((r) => r.error).length,
      deliveryRatio: estimate(values('deliveryRatio')),
      latencyP50Ms: estimate(values('latencyP50Ms')),
      collisions: estimate(values('collisions')),
      ledgerSecondsToConverge: estimate(values('ledgerSecondsToConverge')),
    };
  });
}
