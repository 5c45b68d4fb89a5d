/**
 * What a run measured, as plain data (written as JSON, CSV and the HTML report). Delivery is split the way a
 * tester needs it: of the nodes a packet could reach in the surviving graph when it was sent ("reachable"),
 * how many got it ("delivered"); so losses to collisions and queues are not mixed up with losses to failures.
 */
import { airtimeMs, MESH_HEADER_BYTES, type ModemPreset } from '../../protocol/meshtastic/airtime.ts';
import { SIGNATURE_BYTES } from '../../protocol/app/packet-format.ts';
import { ENTRY_FRAMING_BYTES, RUN_OVERHEAD_BYTES } from '../../protocol/engine/chain-sync.ts';
import { DATA_OVERHEAD_BYTES, DEFAULT_MAX_PAYLOAD_BYTES } from '../../protocol/engine/engine.ts';
import type { MeshSimulation } from '../mesh/mesh-simulation.ts';
import type { SimNode, SimStats } from '../mesh/sim-records.ts';
import { type LossCounts, noLosses } from '../mesh/loss-attribution.ts';
import type { PacketKind } from '../router/air-packet.ts';
import type { FailureEvent } from './run-scenario.ts';
import type { Scenario } from './scenario.ts';
import type { SimGateways } from './sim-gateways.ts';

interface KindFigures {
  packets: number;
  reachable: number;
  delivered: number;
  deliveryRatio: number | null;
  /** Reachable nodes that missed a packet of this kind, by why (see simulator/mesh/loss-attribution.ts). */
  missed: LossCounts;
}

interface NodeFigures {
  id: number;
  x: number;
  y: number;
  role: string;
  gateway: boolean;
  upAtEnd: boolean;
  downMinutes: number;
  sent: number;
  relayed: number;
  txAirtimeSeconds: number;
  /** Share of the run this node heard the channel busy or sent (its channel utilisation), percent. */
  utilisationPercent: number;
  /** Of the broadcasts that could reach it, the share it received. */
  deliveryRatio: number | null;
  queueDrops: number;
  dutyCycleDrops: number;
  batteryLeftMah: number | null;
}

export interface SimResult {
  scenario: {
    name: string;
    seed: number;
    nodes: number;
    gateways: number;
    durationMinutes: number;
    preset: string;
    region: string;
    hopLimit: number;
    /** False when the scenario asked for an ideal air (`collisions: false`): its figures are not a real air's. */
    collisions: boolean;
  };
  summary: {
    packets: number;
    /** Share of (packet, node) pairs reachable when sent that were delivered. */
    deliveryRatio: number | null;
    /** Share of the other nodes a packet could reach at all, on average (what failures and partitions left). */
    reachableShare: number | null;
    latencyMs: { p50: number | null; p90: number | null; p99: number | null; max: number | null };
    /** Deliveries by hops travelled (index = hops). */
    hops: number[];
  } & SimStats & {
      directMessagesAcked: number | null;
      meanUtilisationPercent: number;
      maxUtilisationPercent: number;
      events: number;
      wallSeconds: number;
      eventsPerSecond: number;
    };
  byKind: Partial<Record<PacketKind, KindFigures>>;
  perMinute: { minute: number; upNodes: number; sent: number; deliveryRatio: number | null }[];
  nodes: NodeFigures[];
  links: [number, number][];
  failures: FailureEvent[];
  alerts: {
    author: number;
    id: number;
    raisedAtMinute: number;
    reachedGateways: number;
    /** The gateways the author's radio can reach at all (within the hop limit, through gateways). */
    ofGateways: number;
    /** Gateways no path of links within the hop limit leads to from the author's. */
    unreachableGateways: number;
    secondsToReachAll: number | null;
    secondsToReach: Record<string, number>;
  }[];
  ledger: {
    entriesSubmitted: number;
    /**
     * Gateways whose packets get to each other both ways, within the hop limit and through gateways:
     * convergence is judged within each group (a gateway whose entries cannot get out, or others' in, is the
     * layout's limit, not the protocol's).
     */
    gatewayGroups: number[][];
    convergedAtEnd: boolean /** After each partition heals or failed nodes come back: how long until every gateway holds what any held then. */;
    afterHeal: {
      healedAtMinute: number;
      secondsToConverge: number | null;
      /**
       * From the heal until a gateway lacking something first heard any meshloom packet from one holding it: the
       * wait for the mended path to carry anything (null: never, or nothing was missing). The rest of
       * secondsToConverge is the sync itself.
       */
      secondsToFirstContact: number | null;
      /** Entries some gateway lacked when the link came back, each counted once, and their bytes. */
      missingEntries: number;
      missingBytes: number;
      /** The physical limit: those entries' airtime at the preset, packed in runs, plus one request. */
      lowerBoundSeconds: number;
      /** secondsToConverge over the lower bound (the goal is 2 or less, or 60 s). */
      healRatio: number | null;
      /**
       * meshloom bytes the gateways sent from the heal until converged (every send, the radio's retransmissions
       * too; not the publishing of entries recorded meanwhile), over the missing entries' bytes.
       */
      syncCostRatio: number | null;
      /**
       * The least syncCostRatio any protocol could reach in this wire format (see syncFloorBytes): a signed run
       * of a few entries costs twice their bytes however it is sent, so it shows what part of the cost is the
       * protocol's.
       */
      syncCostFloor: number | null;
    }[];
    rejected: number;
    /** Airtime of every meshloom packet the gateways sent, in all. */
    airtimeSeconds: number;
    /** Each rejection: which gateway, why, from which node, at what minute. */
    rejections: { gateway: number; reason: string; from: number; detail: string; minute: number }[];
  } | null;
}

