/**
 * Runs a scenario: places the nodes, schedules traffic and failures, puts the meshloom engine on the gateway
 * nodes, steps simulated time a minute at a time (reporting progress), and measures what got through.
 */
import { MeshSimulation } from '../mesh/mesh-simulation.ts';
import type { SimNode } from '../mesh/sim-records.ts';
import type { PacketKind } from '../router/air-packet.ts';
import { seeded } from '../seeded-random.ts';
import { poissonArrivals } from './arrivals.ts';
import { betweenness, mostCentral } from './centrality.ts';
import { firmwareNodes } from './firmware-nodes.ts';
import { layoutNodes } from './layout.ts';
import { scenarioErrors, type Rate, type Scenario } from './scenario.ts';
import { SimGateways } from './sim-gateways.ts';
import { healLowerBoundMs, summarise, syncFloorBytes, type HealRecord, type SimResult } from './sim-result.ts';

export interface RunOptions {
  /** Called after every simulated minute. */
  onProgress?: (minute: number, totalMinutes: number) => void;
  /**
   * A yardstick, not the protocol: from the moment each partition heals, every gateway sends what the others
   * lack of its own chain, in turn, as if it knew their ledgers (SimGateways.sendWhatOthersLack). What remains
   * of the heal time is the air's: packets lost and sent again.
   */
  perfectKnowledgeAtHeal?: boolean;
}

export interface FailureEvent {
  atMs: number;
  what: 'down' | 'up' | 'partition' | 'heal';
  nodes: number[];
}

const MINUTE_MS = 60_000;
/** Between one gateway's perfect-knowledge send and the next: a two-packet answer, paced, has left by then. */
const TURN_MS = 15_000;

/** A scenario set up and ready to run: its simulation with traffic and failures booked, and its gateways. */
export interface BuiltScenario {
  sim: MeshSimulation;
  nodes: SimNode[];
  gateways: SimGateways | undefined;
  failures: FailureEvent[];
  convergence: HealRecord[];
  endMs: number;
  /** Nodes that run the real firmware, and the binary each runs (see firmware-nodes.ts). */
  firmware: Map<number, string>;
}

export function runScenario(scenario: Scenario, options: RunOptions = {}): SimResult {
  const started = performance.now();
  const { sim, nodes, gateways, failures, convergence, endMs } = buildScenario(scenario);
  if (options.perfectKnowledgeAtHeal && gateways) for (const heal of convergence) sim.at(heal.healedAtMs + 1, () => gateways.sendWhatOthersLack(TURN_MS));
  let events = 0;
  const upByMinute: number[] = [];
  for (let minute = 1; minute <= Math.ceil(scenario.durationMinutes); minute++) {
    events += sim.run(Math.min(endMs, minute * MINUTE_MS));
    upByMinute.push(nodes.filter((n) => sim.isUp(n.id)).length);
    options.onProgress?.(minute, Math.ceil(scenario.durationMinutes));
  }
  const result = summarise({ scenario, sim, nodes, gateways, convergence, failures, upByMinute, events, wallSeconds: (performance.now() - started) / 1000 });
  gateways?.close();
  return result;
}

/**
 * Place the nodes, start the gateways' engines, book traffic and failures. Live runs leave the engines of
 * `withoutEngines` to real gateways and set the wall-clock moment simulated time starts at; comparisons keep
 * who received each packet (keepDeliveries).
 */
