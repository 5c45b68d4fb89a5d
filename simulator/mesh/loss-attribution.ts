/**
 * Why a node that a packet could reach did not get it. While a packet is fresh (its window: long enough for
 * every relay and retransmission) the simulation tells this tracker who received it and what went wrong on the
 * way; when the window closes, each reachable node that never received it is charged to one reason, the most
 * specific first:
 *
 * - node down: it went down after the packet was sent, before a copy reached it;
 * - collision: a copy reached it and was lost to interference;
 * - receiver busy: a copy reached it while it was sending, or receiving another packet it had locked onto;
 * - too weak: a copy reached it below the preset's sensitivity;
 * and when no copy reached it at all, by what became of the packet at the nodes it hears (its neighbours):
 * - queue full / duty cycle: a neighbour had it and dropped it (transmit queue full, or duty cycle spent);
 * - hop limit: a neighbour had it with no hops left to relay it;
 * - relay cancelled: managed flooding stopped a neighbour's relay because it heard another node relay first;
 * - lost on the way: the neighbours that would have relayed it lost their own copies (collision, busy, weak);
 * - run ended: sent in the run's last minute, and not there yet when it stopped;
 * - other: none of the above was seen (a partition formed meanwhile, say).
 *
 * Only fresh packets are held, so the tracker's memory follows the traffic of one window, not of the run.
 */
import type { PacketKind } from '../router/air-packet.ts';

export const LOSS_REASONS = [
  'node down',
  'collision',
  'receiver busy',
  'too weak',
  'queue full',
  'duty cycle',
  'lost on the way',
  'hop limit',
  'relay cancelled',
  'run ended',
  'other',
] as const;
type LossReason = (typeof LOSS_REASONS)[number];
export type LossCounts = Record<LossReason, number>;

/**
 * Long enough for a packet's last relay or retransmission (three sends with their timeouts take well under a
 * minute on the slowest preset), short enough that a 10,000-node run holds only a few minutes of traffic.
 */
const WINDOW_MS = 3 * 60_000;
/** A packet this young at the end of the run may simply not have arrived yet. */
const IN_FLIGHT_MS = 60_000;

type Drop = 'queueFull' | 'dutyCycle' | 'hopLimit' | 'relayCancelled';

// What was seen of a packet at a node, as bits in one number per node (one map lookup per event: the tracker
// runs on every reception of every packet, so it must cost little beside the radio model).
const RECEIVED = 1;
const COLLIDED = 2;
const BUSY = 4;
const WEAK = 8;
const DOWN = 16;
const STOP: Record<Drop, number> = { queueFull: 32, dutyCycle: 64, hopLimit: 128, relayCancelled: 256 };

interface Fresh {
  kind: PacketKind;
  sentAtMs: number;
  reachable: readonly number[];
  /** Node -> what was seen there (the bits above). */
  seen: Map<number, number>;
}

const OWN_REASONS: readonly [number, LossReason][] = [
  [DOWN, 'node down'],
  [COLLIDED, 'collision'],
  [BUSY, 'receiver busy'],
  [WEAK, 'too weak'],
];
const NEIGHBOUR_REASONS: readonly [number, LossReason][] = [
  [STOP.queueFull, 'queue full'],
  [STOP.dutyCycle, 'duty cycle'],
  [STOP.hopLimit, 'hop limit'],
  [STOP.relayCancelled, 'relay cancelled'],
];

export const noLosses = (): LossCounts => Object.fromEntries(LOSS_REASONS.map((r) => [r, 0])) as LossCounts;

export class LossAttribution {
  private readonly fresh = new Map<number, Fresh>();
  readonly byKind = new Map<PacketKind, LossCounts>();

  /** `heardBy(node)`: the nodes that can hear `node`. */
  constructor(private readonly heardBy: (node: number) => readonly number[]) {}

  /** A packet is on its way; `reachable` are the nodes it could reach when sent (the destination, for a DM). */
  sent(id: number, kind: PacketKind, sentAtMs: number, reachable: readonly number[]): void {
    this.settle(sentAtMs);
    if (reachable.length > 0) this.fresh.set(id, { kind, sentAtMs, reachable, seen: new Map() });
  }

