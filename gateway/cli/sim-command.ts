/** `meshloom sim run SCENARIO` and `meshloom sim sweep SCENARIO`: simulated neighbourhoods, their results and reports. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { MeshloomError } from '../../protocol/meshloom-error.ts';
import { csv, writeReport } from '../../simulator/report/write-report.ts';
import { parseVariation, runSweep, sweepPlan, sweepRows } from '../../simulator/sweep/sweep.ts';
import { runScenario } from '../../simulator/scenario/run-scenario.ts';
import { loadScenario } from '../../simulator/scenario/scenario.ts';
import { progressBar } from './progress-bar.ts';

export interface SimRunFlags {
  seed?: string;
  out?: string;
  quiet?: boolean;
}

export function runSim(scenarioPath: string, flags: SimRunFlags): void {
  const scenario = loadScenario(scenarioPath);
  if (flags.seed !== undefined) {
    const seed = Number(flags.seed);
    if (!Number.isInteger(seed) || seed < 0) throw new MeshloomError('MESHLOOM_ERR_USAGE', `--seed must be a whole number, not "${flags.seed}"`);
    scenario.seed = seed;
  }
  const out = flags.out ?? join('sim-results', `${basename(scenarioPath, extname(scenarioPath))}-seed${scenario.seed}`);
  const progress = flags.quiet ? undefined : progressBar(`simulating ${scenario.durationMinutes} min`);
  const result = runScenario(scenario, progress ? { onProgress: progress } : {});
  const files = writeReport(result, out);
  const s = result.summary;
  const pct = (v: number | null) => (v === null ? '—' : `${(100 * v).toFixed(1)} %`);
  process.stdout.write(
    [
      `${result.scenario.name}: ${result.scenario.nodes} nodes, ${result.scenario.durationMinutes} min, seed ${result.scenario.seed}`,
      `  delivered ${pct(s.deliveryRatio)} of reachable; reachable share ${pct(s.reachableShare)}; latency p50 ${s.latencyMs.p50 ?? '—'} ms, p90 ${s.latencyMs.p90 ?? '—'} ms`,
      `  ${s.transmissions} transmissions (${s.rebroadcasts} relays, ${s.retransmissions} retransmissions), ${s.collisions} receptions lost to collisions, utilisation ${s.meanUtilisationPercent} % mean`,
      ...result.alerts.map((a) => `  alert ${a.author}/${a.id}: reached ${a.reachedGateways} of ${a.ofGateways} gateways${a.secondsToReachAll !== null ? ` in ${a.secondsToReachAll} s` : ''}`),
      ...(result.ledger?.afterHeal ?? []).map((h) => `  ledgers after the link came back at minute ${h.healedAtMinute}: ${h.secondsToConverge === null ? 'not converged within the run' : `converged in ${h.secondsToConverge} s`}`),
      `  ${s.events} events in ${s.wallSeconds} s; wrote ${files.join(', ')}`,
      '',
    ].join('\n'),
  );
}

export interface SimSweepFlags {
  vary: string[];
  seeds: string;
  jobs?: string;
  out?: string;
  quiet?: boolean;
}

export async function runSweepCommand(scenarioPath: string, flags: SimSweepFlags): Promise<void> {
  const base = loadScenario(scenarioPath);
  const count = Number(flags.seeds);
  if (!Number.isInteger(count) || count < 1) throw new MeshloomError('MESHLOOM_ERR_USAGE', `--seeds must be a whole number of at least 1, not "${flags.seeds}"`);
  const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new MeshloomError('MESHLOOM_ERR_USAGE', `--jobs must be a whole number of at least 1, not "${flags.jobs}"`);
  const plan = sweepPlan(base, flags.vary.map(parseVariation), Array.from({ length: count }, (_, i) => base.seed + i));
  const progress = flags.quiet ? undefined : progressBar(`${plan.length} runs`);
  const runs = await runSweep(plan, { ...(jobs ? { jobs } : {}), ...(progress ? { onDone: progress } : {}) });
  const out = flags.out ?? join('sim-results', `${basename(scenarioPath, extname(scenarioPath))}-sweep`);
  mkdirSync(out, { recursive: true });
  const rows = sweepRows(runs);
  writeFileSync(join(out, 'sweep.csv'), csv(rows));
  writeFileSync(join(out, 'sweep.json'), `${JSON.stringify(runs, null, 2)}\n`);
  const columns = [...flags.vary.map((v) => v.slice(0, v.indexOf('='))), 'seed', 'deliveryRatio', 'reachableShare', 'latencyP50Ms', 'collisions', 'error'];
  const cell = (v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : String(v ?? '—'));
  process.stdout.write(`${columns.join('\t')}\n${rows.map((r) => columns.map((c) => cell(r[c])).join('\t')).join('\n')}\nwrote ${join(out, 'sweep.csv')} and sweep.json\n`);
  if (runs.some((r) => r.error)) process.exitCode = 1;
}
