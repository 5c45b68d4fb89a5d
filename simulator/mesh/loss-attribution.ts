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
export type LossReason = (typeof LOSS_REASONS)[number];
export type LossCounts = Record<LossReason, number>;

/**
 * Long enough for a packet's last relay or retransmission (three sends with their timeouts take well under a
 * minute on the slowest preset), short enough that a 10,000-node run holds only a few minutes of traffic.
 */
const WINDOW_MS = 3 * 60_000;
/** A packet this young at the end of the run may simply not have arrived yet. */
const IN_FLIGHT_MS = 60_000;

type Drop = 'queueFull' | 'dutyCycle' | 'hopLimit' | 'relayCancelled';

interface Fresh {
  kind: PacketKind;
  sentAtMs: number;
  reachable: readonly number[];
  received: Set<number>;
  collided: Set<number>;
  busy: Set<number>;
  weak: Set<number>;
  down: Set<number>;
  /** Nodes where the packet stopped: dropped from the queue, duty cycle spent, no hops left, relay cancelled. */
  stopped: Record<Drop, Set<number>>;
}

const NEIGHBOUR_REASONS: readonly [Drop, LossReason][] = [
  ['queueFull', 'queue full'],
  ['dutyCycle', 'duty cycle'],
  ['hopLimit', 'hop limit'],
  ['relayCancelled', 'relay cancelled'],
];

export const noLosses = (): LossCounts => Object.fromEntries(LOSS_REASONS.map((r) => [r, 0])) as LossCounts;

export class LossAttribution {
  private readonly fresh = new Map<number, Fresh>();
  readonly byKind = new Map<PacketKind, LossCounts>();

  /** `hears(node)`: the nodes `node` can hear; `heardBy(node)`: the nodes that can hear it. */
  constructor(
    private readonly hears: (node: number) => readonly number[],
    private readonly heardBy: (node: number) => readonly number[],
  ) {}

  /** A packet is on its way; `reachable` are the nodes it could reach when sent (the destination, for a DM). */
  sent(id: number, kind: PacketKind, sentAtMs: number, reachable: readonly number[]): void {
    this.settle(sentAtMs);
    if (reachable.length === 0) return;
    this.fresh.set(id, {
      kind,
      sentAtMs,
      reachable,
      received: new Set(),
      collided: new Set(),
      busy: new Set(),
      weak: new Set(),
      down: new Set(),
      stopped: { queueFull: new Set(), dutyCycle: new Set(), hopLimit: new Set(), relayCancelled: new Set() },
    });
  }

  received(id: number, node: number): void {
    this.fresh.get(id)?.received.add(node);
  }

  /** A copy reached `node` and was not decoded: why, as the radio model said. */
  missedCopy(id: number, node: number, why: 'collision' | 'not-locked' | 'below-sensitivity'): void {
    const packet = this.fresh.get(id);
    if (!packet) return;
    (why === 'collision' ? packet.collided : why === 'not-locked' ? packet.busy : packet.weak).add(node);
  }

  /** The packet went no further from `node`, and why. */
  stopped(id: number, node: number, why: Drop): void {
    this.fresh.get(id)?.stopped[why].add(node);
  }

  /** A node went down: every fresh packet it was waiting for is lost to that. */
  wentDown(node: number): void {
    for (const packet of this.fresh.values()) if (!packet.received.has(node)) packet.down.add(node);
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
   * too, spread outwards from those decided in one breadth-first pass over the missing nodes.
   */
  private charge(packet: Fresh, inFlight: boolean): void {
    const counts = this.byKind.get(packet.kind) ?? noLosses();
    this.byKind.set(packet.kind, counts);
    const missing = new Set(packet.reachable.filter((node) => !packet.received.has(node)));
    const reasons = new Map<number, LossReason>();
    const decided: number[] = [];
    for (const node of missing) {
      const own = this.ownReason(packet, node);
      if (own) {
        reasons.set(node, own);
        decided.push(node);
      }
    }
    // Decided nodes spread first; a node decided by a neighbour's stop joins the frontier as it is found.
    for (const node of missing) {
      if (reasons.has(node)) continue;
      const around = this.hears(node);
      const stop = NEIGHBOUR_REASONS.find(([drop]) => around.some((n) => packet.stopped[drop].has(n)))?.[1];
      if (stop) {
        reasons.set(node, stop);
        decided.push(node);
      }
    }
    for (let i = 0; i < decided.length; i++) {
      const from = decided[i] as number;
      const passed = COPY_LOST.has(reasons.get(from) as LossReason) ? 'lost on the way' : (reasons.get(from) as LossReason);
      for (const listener of this.heardBy(from)) {
        if (!missing.has(listener) || reasons.has(listener)) continue;
        reasons.set(listener, passed);
        decided.push(listener);
      }
    }
    for (const node of missing) {
      const reason = reasons.get(node) ?? (inFlight ? 'run ended' : 'other');
      counts[reason]++;
    }
  }

  private ownReason(packet: Fresh, node: number): LossReason | undefined {
    if (packet.down.has(node)) return 'node down';
    if (packet.collided.has(node)) return 'collision';
    if (packet.busy.has(node)) return 'receiver busy';
    if (packet.weak.has(node)) return 'too weak';
    return undefined;
  }
}

/** A neighbour that lost its own copy could not relay one: the packet was lost on the way. */
const COPY_LOST = new Set<LossReason>(['collision', 'receiver busy', 'too weak', 'node down', 'lost on the way']);
