/** `meshloom sim run | sweep | serve SCENARIO`: simulated neighbourhoods, their results and reports, live. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { commonErrors } from '../protocol/meshloom-error.ts';
import { csv, ledgerSentences, missedSentence, pct, writeReport } from '../simulator/report/write-report.ts';
import { estimateText, sweepHtml } from '../simulator/report/sweep-report.ts';
import { summariseSweep } from '../simulator/sweep/sweep-summary.ts';
import { parseVariation, runSweep, sweepPlan, sweepRows } from '../simulator/sweep/sweep.ts';
import { type FirmwareFigures, hasFirmwareNodes, LiveRun, runScenarioLive } from '../simulator/scenario/run-live.ts';
import { runScenario } from '../simulator/scenario/run-scenario.ts';
import { resolveFirmwareBinary } from '../simulator/scenario/firmware-nodes.ts';
import { compareModelWithFirmware, type ModelFirmwareComparison } from '../simulator/compare/compare-run.ts';
import type { TrafficClass } from '../simulator/compare/compare-outcomes.ts';
import type { SimResult } from '../simulator/scenario/sim-result.ts';
import { serveFirmwareApi } from '../simulator/firmware/api-proxy.ts';
import { exposeOverPty, serveTcp } from '../simulator/virtual-radio/endpoints.ts';
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

export async function runSim(scenarioPath: string, flags: SimRunFlags): Promise<void> {
  const scenario = scenarioWithSeed(scenarioPath, flags.seed);
  const out = flags.out ?? join('sim-results', `${basename(scenarioPath, extname(scenarioPath))}-seed${scenario.seed}`);
  const progress = flags.quiet ? undefined : progressBar(`simulating ${scenario.durationMinutes} min${hasFirmwareNodes(scenario) ? ' in real time' : ''}`);
  const result = hasFirmwareNodes(scenario)
    ? await runWithFirmware(scenario, progress, flags.quiet === true)
    : runScenario(scenario, progress ? { onProgress: progress } : {});
  printResult(result, writeReport(result, out));
}

/** Firmware nodes run in real time, as processes whose flash lives in a temporary folder for the run. */
async function runWithFirmware(scenario: Scenario, progress: ((minute: number, total: number) => void) | undefined, quiet: boolean) {
  const say = (text: string) => process.stderr.write(`meshloom: ${text}\n`);
  const workDir = mkdtempSync(join(tmpdir(), 'meshloom-live-'));
  const stop = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  try {
    return await runScenarioLive(scenario, {
      workDir,
      stop,
      onWarning: say,
      ...(quiet ? {} : { onFirmwareStarted: (done: number, total: number) => done === total && say(`${total} firmware node(s) on the air`) }),
      ...(progress ? { onProgress: progress } : {}),
    });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function printResult(result: SimResult & { firmware?: FirmwareFigures }, files: string[]): void {
  const s = result.summary;
  const bridge = result.firmware?.bridgeLatenessMs;
  process.stdout.write(
    [
      `${result.scenario.name}: ${result.scenario.nodes} nodes, ${result.scenario.durationMinutes} min, seed ${result.scenario.seed}${result.scenario.collisions ? '' : ', ideal air (no collisions)'}`,
      ...(result.firmware && bridge
        ? [
            `  ${result.firmware.nodes} node(s) ran the real firmware; the bridge carried ${result.firmware.transmissions} transmissions and wrote ${result.firmware.injections} receptions, ${bridge.p50 ?? '—'} ms late at p50, ${bridge.p99 ?? '—'} ms at p99`,
          ]
        : []),
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

export interface SimCompareFlags {
  firmware: string;
  seed?: string;
  out?: string;
  quiet?: boolean;
}

const CLASS_NAMES: Record<TrafficClass, string> = { broadcast: 'broadcasts', wantAckBroadcast: 'want_ack broadcasts', directMessage: 'direct messages' };

/** `meshloom sim compare SCENARIO --firmware PATH`: the model's router against the real firmware, same air. */
export async function runSimCompare(scenarioPath: string, flags: SimCompareFlags): Promise<void> {
  const scenario = scenarioWithSeed(scenarioPath, flags.seed);
  const binary = resolveFirmwareBinary(scenario.name, flags.firmware);
  const out = flags.out ?? join('sim-results', `${basename(scenarioPath, extname(scenarioPath))}-compare-seed${scenario.seed}`);
  const progress = flags.quiet ? undefined : progressBar(`firmware run, ${scenario.durationMinutes} min in real time`);
  const workDir = mkdtempSync(join(tmpdir(), 'meshloom-compare-'));
  let result: ModelFirmwareComparison;
  try {
    result = await compareModelWithFirmware(scenario, {
      binary,
      workDir,
      onWarning: (text) => process.stderr.write(`meshloom: ${text}\n`),
      ...(progress ? { onProgress: progress } : {}),
    });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'comparison.json'), `${JSON.stringify(result, null, 2)}\n`);
  const { comparison } = result;
  const pair = (a: number | null, b: number | null) => `${a ?? '—'} / ${b ?? '—'}`;
  const rows = Object.entries(comparison.byClass).map(([cls, c]) =>
    [
      CLASS_NAMES[cls as TrafficClass],
      c.packets,
      pct(c.sameReceivers),
      pct(c.sameHops),
      pair(c.a.receivers, c.b.receivers),
      pair(c.a.transmissions, c.b.transmissions),
      pair(c.a.retransmissions, c.b.retransmissions),
      pair(c.a.acked, c.b.acked),
      pair(c.a.latencyP50Ms, c.b.latencyP50Ms),
    ].join('\t'),
  );
  process.stdout.write(
    [
      `${scenario.name}: the model against ${basename(binary)}, seed ${scenario.seed}; ${comparison.matched} packets matched, ${comparison.unmatched} unmatched`,
      ...(result.bridge
        ? [
            `the firmware took ${result.bridge.firmwareHandlingMs.p50 ?? '—'} ms (p50) from hearing a packet to handing it to its phone; the bridge added ${result.bridge.bridgeLatenessMs.p50 ?? '—'} ms (p50)`,
          ]
        : []),
      ['traffic', 'packets', 'same receivers', 'same hops', 'receivers (model / firmware)', 'on air', 'retransmissions', 'acked', 'first arrival p50 ms'].join(
        '\t',
      ),
      ...rows,
      `wrote ${join(out, 'comparison.json')}`,
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
  out?: string;
  /** Commander's --no-wait: start the mesh without waiting for clients. */
  wait?: boolean;
}

/**
 * `meshloom sim serve SCENARIO --attach N`: the scenario's mesh in real time, with the phone API of each attached
 * node on a TCP port, so real gateway processes join the simulated mesh: a virtual radio for a modelled node, the
 * firmware's own API (through a proxy) for a node that runs the real firmware. Writes the run's results at the end.
 */
export async function runSimServe(scenarioPath: string, flags: SimServeFlags): Promise<void> {
  const scenario = scenarioWithSeed(scenarioPath, flags.seed);
  const attach = flags.attach.split(',').map((v) => Number(v.trim()));
  if (attach.some((n) => !Number.isInteger(n) || n <= 0))
    throw commonErrors.MESHLOOM_ERR_USAGE(`--attach takes node numbers of the scenario, such as 1 or 1,5; not "${flags.attach}"`);
  const tcpPort = Number(flags.tcp ?? 4403);
  if (!Number.isInteger(tcpPort) || tcpPort < 0 || tcpPort > 65535) throw commonErrors.MESHLOOM_ERR_USAGE(`--tcp must be a port 0..65535, not "${flags.tcp}"`);
  const say = (text: string) => process.stderr.write(`meshloom: ${text}\n`);
  const workDir = mkdtempSync(join(tmpdir(), 'meshloom-live-'));
  const live = new LiveRun(scenario, { withoutEngines: attach, workDir, onWarning: say });
  const { sim } = live.built;
  for (const node of attach)
    if (!sim.nodeIds.includes(node)) throw commonErrors.MESHLOOM_ERR_USAGE(`node ${node} is not in the scenario, so no radio can stand for it`);
  const servers: { port: number; close(): Promise<void> }[] = [];
  let pty: Awaited<ReturnType<typeof exposeOverPty>> | undefined;
  try {
    if (live.air) {
      say(`starting ${live.built.firmware.size} firmware node(s)…`);
      await live.prepare();
    }
    // The mesh starts once every attached node has a client, so the gateways hear it from its first packet.
    const waiting = new Set(attach);
    let started = false;
    const begin = () => {
      if (started) return;
      started = true;
      live.begin();
      say(`running ${scenario.durationMinutes} simulated minutes in real time; Ctrl-C stops`);
    };
    const onClient = (node: number) => () => {
      waiting.delete(node);
      if (waiting.size === 0) begin();
    };
    const modelled = attach.filter((node) => !live.built.firmware.has(node));
    const medium = modelled.length ? new SimulatedMedium(sim, {}, live.runner) : undefined;
    // Each stands for a gateway's radio, so it comes provisioned as one (its primary channel open to MQTT).
    const radios = new Map(
      modelled.map((node) => {
        const identity = { nodeNum: node, longName: `simulated node ${node}`, shortName: `S${node}`.slice(0, 4) };
        return [node, new VirtualRadio({ ...identity, settings: gatewayRadioSettings(identity), bootMs: 200, simulatedRouting: true })] as const;
      }),
    );
    for (const radio of radios.values()) medium?.attach(radio);
    for (const [i, node] of attach.entries()) {
      const port = tcpPort === 0 ? 0 : tcpPort + i;
      const radio = radios.get(node);
      const server =
        radio || !live.air
          ? await serveTcp(radio as VirtualRadio, { port, host: '127.0.0.1', onClient: onClient(node) })
          : await serveFirmwareApi(live.air, node, { port, host: '127.0.0.1', onClient: onClient(node) });
      servers.push(server);
      const what = radio ? 'TCP API' : 'TCP API (the real firmware)';
      say(`node ${node} of "${scenario.name}": ${what} on 127.0.0.1:${server.port}   try: npx meshloom gateway --tcp 127.0.0.1:${server.port}`);
    }
    const first = radios.get(attach[0] as number);
    if (flags.pty && !first) throw commonErrors.MESHLOOM_ERR_USAGE('--pty serves a modelled node; the first attached node runs the firmware');
    pty = flags.pty && first ? await exposeOverPty(first, { path: flags.pty }) : undefined;
    if (pty) say(`node ${first?.nodeNum}: serial port at ${pty.path}`);
    const gateways = live.built.gateways;
    if (gateways) {
      say(`simulated gateways: ${gateways.nodes.join(', ')}`);
      gateways.onEvent = (node, event) => {
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
      setTimeout(resolve, live.endMs).unref();
    });
    if (started) {
      const result = live.finish();
      const out = flags.out ?? join('sim-results', `${basename(scenarioPath, extname(scenarioPath))}-live-seed${scenario.seed}`);
      printResult(result, writeReport(result, out));
    }
  } finally {
    await Promise.all([...servers.map((server) => server.close()), pty?.close()]);
    await live.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** "forged 2, malformed 1": how many of each reason. */
function rejectionSummary(rejections: { reason: string }[]): string {
  const counts = new Map<string, number>();
  for (const r of rejections) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${reason} ${n}`).join(', ');
}