interface Inputs {
  scenario: Scenario;
  sim: MeshSimulation;
  nodes: SimNode[];
  gateways: SimGateways | undefined;
  convergence: HealRecord[];
  failures: FailureEvent[];
  upByMinute: number[];
  events: number;
  wallSeconds: number;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
const round = (v: number, digits = 3) => Number(v.toFixed(digits));

function percentile(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  return round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number, 1);
}

/** One heal (a partition mended, failed nodes back): what was missing then, and when the ledgers caught up. */
export interface HealRecord {
  healedAtMs: number;
  convergedAtMs: number | undefined;
  /** When a gateway lacking something first heard a meshloom packet from one holding it. */
  contactAtMs: number | undefined;
  missingEntries: number;
  missingBytes: number;
  lowerBoundMs: number;
  /** See syncFloorBytes. */
  floorBytes: number;
}

/** Per gateway lacking part of a chain: the sizes of the entries it lacks, and how many gateways must send them in turn to get them there. */
export type FloorChain = readonly { sizes: readonly number[]; sends: number }[];

/**
 * The least a sync can send in this wire format for what was missing. Per chain, a gateway lacking part of it
 * needs that part as a run with one signature (each entry with its tag and length; each packet of the largest
 * payload with at least its type byte and a one-byte seq field), sent by as many gateways in turn as its packets
 * need to get there (a middle gateway passes on what the far end holds): nothing asked, nothing lost, nothing
 * sent twice. Over missingBytes it is the sync cost no protocol on this format gets under (`syncCostFloor`);
 * the engine's own answers never do (test/simulator/scenario/sync-floor.test.ts).
 */
export function syncFloorBytes(chains: readonly FloorChain[]): number {
  let total = 0;
  for (const lacking of chains) {
    let most = 0;
    for (const { sizes, sends } of lacking) if (Number.isFinite(sends)) most = Math.max(most, sends * runFloorBytes(sizes));
    total += most;
  }
  return total;
}

/** The fewest bytes one run of entries of these sizes takes on air: one signature, packets as full as can be. */
export function runFloorBytes(sizes: readonly number[]): number {
  if (sizes.length === 0) return 0;
  const body = sizes.reduce((n, size) => n + size + 1 + varintLength(size), 0) + SIGNATURE_BYTES;
  return body + Math.ceil(body / (DEFAULT_MAX_PAYLOAD_BYTES - MIN_PACKET_BYTES)) * MIN_PACKET_BYTES;
}

/** A packet's type byte and the smallest seq field (tag and one byte). */
const MIN_PACKET_BYTES = 3;

const varintLength = (value: number): number => {
  let length = 1;
  for (let v = value; v >= 0x80; v = Math.floor(v / 0x80)) length++;
  return length;
};

/** Room for entries in one run packet: the largest payload less a signed run's overhead. */
const RUN_ROOM_BYTES = DEFAULT_MAX_PAYLOAD_BYTES - RUN_OVERHEAD_BYTES;
const REQUEST_BYTES = 12;

/**
 * The fastest a heal could go: the missing entries sent once, packed into signed runs at the preset's rate, plus
 * one request for them (issue #13's lower bound). Relays and contention only add to it.
 */