export function buildScenario(
  scenario: Scenario,
  live: { withoutEngines?: readonly number[]; epochMs?: number; keepDeliveries?: boolean } = {},
): BuiltScenario {
  const withoutEngines = live.withoutEngines ?? [];
  const nodes = layoutNodes(scenario);
  const ids = new Set(nodes.map((n) => n.id));
  for (const id of scenario.gateways ?? []) {
    if (!ids.has(id)) throw scenarioErrors.MESHLOOM_ERR_SCENARIO(scenario.name, `gateway ${id} is not one of the nodes`);
  }
  const endMs = scenario.durationMinutes * MINUTE_MS;
  const sim = new MeshSimulation({
    nodes,
    seed: scenario.seed,
    preset: scenario.preset,
    hopLimit: scenario.hopLimit,
    region: scenario.region,
    keepDeliveries: live.keepDeliveries ?? false,
    ...(scenario.pathLoss ? { pathLoss: scenario.pathLoss } : {}),
    ...(scenario.shadowingDb !== undefined ? { shadowingDb: scenario.shadowingDb } : {}),
    ...(scenario.collisions !== undefined ? { collisions: scenario.collisions } : {}),
  });
  const failures: FailureEvent[] = [];
  sim.traces.upChange.connect((node, up, atMs) => failures.push({ atMs, what: up ? 'up' : 'down', nodes: [node] }));
  const engineNodes = (scenario.gateways ?? []).filter((n) => !withoutEngines.includes(n));
  const gateways = engineNodes.length ? new SimGateways(sim, engineNodes, scenario.seed, live.epochMs) : undefined;
  const convergence: HealRecord[] = [];

  const firmware = firmwareNodes(scenario, nodes);
  scheduleTraffic(scenario, sim, nodes, endMs, gateways, firmware);
  scheduleBootTraffic(scenario, sim, firmware);
  scheduleFailures(scenario, sim, nodes, endMs, failures, (healedAtMs) => {
    if (!gateways) return;
    const entry: HealRecord = {
      healedAtMs,
      convergedAtMs: undefined,
      contactAtMs: undefined,
      missingEntries: 0,
      missingBytes: 0,
      lowerBoundMs: 0,
      floorBytes: 0,
    };
    convergence.push(entry);
    // Entries keep coming, so "equal ledgers" is a moving target: converged means every gateway holds every
    // entry that any gateway held when the link came back.
    sim.at(healedAtMs, () => {
      const target = gateways.furthestHeads();
      const missing = gateways.missing(target);
      entry.missingEntries = missing.entries;
      entry.missingBytes = missing.bytes;
      entry.lowerBoundMs = healLowerBoundMs(sim.preset, missing.entries, missing.bytes);
      entry.floorBytes = syncFloorBytes(missing.chains);
      gateways.watchContact(target, (atMs) => {
        entry.contactAtMs = atMs;
      });
      const check = () => {
        if (gateways.allHold(target)) entry.convergedAtMs = sim.nowMs;
        else if (sim.nowMs + 5_000 <= endMs) sim.at(sim.nowMs + 5_000, check);
      };
      check();
    });
  });
  return { sim, nodes, gateways, failures, convergence, endMs, firmware };
}

const BACKGROUND: { key: 'text' | 'textWithAck' | 'position' | 'nodeinfo' | 'telemetry'; kind: PacketKind; bytes: number; wantAck?: boolean }[] = [
  // Typical encoded Data sizes of the firmware's packets: a short text, a position, a user record, device metrics.
  { key: 'text', kind: 'text', bytes: 40 },
  { key: 'textWithAck', kind: 'text', bytes: 40, wantAck: true },
  { key: 'position', kind: 'position', bytes: 36 },
  { key: 'nodeinfo', kind: 'nodeinfo', bytes: 80 },
  { key: 'telemetry', kind: 'telemetry', bytes: 30 },
];

function scheduleTraffic(
  scenario: Scenario,
  sim: MeshSimulation,
  nodes: SimNode[],
  endMs: number,
  gateways: SimGateways | undefined,
  firmware: ReadonlyMap<number, string>,
): void {
  const random = seeded(scenario.seed * 31 + 7);
  const traffic = scenario.traffic;
  for (const { key, kind, bytes, wantAck } of BACKGROUND) {
    const rate: Rate | undefined = traffic[key];
    if (!rate) continue;
    for (const node of nodes) {
      // The firmware sends its own node info, positions and telemetry on its own schedule.
      if (kind !== 'text' && firmware.has(node.id)) continue;
      poissonArrivals(sim, rate.everySeconds * 1000, endMs, random, (t) =>
        sim.send(node.id, t, { kind, payloadBytes: rate.bytes ?? bytes, wantAck: rate.wantAck ?? wantAck ?? false }),
      );
    }
  }
  const dms = traffic.directMessages;
  if (dms && nodes.length > 1) {
    for (const node of nodes) {
      poissonArrivals(sim, dms.everySeconds * 1000, endMs, random, (t) => {
        let to = nodes[Math.floor(random() * nodes.length)]?.id as number;
        if (to === node.id) to = nodes[(nodes.indexOf(node) + 1) % nodes.length]?.id as number;
        sim.send(node.id, t, { to, kind: 'text', payloadBytes: dms.bytes ?? 40, wantAck: dms.wantAck ?? true });
      });
    }
  }
  if (gateways) {
    const perHour = traffic.ledgerEntriesPerHour ?? 0;
    if (perHour > 0) {
      for (const node of gateways.nodes) {
        let n = 0;
        poissonArrivals(sim, 3_600_000 / perHour, endMs, random, () => gateways.submitEntry(node, `entry ${++n} at ${node}`));
      }
    }
    for (const alert of traffic.alerts ?? []) sim.at(alert.atMinute * MINUTE_MS, () => gateways.raiseAlert(alert.from));
  }
}

