/** `meshloom sim run SCENARIO`: run a simulated neighbourhood and write its results and report. */
import { basename, extname, join } from 'node:path';
import { MeshloomError } from '../../protocol/meshloom-error.ts';
import { writeReport } from '../../simulator/report/write-report.ts';
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
