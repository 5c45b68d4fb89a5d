/** `meshloom sim run | sweep | serve SCENARIO`: simulated neighbourhoods, their results and reports, live. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { commonErrors } from '../protocol/meshloom-error.ts';
import { csv, ledgerSentences, missedSentence, pct, writeReport } from '../simulator/report/write-report.ts';
import { estimateText, sweepHtml } from '../simulator/report/sweep-report.ts';
import { summariseSweep } from '../simulator/sweep/sweep-summary.ts';
import { parseVariation, runSweep, sweepPlan, sweepRows } from '../simulator/sweep/sweep.ts';
import { buildScenario, runScenario } from '../simulator/scenario/run-scenario.ts';
import { exposeOverPty, serveTcp, type TcpEndpoint } from '../simulator/virtual-radio/endpoints.ts';
import { SimulatedMedium } from '../simulator/virtual-radio/simulated-medium.ts';
import { gatewayRadioSettings } from '../simulator/virtual-radio/device-settings.ts';
import { VirtualRadio } from '../simulator/virtual-radio/virtual-radio.ts';
import { loadScenario, type Scenario } from '../simulator/scenario/scenario.ts';
import { progressBar } from './progress-bar.ts';

export interface SimRunFlags {
  seed?: string;
  out?: string;
  quiet?: boolean;
}

/** The scenario file, with --seed applied when given. */
function scenarioWithSeed(path: string, seed: string | undefined): Scenario {
  const scenario = loadScenario(path);
  if (seed === undefined) return scenario;
  const value = Number(seed);
  if (!Number.isInteger(value) || value < 0) throw commonErrors.MESHLOOM_ERR_USAGE(`--seed must be a whole number, not "${seed}"`);
  return { ...scenario, seed: value };
}

export function runSim(scenarioPath: string, flags: SimRunFlags): void {
  const scenario = scenarioWithSeed(scenarioPath, flags.seed);
  const out = flags.out ?? join('sim-results', `${basename(scenarioPath, extname(scenarioPath))}-seed${scenario.seed}`);
  const progress = flags.quiet ? undefined : progressBar(`simulating ${scenario.durationMinutes} min`);
  const result = runScenario(scenario, progress ? { onProgress: progress } : {});
  const files = writeReport(result, out);
  const s = result.summary;
  process.stdout.write(
    [
      `${result.scenario.name}: ${result.scenario.nodes} nodes, ${result.scenario.durationMinutes} min, seed ${result.scenario.seed}`,
      `  delivered ${pct(s.deliveryRatio)} of reachable; reachable share ${pct(s.reachableShare)}; latency p50 ${s.latencyMs.p50 ?? '—'} ms, p90 ${s.latencyMs.p90 ?? '—'} ms`,
      `  ${s.transmissions} transmissions (${s.rebroadcasts} relays, ${s.retransmissions} retransmissions), ${s.collisions} receptions lost to collisions, utilisation ${s.meanUtilisationPercent} % mean`,
      `  ${missedSentence(result)}`,
      ...result.alerts.map(
        (a) =>
          `  alert ${a.author}/${a.id}: reached ${a.reachedGateways} of ${a.ofGateways} gateways${a.secondsToReachAll !== null ? ` in ${a.secondsToReachAll} s` : ''}`,
      ),
      // The same sentences as the report, so the two cannot seem to disagree.
      ...(result.ledger ? ledgerSentences(result.ledger).map((line) => `  ledger ${line}`) : []),
      ...(result.ledger && result.ledger.rejected > 0
        ? [`  ${result.ledger.rejected} message(s) rejected: ${rejectionSummary(result.ledger.rejections)}`]
        : []),
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
  if (!Number.isInteger(count) || count < 1) throw commonErrors.MESHLOOM_ERR_USAGE(`--seeds must be a whole number of at least 1, not "${flags.seeds}"`);
  const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1))
    throw commonErrors.MESHLOOM_ERR_USAGE(`--jobs must be a whole number of at least 1, not "${flags.jobs}"`);
  const plan = sweepPlan(
    base,
    flags.vary.map(parseVariation),
    Array.from({ length: count }, (_, i) => base.seed + i),
  );
  const progress = flags.quiet ? undefined : progressBar(`${plan.length} runs`);
  const runs = await runSweep(plan, { ...(jobs ? { jobs } : {}), ...(progress ? { onDone: progress } : {}) });
  const out = flags.out ?? join('sim-results', `${basename(scenarioPath, extname(scenarioPath))}-sweep`);
  mkdirSync(out, { recursive: true });
  const rows = sweepRows(runs);
  const varied = flags.vary.map((v) => v.slice(0, v.indexOf('=')));
  const summaries = summariseSweep(runs);
  writeFileSync(join(out, 'sweep.csv'), csv(rows));
  writeFileSync(join(out, 'sweep.json'), `${JSON.stringify(runs, null, 2)}\n`);
  writeFileSync(join(out, 'sweep.html'), sweepHtml(base.name, varied, summaries, count));
  // Per combination, the mean over seeds with its 95 % interval: what a tester compares.
  const columns = [...varied, 'runs', 'delivered (%)', 'latency p50 (ms)', 'collisions', 'converged after heal (s)'];
  process.stdout.write(
    `${columns.join('\t')}\n${summaries
      .map((c) =>
        [
          ...varied.map((v) => JSON.stringify(c.settings[v])),
          String(c.runs),
          estimateText(c.deliveryRatio, 100),
          estimateText(c.latencyP50Ms),
          estimateText(c.collisions),
          estimateText(c.ledgerSecondsToConverge, 1, '', c.runs),
        ].join('\t'),
      )
      .join('\n')}\nwrote ${join(out, 'sweep.csv')} (every run), sweep.json and sweep.html\n`,
  );
  if (runs.some((r) => r.error)) process.exitCode = 1;
}