/**
 * What the firmware sends when it boots: each periodic module's first broadcast comes 30 s after start, the next
 * module's 15 s later (MeshModule::setStartDelay): node info first, then position. A node that failed and comes
 * back is heard again this way, before its periodic schedule. Real firmware nodes send their own.
 */
const BOOT_BROADCASTS: { key: 'nodeinfo' | 'position'; kind: PacketKind; bytes: number; afterMs: number }[] = [
  { key: 'nodeinfo', kind: 'nodeinfo', bytes: 80, afterMs: 30_000 },
  { key: 'position', kind: 'position', bytes: 36, afterMs: 45_000 },
];

function scheduleBootTraffic(scenario: Scenario, sim: MeshSimulation, firmware: ReadonlyMap<number, string>): void {
  const booted = BOOT_BROADCASTS.filter((b) => scenario.traffic[b.key]);
  if (booted.length === 0) return;
  sim.traces.upChange.connect((node, up, atMs) => {
    if (!up || firmware.has(node)) return;
    for (const { kind, bytes, afterMs, key } of booted) {
      sim.at(atMs + afterMs, () => {
        if (sim.isUp(node)) sim.send(node, sim.nowMs, { kind, payloadBytes: scenario.traffic[key]?.bytes ?? bytes, wantAck: false });
      });
    }
  });
}

function scheduleFailures(
  scenario: Scenario,
  sim: MeshSimulation,
  nodes: SimNode[],
  endMs: number,
  failures: FailureEvent[],
  onHeal: (atMs: number) => void,
): void {
  const random = seeded(scenario.seed * 131 + 3);
  for (const failure of scenario.failures ?? []) {
    if (failure.kind === 'off' || failure.kind === 'most-central') {
      const targets =
        failure.kind === 'off'
          ? failure.nodes
          : mostCentral(
              betweenness(
                nodes.map((n) => n.id),
                (n) => (sim.medium.links.get(n) ?? []).map((l) => l.node),
                { seed: scenario.seed },
              ),
              failure.count,
            );
      for (const node of targets) {
        sim.setUp(node, failure.atMinute * MINUTE_MS, false);
        if (failure.untilMinute !== undefined) sim.setUp(node, failure.untilMinute * MINUTE_MS, true);
      }
      if (failure.untilMinute !== undefined) onHeal(failure.untilMinute * MINUTE_MS);
    } else if (failure.kind === 'random') {
      for (const node of nodes) {
        if (random() >= (failure.fraction ?? 1)) continue;
        // Alternate exponential up and down periods (mean time between failures, mean time to repair).
        let t = -Math.log(1 - random()) * failure.mtbfMinutes * MINUTE_MS;
        while (t < endMs) {
          sim.setUp(node.id, t, false);
          t += -Math.log(1 - random()) * failure.mttrMinutes * MINUTE_MS;
          if (t >= endMs) break;
          sim.setUp(node.id, t, true);
          t += -Math.log(1 - random()) * failure.mtbfMinutes * MINUTE_MS;
        }
      }
    } else {
      const groups = failure.groups ?? splitAt(nodes, failure.splitX ?? (Math.min(...nodes.map((n) => n.xM)) + Math.max(...nodes.map((n) => n.xM))) / 2);
      const atMs = failure.atMinute * MINUTE_MS;
      sim.partition(atMs, groups);
      sim.at(atMs, () => failures.push({ atMs, what: 'partition', nodes: groups.flat() }));
      if (failure.healAtMinute !== undefined) {
        const healMs = failure.healAtMinute * MINUTE_MS;
        sim.partition(healMs, undefined);
        sim.at(healMs, () => failures.push({ atMs: healMs, what: 'heal', nodes: [] }));
        onHeal(healMs);
      }
    }
  }
}

function splitAt(nodes: SimNode[], x: number): number[][] {
  return [nodes.filter((n) => n.xM < x).map((n) => n.id), nodes.filter((n) => n.xM >= x).map((n) => n.id)];
}
