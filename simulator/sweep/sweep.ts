/**
 * Parameter sweeps: one scenario, some of its settings varied (`hopLimit=3,5,7`, `layout.count=50,100`,
 * `failures.0.fraction=0,0.2`), every combination run under several seeds, on worker threads, one per core.
 * Each run's headline figures become a row of the sweep's table.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseScenario, scenarioErrors, type Scenario } from '../scenario/scenario.ts';
import type { SimResult } from '../scenario/sim-result.ts';

export interface Variation {
  path: string;
  values: unknown[];
}

export interface SweepRun {
  settings: Record<string, unknown>;
  seed: number;
  result?: Pick<SimResult, 'scenario' | 'summary' | 'alerts' | 'ledger'>;
  error?: string;
}

/** `path=v1,v2,...`; values are read as JSON where they parse (numbers, true/false), as text otherwise. */
export function parseVariation(text: string): Variation {
  const eq = text.indexOf('=');
  if (eq <= 0 || eq === text.length - 1)
    throw scenarioErrors.MESHLOOM_ERR_SCENARIO('--vary', `"${text}" is not path=value,value,... (for example hopLimit=3,5,7)`);
  const values = text
    .slice(eq + 1)
    .split(',')
    .map((v) => {
      try {
        return JSON.parse(v) as unknown;
      } catch {
        return v;
      }
    });
  return { path: text.slice(0, eq), values };
}

function withSetting(scenario: Scenario, path: string, value: unknown): Scenario {
  const copy = structuredClone(scenario) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    const next = at[key];
    if (typeof next !== 'object' || next === null) throw scenarioErrors.MESHLOOM_ERR_SCENARIO('--vary', `${path}: the scenario has nothing at "${key}"`);
    at = next as Record<string, unknown>;
  }
  at[keys.at(-1) as string] = value;
  return copy as unknown as Scenario;
}

/** Every combination of the variations, times every seed: checked before any run starts. */
export function sweepPlan(base: Scenario, variations: Variation[], seeds: number[]): { settings: Record<string, unknown>; seed: number; scenario: Scenario }[] {
  let combos: Record<string, unknown>[] = [{}];
  for (const v of variations) combos = combos.flatMap((c) => v.values.map((value) => ({ ...c, [v.path]: value })));
  return combos.flatMap((settings) =>
    seeds.map((seed) => {
      let scenario: Scenario = { ...base, seed };
      for (const [path, value] of Object.entries(settings)) scenario = withSetting(scenario, path, value);
      const label = Object.entries(settings)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(' ');
      return { settings, seed, scenario: parseScenario(scenario, `${base.name} with ${label || 'no changes'}`) };
    }),
  );
}

/** Run the plan on `jobs` worker threads (default: one per core); `onDone` after each run. */
export async function runSweep(
  plan: ReturnType<typeof sweepPlan>,
  options: { jobs?: number; onDone?: (done: number, total: number) => void } = {},
): Promise<SweepRun[]> {
  const runs: SweepRun[] = plan.map(({ settings, seed }) => ({ settings, seed }));
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), plan.length));
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./worker-entry.js', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const hand = () => {
              if (next >= plan.length) return resolve();
              const index = next++;
              worker.postMessage({ index, scenario: (plan[index] as { scenario: Scenario }).scenario });
            };
            worker.on('message', (message: { index: number; result?: SweepRun['result']; error?: string }) => {
              const run = runs[message.index] as SweepRun;
              if (message.result) run.result = message.result;
              if (message.error) run.error = message.error;
              options.onDone?.(++done, plan.length);
              hand();
            });
            worker.on('error', reject);
            hand();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return runs;
}

/** One flat row per run, for CSV. */
export function sweepRows(runs: SweepRun[]): Record<string, unknown>[] {
  return runs.map((run) => {
    const s = run.result?.summary;
    return {
      ...run.settings,
      seed: run.seed,
      nodes: run.result?.scenario.nodes ?? null,
      deliveryRatio: s?.deliveryRatio ?? null,
      reachableShare: s?.reachableShare ?? null,
      latencyP50Ms: s?.latencyMs.p50 ?? null,
      latencyP90Ms: s?.latencyMs.p90 ?? null,
      transmissions: s?.transmissions ?? null,
      collisions: s?.collisions ?? null,
      meanUtilisationPercent: s?.meanUtilisationPercent ?? null,
      alertsReachingAll: run.result ? run.result.alerts.filter((a) => a.secondsToReachAll !== null).length : null,
      ledgerSecondsToConverge: run.result?.ledger?.afterHeal[0]?.secondsToConverge ?? null,
      wallSeconds: s?.wallSeconds ?? null,
      error: run.error ?? '',
    };
  });
}