export interface SimServeFlags {
  attach: string;
  tcp?: string;
  pty?: string;
  seed?: string;
  /** Commander's --no-wait: start the mesh without waiting for clients. */
  wait?: boolean;
}

/**
 * `meshloom sim serve SCENARIO --attach N`: the scenario's mesh in real time, with a virtual radio standing for
 * each attached node, so real gateway processes join the simulated mesh over TCP (or a pseudo-terminal).
 */
export async function runSimServe(scenarioPath: string, flags: SimServeFlags): Promise<void> {
  const scenario = scenarioWithSeed(scenarioPath, flags.seed);
  const attach = flags.attach.split(',').map((v) => Number(v.trim()));
  if (attach.some((n) => !Number.isInteger(n) || n <= 0))
    throw commonErrors.MESHLOOM_ERR_USAGE(`--attach takes node numbers of the scenario, such as 1 or 1,5; not "${flags.attach}"`);
  const tcpPort = Number(flags.tcp ?? 4403);
  if (!Number.isInteger(tcpPort) || tcpPort < 0 || tcpPort > 65535) throw commonErrors.MESHLOOM_ERR_USAGE(`--tcp must be a port 0..65535, not "${flags.tcp}"`);
  const built = buildScenario(scenario, { withoutEngines: attach, epochMs: Date.now() });
  const medium = new SimulatedMedium(built.sim);
  const say = (text: string) => process.stderr.write(`meshloom: ${text}\n`);
  const servers: TcpEndpoint[] = [];
  // The mesh starts once every attached radio has a client, so the gateways hear it from its first packet.
  const waiting = new Set(attach);
  let started = false;
  const begin = () => {
    if (started) return;
    started = true;
    medium.start();
    say(`running ${scenario.durationMinutes} simulated minutes in real time; Ctrl-C stops`);
  };
  // Each stands for a gateway's radio, so it comes provisioned as one (its primary channel open to MQTT).
  const radios = attach.map((node) => {
    const identity = { nodeNum: node, longName: `simulated node ${node}`, shortName: `S${node}`.slice(0, 4) };
    return new VirtualRadio({ ...identity, settings: gatewayRadioSettings(identity), bootMs: 200, simulatedRouting: true });
  });
  for (const radio of radios) medium.attach(radio);
  for (const [i, radio] of radios.entries()) {
    const server = await serveTcp(radio, {
      port: tcpPort === 0 ? 0 : tcpPort + i,
      host: '127.0.0.1',
      onClient: () => {
        waiting.delete(radio.nodeNum);
        if (waiting.size === 0) begin();
      },
    });
    servers.push(server);
    say(`node ${radio.nodeNum} of "${scenario.name}": TCP API on 127.0.0.1:${server.port}   try: npx meshloom gateway --tcp 127.0.0.1:${server.port}`);
  }
  const pty = flags.pty && radios[0] ? await exposeOverPty(radios[0], { path: flags.pty }) : undefined;
  if (pty) say(`node ${radios[0]?.nodeNum}: serial port at ${pty.path}`);
  if (built.gateways) {
    say(`simulated gateways: ${built.gateways.nodes.join(', ')}`);
    built.gateways.onEvent = (node, event) => {
      if (event.type === 'entry' && !event.local) say(`simulated gateway ${node} holds entry ${event.seq} of !${event.author.toString(16).padStart(8, '0')}`);
      if (event.type === 'peer') say(`simulated gateway ${node} learned the key of ${event.label} (!${event.author.toString(16).padStart(8, '0')})`);
      if (event.type === 'rejected')
        say(`simulated gateway ${node} rejected (${event.reason}) from !${event.from.toString(16).padStart(8, '0')}: ${event.detail}`);
      if (event.type === 'alert' && !event.local)
        say(`simulated gateway ${node} got alert ${event.alert.body.id} of !${event.alert.author.toString(16).padStart(8, '0')}`);
    };
  }
  if (flags.wait === false || flags.pty) begin();
  else say(`waiting for a client on ${attach.length === 1 ? 'that port' : 'each of those ports'} before the mesh starts (--no-wait starts it now)`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
    // Ends with the scenario (counted from now; a mesh still waiting for clients ends too).
    setTimeout(resolve, built.endMs).unref();
  });
  medium.stop();
  built.gateways?.close();
  await Promise.all([...servers.map((server) => server.close()), pty?.close()]);
}

/** "forged 2, malformed 1": how many of each reason. */
function rejectionSummary(rejections: { reason: string }[]): string {
  const counts = new Map<string, number>();
  for (const r of rejections) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${reason} ${n}`).join(', ');
}
