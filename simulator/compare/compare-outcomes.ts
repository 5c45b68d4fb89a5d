/**
 * Two runs of one scenario side by side, packet by packet: the model's router against the real firmware (or any
 * two runs). Per class of traffic (plain broadcasts, want_ack broadcasts, direct messages with acks): how often
 * the same nodes received a packet, over the same number of hops, and each run's relays, retransmissions, acks
 * and first-arrival times.
 */
import { BROADCAST } from '../router/air-packet.ts';
import type { PacketOutcome } from './packet-outcomes.ts';

export type TrafficClass = 'broadcast' | 'wantAckBroadcast' | 'directMessage';

interface RunFigures {
  /** Receivers per packet, mean (for a direct message: 1 when its destination got it). */
  receivers: number;
  hops: number | null;
  /** Times each packet went on the air, mean. */
  transmissions: number;
  /** Retransmissions by the sender per packet, mean. */
  retransmissions: number;
  /** Share of packets whose sender learned they got through (want_ack traffic). */
  acked: number | null;
  /** Median time from sending to first arrival at a receiver, ms. */
  latencyP50Ms: number | null;
}

interface ClassComparison {
  packets: number;
  /** Share of packets both runs delivered to exactly the same nodes. */
  sameReceivers: number | null;
  /** Share of (packet, receiver) pairs both runs delivered over the same number of hops. */
  sameHops: number | null;
  a: RunFigures;
  b: RunFigures;
}

export interface Comparison {
  /** Packets booked in both runs (matched by sender and booking time). */
  matched: number;
  /** Packets only one run has (a sender that was down in one of them, or a run cut short). */
  unmatched: number;
  byClass: Partial<Record<TrafficClass, ClassComparison>>;
}

function classOf(outcome: PacketOutcome): TrafficClass {
  if (outcome.to !== BROADCAST) return 'directMessage';
  return outcome.wantAck ? 'wantAckBroadcast' : 'broadcast';
}

export function compareOutcomes(a: readonly PacketOutcome[], b: readonly PacketOutcome[]): Comparison {
  const inB = new Map(b.map((o) => [o.key, o]));
  const pairs: [PacketOutcome, PacketOutcome][] = [];
  for (const outcome of a) {
    const other = inB.get(outcome.key);
    if (other) pairs.push([outcome, other]);
  }
  const byClass: Partial<Record<TrafficClass, ClassComparison>> = {};
  for (const cls of ['broadcast', 'wantAckBroadcast', 'directMessage'] as const) {
    const mine = pairs.filter(([x]) => classOf(x) === cls);
    if (mine.length === 0) continue;
    let same = 0;
    let pairsBoth = 0;
    let sameHops = 0;
    for (const [x, y] of mine) {
      const rx = Object.keys(x.hops);
      const ry = new Set(Object.keys(y.hops));
      if (rx.length === ry.size && rx.every((n) => ry.has(n))) same++;
      for (const n of rx) {
        if (!ry.has(n)) continue;
        pairsBoth++;
        if (x.hops[Number(n)] === y.hops[Number(n)]) sameHops++;
      }
    }
    byClass[cls] = {
      packets: mine.length,
      sameReceivers: round(same / mine.length),
      sameHops: pairsBoth ? round(sameHops / pairsBoth) : null,
      a: figures(mine.map(([x]) => x)),
      b: figures(mine.map(([, y]) => y)),
    };
  }
  return { matched: pairs.length, unmatched: a.length + b.length - 2 * pairs.length, byClass };
}

function figures(outcomes: readonly PacketOutcome[]): RunFigures {
  const hops = outcomes.flatMap((o) => Object.values(o.hops));
  const firsts = outcomes.flatMap((o) => Object.values(o.latencyMs)).sort((x, y) => x - y);
  const asking = outcomes.filter((o) => o.wantAck);
  return {
    receivers: round(mean(outcomes.map((o) => Object.keys(o.hops).length))),
    hops: hops.length ? round(mean(hops)) : null,
    transmissions: round(mean(outcomes.map((o) => o.transmissions))),
    retransmissions: round(mean(outcomes.map((o) => Math.max(0, o.sendings - 1)))),
    acked: asking.length ? round(asking.filter((o) => o.acked).length / asking.length) : null,
    latencyP50Ms: firsts.length ? (firsts[Math.floor(firsts.length / 2)] as number) : null,
  };
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0);
const round = (v: number) => Number(v.toFixed(2));
