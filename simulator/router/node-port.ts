/**
 * What a node's router may ask of the rest of the simulation: its radio's transmit queue and contention windows,
 * the clock, its application, and the few facts the model takes from the whole simulation. The firmware's router
 * reaches the same things through RadioInterface, MeshService and the node's own tables.
 */
import type { TracedCallback } from '../../support/traced-callback.ts';
import type { AirPacket } from './air-packet.ts';
import type { RelayRole } from './contention.ts';

/** A packet waiting in the node's transmit queue. */
interface QueuedPacket {
  readonly packet: AirPacket;
  /** A relay of someone else's packet (as opposed to the node's own, or its retransmission). */
  readonly relay: boolean;
}

/** Router events every node fires into, for metrics and logs: (node, packet id). */
export interface RouterTraces {
  duplicateHeard: TracedCallback<[node: number, id: number]>;
  relayCancelled: TracedCallback<[node: number, id: number]>;
  ackSent: TracedCallback<[node: number, id: number]>;
  nextHopLearned: TracedCallback<[node: number, destination: number]>;
  retransmitted: TracedCallback<[node: number, id: number]>;
  /** A want_ack packet's sends are used up without an ack: its sender gives up on it. */
  gaveUp: TracedCallback<[node: number, id: number]>;
}

export interface NodePort {
  readonly id: number;
  readonly role: RelayRole;
  /** The hop limit the node sends with; an ack never uses more. */
  readonly hopLimit: number;
  readonly traces: RouterTraces;
  now(): number;
  /** Queue a packet to transmit after `delayMs` (after CAD); it replaces a queued copy of the same packet. */
  enqueue(packet: AirPacket, options: { relay: boolean; snrDb: number; delayMs: number }): void;
  queued(id: number): QueuedPacket | undefined;
  /** Drop a queued packet (a relay someone else did first). */
  cancelQueued(id: number): void;
  /** Move a queued relay behind every client's window (ROUTER_LATE); once per packet. */
  deferToLateWindow(id: number): void;
  /** Contention windows (RadioInterface::getTxDelayMsec / getTxDelayMsecWeighted). */
  ownTxDelayMs(): number;
  relayTxDelayMs(snrDb: number): number;
  retransmissionTimeoutMs(airtimeMs: number, snrDb: number): number;
  /** Airtime of a packet of `bytes` on air at the node's preset (RadioInterface::getPacketTime). */
  airtimeMs(bytes: number): number;
  /** Wake `onRetransmissionTimeout(id, generation)` at `atMs`. */
  armRetransmissionTimer(id: number, atMs: number, generation: number): void;
  /** Hand a packet for this node (or for everyone) to its application. */
  deliver(packet: AirPacket, hops: number, snrDb: number): void;
  /** A packet this node sent with want_ack got through: acked `by` its destination, or by this node itself (implicitly). */
  acked(id: number, by: number): void;
  newPacketId(): number;
  /** Record a packet the router makes itself (an ack), so the simulation counts it. */
  recordOwn(packet: AirPacket): void;
  /**
   * Every node that transmitted packet `id`, if it was a direct message. Simplification: global knowledge of who
   * relayed, where the firmware knows only what this node overheard.
   */
  relayersOf(id: number): ReadonlySet<number> | undefined;
}