  private mark(id: number, node: number, bit: number): void {
    const packet = this.fresh.get(id);
    if (packet) packet.seen.set(node, (packet.seen.get(node) ?? 0) | bit);
  }

  received(id: number, node: number): void {
    this.mark(id, node, RECEIVED);
  }

  /** A copy reached `node` and was not decoded: why, as the radio model said. */
  missedCopy(id: number, node: number, why: 'collision' | 'not-locked' | 'below-sensitivity'): void {
    this.mark(id, node, why === 'collision' ? COLLIDED : why === 'not-locked' ? BUSY : WEAK);
  }

  /** The packet went no further from `node`, and why. */
  stopped(id: number, node: number, why: Drop): void {
    this.mark(id, node, STOP[why]);
  }

  /** A node went down: every fresh packet it was waiting for is lost to that. */
  wentDown(node: number): void {
    for (const packet of this.fresh.values()) {
      const seen = packet.seen.get(node) ?? 0;
      if (!(seen & RECEIVED)) packet.seen.set(node, seen | DOWN);
    }
  }

  /** Charges every packet whose window has closed by `nowMs`. */
  settle(nowMs: number): void {
    for (const [id, packet] of this.fresh) {
      if (packet.sentAtMs + WINDOW_MS > nowMs) break;
      this.charge(packet, false);
      this.fresh.delete(id);
    }
  }

  /** The run stopped at `endMs`: what had not arrived, did not; a packet sent in its last minute is still on its way. */
  settleAll(endMs: number): void {
    for (const packet of this.fresh.values()) this.charge(packet, packet.sentAtMs > endMs - IN_FLIGHT_MS);
    this.fresh.clear();
  }

  /**
   * Each reachable node that missed the packet gets a reason: its own (down, or a copy it lost), else one seen at
   * a neighbour it hears (the packet stopped there), else, nearest first, the reason of a neighbour that missed it
   * too, spread outwards from those decided in one breadth-first pass over the missing nodes. Work follows what
   * was seen (the nodes with events, their listeners), not every pair of nodes.
   */
  private charge(packet: Fresh, inFlight: boolean): void {
    const counts = this.byKind.get(packet.kind) ?? noLosses();
    this.byKind.set(packet.kind, counts);
    const { seen } = packet;
    const missing = new Set<number>();
    for (const node of packet.reachable) if (!((seen.get(node) ?? 0) & RECEIVED)) missing.add(node);
    if (missing.size === 0) return;
    const reasons = new Map<number, LossReason>();
    const decided: number[] = [];
    const decide = (node: number, reason: LossReason) => {
      reasons.set(node, reason);
      decided.push(node);
    };
    // Only nodes where something was seen can have a reason of their own, or stop the packet for their listeners.
    for (const [node, bits] of seen) {
      if (!missing.has(node)) continue;
      const own = OWN_REASONS.find(([bit]) => bits & bit);
      if (own) decide(node, own[1]);
    }
    for (const [bit, reason] of NEIGHBOUR_REASONS) {
      for (const [node, bits] of seen) {
        if (!(bits & bit)) continue;
        for (const listener of this.heardBy(node)) if (missing.has(listener) && !reasons.has(listener)) decide(listener, reason);
      }
    }
    for (let i = 0; i < decided.length; i++) {
      const from = decided[i] as number;
      const reason = reasons.get(from) as LossReason;
      const passed = COPY_LOST.has(reason) ? 'lost on the way' : reason;
      for (const listener of this.heardBy(from)) if (missing.has(listener) && !reasons.has(listener)) decide(listener, passed);
    }
    for (const node of missing) counts[reasons.get(node) ?? (inFlight ? 'run ended' : 'other')]++;
  }
}

/** A neighbour that lost its own copy could not relay one: the packet was lost on the way. */
const COPY_LOST = new Set<LossReason>(['collision', 'receiver busy', 'too weak', 'node down', 'lost on the way']);
