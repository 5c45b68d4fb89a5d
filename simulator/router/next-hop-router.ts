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
    this.port.armRetransmissionTimer(id, this.port.now() + airtimeMs + timeout, this.generation);
  }

  /** NextHopRouter::doRetransmissions for one packet: no ack in time, so send again; a direct message's last try floods. */
  onRetransmissionTimeout(id: number, generation: number): void {
    const pending = this.pending.get(id);
    if (!pending || generation !== this.generation) return;
    if (pending.sendsLeft <= 0) {
      this.pending.delete(id);
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
    if (this.stopRetransmission(packet.id) && packet.from === this.port.id) this.port.acked(packet.id);
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

  protected override perhapsRebroadcast(packet: AirPacket, snrDb: number): void {
    if (!this.isRebroadcaster(packet)) return;
    const me = this.port.id;
    if (packet.nextHop !== undefined && packet.nextHop !== me) {
      this.skippedForNextHop.add(packet.id);
      return;
    }
    const copy: AirPacket = { ...packet, hopLimit: packet.hopLimit - 1 };
    copy.nextHop = this.getNextHop(copy.to);
    if (packet.nextHop === me && copy.nextHop !== undefined && copy.hopLimit > 0) this.startRetransmission(copy, INTERMEDIATE_SENDS - 1, snrDb);
    this.rebroadcast(copy, snrDb);
  }

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