export function healLowerBoundMs(preset: ModemPreset, entries: number, bytes: number): number {
  if (entries === 0) return 0;
  const framed = bytes + ENTRY_FRAMING_BYTES * entries;
  const fullRuns = Math.floor(framed / RUN_ROOM_BYTES);
  const rest = framed - fullRuns * RUN_ROOM_BYTES;
  const overhead = RUN_OVERHEAD_BYTES + DATA_OVERHEAD_BYTES + MESH_HEADER_BYTES;
  const runs = fullRuns * airtimeMs(preset, RUN_ROOM_BYTES + overhead) + (rest > 0 ? airtimeMs(preset, rest + overhead) : 0);
  return runs + airtimeMs(preset, REQUEST_BYTES + DATA_OVERHEAD_BYTES + MESH_HEADER_BYTES);
}

export function summarise(input: Inputs): SimResult {
  const { scenario, sim, nodes, gateways } = input;
  const durationMs = scenario.durationMinutes * 60_000;
  const byKind: Partial<Record<PacketKind, KindFigures>> = {};
  const minutes = input.upByMinute.length;
  const perMinute = input.upByMinute.map((upNodes, i) => ({ minute: i + 1, upNodes, sent: 0, reachable: 0, delivered: 0 }));
  const latencies = Float64Array.from(sim.latenciesMs);
  let reachable = 0;
  let delivered = 0;
  let reachShareSum = 0;
  let originated = 0;
  let dmsWanted = 0;
  let dmsAcked = 0;
  const others = Math.max(1, nodes.length - 1);
  for (const p of sim.packets.values()) {
    if (!p.originated || p.kind === 'routing') continue;
    originated++;
    const arrived = p.delivered;
    const figures = (byKind[p.kind] ??= { packets: 0, reachable: 0, delivered: 0, deliveryRatio: null, missed: noLosses() });
    figures.packets++;
    figures.reachable += p.reachable;
    figures.delivered += Math.min(arrived, p.reachable);
    reachable += p.reachable;
    delivered += Math.min(arrived, p.reachable);
    reachShareSum += p.to === 0xffffffff ? p.reachable / others : p.reachable;
    if (p.to !== 0xffffffff && p.wantAck) {
      dmsWanted++;
      if (p.ackedAtMs !== undefined) dmsAcked++;
    }
    const bucket = perMinute[Math.min(minutes - 1, Math.floor(p.sentAtMs / 60_000))];
    if (bucket) {
      bucket.sent++;
      bucket.reachable += p.reachable;
      bucket.delivered += Math.min(arrived, p.reachable);
    }
  }
  for (const figures of Object.values(byKind)) figures.deliveryRatio = ratio(figures.delivered, figures.reachable);
  // Packets still in their window at the end are charged now: what had not arrived by then, did not.
  sim.losses.settleAll(durationMs);
  for (const [kind, missed] of sim.losses.byKind) {
    const figures = byKind[kind];
    if (figures) figures.missed = missed;
  }
  latencies.sort();
  const gatewaySet = new Set(gateways?.nodes ?? []);
  const nodeFigures: NodeFigures[] = nodes.map((n) => {
    const s = sim.nodeStats(n.id);
    const utilisation = s ? (100 * (s.heardMs + s.txAirtimeMs)) / durationMs : 0;
    return {
      id: n.id,
      x: round(n.xM, 1),
      y: round(n.yM, 1),
      role: n.role,
      gateway: gatewaySet.has(n.id),
      upAtEnd: sim.isUp(n.id),
      downMinutes: round((s?.downMs ?? 0) / 60_000, 2),
      sent: s?.sent ?? 0,
      relayed: s?.relayed ?? 0,
      txAirtimeSeconds: round((s?.txAirtimeMs ?? 0) / 1000, 2),
      utilisationPercent: round(utilisation, 2),
      deliveryRatio: s ? ratio(s.receivedBroadcasts, s.reachableBroadcasts) : null,
      queueDrops: s?.queueDrops ?? 0,
      dutyCycleDrops: s?.dutyCycleDrops ?? 0,
      batteryLeftMah: sim.chargeMah(n.id) ?? null,
    };
  });
  const utilisations = nodeFigures.map((n) => n.utilisationPercent);
  const links: [number, number][] = [];
  for (const [from, list] of sim.medium.links) for (const { node } of list) if (from < node) links.push([from, node]);
  return {
    scenario: {
      name: scenario.name,
      seed: scenario.seed,
      nodes: nodes.length,
      gateways: gatewaySet.size,
      durationMinutes: scenario.durationMinutes,
      preset: scenario.preset,
      region: scenario.region,
      hopLimit: scenario.hopLimit,
      collisions: scenario.collisions !== false,
    },
    summary: {
      packets: originated,
      deliveryRatio: ratio(delivered, reachable),
      reachableShare: originated > 0 ? round(reachShareSum / originated, 4) : null,
      latencyMs: {
        p50: percentile(latencies, 50),
        p90: percentile(latencies, 90),
        p99: percentile(latencies, 99),
        max: latencies.length ? round(latencies[latencies.length - 1] as number, 1) : null,
      },
      hops: Array.from({ length: sim.hopCounts.length }, (_, i) => sim.hopCounts[i] ?? 0),
      ...sim.stats,
      directMessagesAcked: ratio(dmsAcked, dmsWanted),
      meanUtilisationPercent: round(utilisations.reduce((a, b) => a + b, 0) / Math.max(1, utilisations.length), 2),
      maxUtilisationPercent: Math.max(0, ...utilisations),
      events: input.events,
      wallSeconds: round(input.wallSeconds, 3),
      eventsPerSecond: Math.round(input.events / Math.max(input.wallSeconds, 1e-9)),
    },
    byKind,
    perMinute: perMinute.map(({ minute, upNodes, sent, reachable: r, delivered: d }) => ({ minute, upNodes, sent, deliveryRatio: ratio(d, r) })),
    nodes: nodeFigures,
    links,
    failures: input.failures,
    alerts: (gateways?.alerts ?? []).map((a) => {
      const times = [...a.reached.values()].map((t) => t - a.raisedAtMs);
      // Out of the gateways the author's radio can reach at all (the layout's limit is reported apart).
      const reachable = gateways?.reachedFrom(a.author) ?? [...gatewaySet];
      const all = reachable.every((node) => a.reached.has(node));
      return {
        author: a.author,
        id: a.id,
        raisedAtMinute: round(a.raisedAtMs / 60_000, 2),
        reachedGateways: reachable.filter((node) => a.reached.has(node)).length,
        ofGateways: reachable.length,
        unreachableGateways: gatewaySet.size - reachable.length,
        secondsToReachAll: all ? round(Math.max(...times) / 1000, 1) : null,
        secondsToReach: Object.fromEntries([...a.reached].map(([node, t]) => [String(node), round((t - a.raisedAtMs) / 1000, 1)])),
      };
    }),
    ledger: gateways
      ? {
          entriesSubmitted: gateways.entriesSubmitted,
          gatewayGroups: gateways.groups,
          convergedAtEnd: gateways.converged(),
          afterHeal: input.convergence.map((c) => {
            const seconds = c.convergedAtMs === undefined ? null : (c.convergedAtMs - c.healedAtMs) / 1000;
            const syncBytes =
              c.convergedAtMs === undefined
                ? null
                : gateways.sent
                    // Publishing entries recorded after the heal is not what it costs to deliver what was missing then.
                    .filter((s) => s.kind !== 'entries' && s.atMs >= c.healedAtMs && s.atMs <= (c.convergedAtMs as number))
                    .reduce((n, s) => n + s.bytes, 0);
            return {
              healedAtMinute: round(c.healedAtMs / 60_000, 2),
              secondsToConverge: seconds === null ? null : round(seconds, 1),
              secondsToFirstContact: c.contactAtMs === undefined ? null : round((c.contactAtMs - c.healedAtMs) / 1000, 1),
              missingEntries: c.missingEntries,
              missingBytes: c.missingBytes,
              lowerBoundSeconds: round(c.lowerBoundMs / 1000, 1),
              healRatio: seconds === null || c.lowerBoundMs === 0 ? null : round(seconds / (c.lowerBoundMs / 1000), 2),
              syncCostRatio: syncBytes === null || c.missingBytes === 0 ? null : round(syncBytes / c.missingBytes, 2),
              syncCostFloor: c.missingBytes === 0 ? null : round(c.floorBytes / c.missingBytes, 2),
            };
          }),
          rejected: gateways.rejected.length,
          airtimeSeconds: round(gateways.sent.reduce((n, s) => n + s.airtimeMs, 0) / 1000, 1),
          rejections: gateways.rejected.map((r) => ({ gateway: r.node, reason: r.reason, from: r.from, detail: r.detail, minute: round(r.atMs / 60_000, 2) })),
        }
      : null,
  };
}
