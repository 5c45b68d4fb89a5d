/**
 * Next-hop routing for direct messages, after the firmware's NextHopRouter: a node learns a next hop toward a
 * destination when an ack comes back relayed by a node that also relayed the original; a packet naming a next hop
 * is relayed only by that node, which retransmits it (2 sends) until it hears it go on; a retry that floods
 * is relayed after all by the nodes it passed over. The retransmission table lives here, as in the firmware.
 */
import { type AirPacket, BROADCAST } from './air-packet.ts';
import { FloodingRouter } from './flooding-router.ts';

/** Sends of a packet an intermediate next hop relays (NUM_INTERMEDIATE_RETX). */
const INTERMEDIATE_SENDS = 2;

interface PendingRetransmission {
  packet: AirPacket;
  sendsLeft: number;
  snrDb: number;
  /** When it is sent again, once its timer is armed; pushed back by airtime sent and heard meanwhile. */
  dueMs?: number;
}

export class NextHopRouter extends FloodingRouter {
  private readonly nextHops = new Map<number, number>();
  /** Direct messages heard addressed to another next hop: if they come again flooded, we relay after all. */
  private readonly skippedForNextHop = new Set<number>();
  private readonly pending = new Map<number, PendingRetransmission>();
  /** Bumped when the node loses its tables (powered off), so timers armed before are ignored. */
  private generation = 0;

  override getNextHop(to: number): number | undefined {
    const hop = to === BROADCAST ? undefined : this.nextHops.get(to);
    return hop !== undefined && hop !== this.port.id ? hop : undefined;
  }

  /** The next hop learned toward `destination`, if any (for tests and reports). */
  learnedNextHop(destination: number): number | undefined {
    return this.nextHops.get(destination);
  }

  /** The packet just went on air: arm its retransmission timer if it waits for an ack. */
  onTransmitted(id: number, airtimeMs: number): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    const timeout = this.port.retransmissionTimeoutMs(airtimeMs, pending.snrDb);
    pending.dueMs = this.port.now() + airtimeMs + timeout;
    this.port.armRetransmissionTimer(id, pending.dueMs, this.generation);
  }

  /**
   * ReliableRouter::send and shouldFilterReceived: while the radio sends or receives a packet it cannot hear an
   * ack, so every other pending retransmission waits that much longer.
   */
  protected pushBackTimers(airtimeMs: number, exceptId: number): void {
    for (const [id, pending] of this.pending) if (id !== exceptId && pending.dueMs !== undefined) pending.dueMs += airtimeMs;
  }

  protected override heardWhileWaiting(packet: AirPacket): void {
    if (this.pending.size > 0) this.pushBackTimers(this.port.airtimeMs(packet.bytes), packet.id);
  }

  /** NextHopRouter::doRetransmissions for one packet: no ack in time, so send again; a direct message's last try floods. */
  onRetransmissionTimeout(id: number, generation: number): void {
    const pending = this.pending.get(id);
    if (!pending || generation !== this.generation) return;
    if (pending.dueMs !== undefined && pending.dueMs > this.port.now()) {
      this.port.armRetransmissionTimer(id, pending.dueMs, generation);
      return;
    }
    pending.dueMs = undefined;
    if (pending.sendsLeft <= 0) {
      this.pending.delete(id);
      if (pending.packet.from === this.port.id) this.port.traces.gaveUp.fire(this.port.id, id);
      return;
    }
    pending.sendsLeft--;
    if (pending.sendsLeft === 0 && pending.packet.to !== BROADCAST) {
      // The firmware forgets the learned next hop when it floods the last try: a route that failed three times
      // is not tried again for the next message.
      pending.packet = { ...pending.packet, nextHop: undefined };
      if (pending.packet.from === this.port.id) this.nextHops.delete(pending.packet.to);
    }
    this.port.traces.retransmitted.fire(this.port.id, id);
    this.pushBackTimers(this.port.airtimeMs(pending.packet.bytes), id);
    const relay = pending.packet.from !== this.port.id;
    const delayMs = relay ? this.port.relayTxDelayMs(pending.snrDb) : this.port.ownTxDelayMs();
    this.port.enqueue(pending.packet, { relay, snrDb: pending.snrDb, delayMs });
  }

  /** The node powered off: its queue, its pending retransmissions and their timers are gone. */
  reset(): void {
    this.pending.clear();
    this.generation++;
  }

  /** NextHopRouter::startRetransmission. */
  protected startRetransmission(packet: AirPacket, sendsLeft: number, snrDb: number): void {
    this.pending.set(packet.id, { packet, sendsLeft, snrDb });
  }

  /** NextHopRouter::stopRetransmission; true if one was pending. */
  protected stopRetransmission(id: number): boolean {
    return this.pending.delete(id);
  }

  protected override isFallback(packet: AirPacket): boolean {
    return packet.nextHop === undefined && this.skippedForNextHop.delete(packet.id) && !this.port.queued(packet.id);
  }

  protected override noteImplicitAck(packet: AirPacket): void {
    if (this.stopRetransmission(packet.id) && packet.from === this.port.id) this.port.acked(packet.id, this.port.id);
  }

  /** NextHopRouter::sniffReceived for an ack: learn a next hop, and stop relaying what it acknowledges. */
  protected override sniffReceived(ack: AirPacket, hops: number): void {
    this.learnNextHop(ack, hops);
    if (ack.to === this.port.id) {
      this.ackReceived(ack);
      return;
    }
    if (this.port.queued(ack.requestId)) this.port.cancelQueued(ack.requestId);
    this.stopRetransmission(ack.requestId);
  }

  /** An ack addressed to this node. */
  protected ackReceived(ack: AirPacket): void {
    this.stopRetransmission(ack.requestId);
  }

  protected override perhapsRebroadcast(packet: AirPacket, snrDb: number): boolean {
    if (!this.isRebroadcaster(packet)) return false;
    const me = this.port.id;
    if (packet.nextHop !== undefined && packet.nextHop !== me) {
      this.skippedForNextHop.add(packet.id);
      return false;
    }
    const copy: AirPacket = { ...packet, hopLimit: packet.hopLimit - 1 };
    copy.nextHop = this.getNextHop(copy.to);
    if (packet.nextHop === me && copy.nextHop !== undefined && copy.hopLimit > 0) this.startRetransmission(copy, INTERMEDIATE_SENDS - 1, snrDb);
    this.rebroadcast(copy, snrDb);
    return true;
  }

  /** NextHopRouter::shouldFilterReceived: a repeated original is relayed again, or, at its destination, acked again. */
  protected override handleRepeated(packet: AirPacket, snrDb: number): void {
    if (!this.perhapsRebroadcast(packet, snrDb) && packet.to === this.port.id && packet.wantAck) this.ackAgain(packet);
  }

  /** The destination answers a repeated want_ack packet again, one hop (ReliableRouter sends it). */
  protected ackAgain(_packet: AirPacket): void {}

  private learnNextHop(ack: AirPacket, hops: number): void {
    const me = this.port.id;
    const relayers = this.port.relayersOf(ack.requestId);
    if (!relayers) return;
    const weRelayed = relayers.has(me);
    const ackRelayerRelayed = relayers.has(ack.relayNode);
    const weAlone = weRelayed && relayers.size === 1;
    if (!((weRelayed && ackRelayerRelayed) || (hops === 0 && weAlone))) return;
    if (this.nextHops.get(ack.from) === ack.relayNode) return;
    this.nextHops.set(ack.from, ack.relayNode);
    this.port.traces.nextHopLearned.fire(me, ack.from);
  }
}
