/**
 * Managed flooding, after the firmware's FloodingRouter: duplicates suppressed by (sender, id), hop limits, the
 * SNR-weighted relay window, and standing down when someone else relays first (ordinary roles cancel, ROUTER and
 * REPEATER never do, ROUTER_LATE moves its relay behind every client's window, CLIENT_MUTE never relays).
 * One instance per simulated node; method names follow the firmware's.
 */
import { PacketHistory } from '../../protocol/meshtastic/packet-history.ts';
import { type AirPacket, BROADCAST } from './air-packet.ts';
import type { NodePort } from './node-port.ts';

/** What shouldFilterReceived made of a packet. */
export type ReceivedVerdict = 'new' | 'duplicate' | 'fallback';

export class FloodingRouter {
  protected readonly history = new PacketHistory();

  constructor(protected readonly port: NodePort) {}

  /** Router::send: mark it as ours and seen, and queue it after the node's own contention window. */
  send(packet: AirPacket): void {
    packet.relayNode = this.port.id;
    packet.nextHop = this.getNextHop(packet.to);
    this.history.wasSeenRecently(packet.from, packet.id, this.port.now());
    this.port.enqueue(packet, { relay: false, snrDb: 0, delayMs: this.port.ownTxDelayMs() });
  }

  /**
   * Router::handleReceived for a packet this node decoded: filter duplicates, sniff, deliver, answer, rebroadcast.
   * Returns whether the node had not heard the packet before.
   */
  handleReceived(packet: AirPacket, snrDb: number): boolean {
    this.heardWhileWaiting(packet);
    const verdict = this.shouldFilterReceived(packet, snrDb);
    if (verdict === 'duplicate') return false;
    const hops = packet.hopStart - packet.hopLimit;
    if (packet.requestId !== 0) this.sniffReceived(packet, hops);
    const forMe = packet.to === this.port.id;
    if (verdict === 'new' && (forMe || packet.to === BROADCAST)) this.port.deliver(packet, hops, snrDb);
    if (forMe) {
      this.handleReceivedForMe(packet, hops);
      return verdict === 'new';
    }
    this.perhapsRebroadcast(packet, snrDb);
    return verdict === 'new';
  }

  /** The next hop toward `to`; flooding has none. */
  getNextHop(_to: number): number | undefined {
    return undefined;
  }

  /** FloodingRouter::shouldFilterReceived: a packet seen before is dropped, after it has done its duty as a signal. */
  protected shouldFilterReceived(packet: AirPacket, snrDb: number): ReceivedVerdict {
    const seen = packet.from === this.port.id || this.history.wasSeenRecently(packet.from, packet.id, this.port.now());
    if (!seen) return 'new';
    if (this.isFallback(packet)) return 'fallback';
    this.port.traces.duplicateHeard.fire(this.port.id, packet.id);
    this.noteImplicitAck(packet);
    // The sender itself sending again (hop_start == hop_limit): its ack may have been lost, so a node that no
    // longer holds the packet relays it again, which is the sender's implicit ack.
    if (packet.hopStart > 0 && packet.hopStart === packet.hopLimit) {
      if (!this.port.queued(packet.id)) this.handleRepeated(packet, snrDb);
    } else this.perhapsCancelDupe(packet);
    return 'duplicate';
  }

  /** A repeated original not in the queue any more: relay it again (FloodingRouter::shouldFilterReceived). */
  protected handleRepeated(packet: AirPacket, snrDb: number): void {
    this.perhapsRebroadcast(packet, snrDb);
  }

  /** Every packet heard (ReliableRouter::shouldFilterReceived); NextHopRouter pushes its timers back by its airtime. */
  protected heardWhileWaiting(_packet: AirPacket): void {}

  /** A packet seen before that must still be handled (NextHopRouter: a flooded retry it was passed over for). */
  protected isFallback(_packet: AirPacket): boolean {
    return false;
  }

  /** Hearing a packet again is an implicit ack for whoever waits on it (NextHopRouter keeps the waits). */
  protected noteImplicitAck(_packet: AirPacket): void {}

  /** FloodingRouter::perhapsCancelDupe: someone relayed it first, so an ordinary node stands down. */
  protected perhapsCancelDupe(packet: AirPacket): void {
    const me = this.port.id;
    const pending = this.port.queued(packet.id);
    if (!pending?.relay || pending.packet.nextHop === me) return;
    if (!this.roleAllowsCancelingDupe()) {
      if (this.port.role === 'ROUTER_LATE') this.port.deferToLateWindow(packet.id);
      return;
    }
    this.port.cancelQueued(packet.id);
    this.port.traces.relayCancelled.fire(me, packet.id);
  }

  /** FloodingRouter::roleAllowsCancelingDupe. */
  protected roleAllowsCancelingDupe(): boolean {
    const role = this.port.role;
    return role !== 'ROUTER' && role !== 'REPEATER' && role !== 'ROUTER_LATE';
  }

  /** Router::sniffReceived for a packet that answers another (an ack); flooding does nothing with it. */
  protected sniffReceived(_packet: AirPacket, _hops: number): void {}

  /** A packet addressed to this node; ReliableRouter answers want_ack. */
  protected handleReceivedForMe(_packet: AirPacket, _hops: number): void {}

  /** FloodingRouter::perhapsRebroadcast's test, for this packet: not ours nor for us, hops left, a role that relays. */
  protected isRebroadcaster(packet: AirPacket): boolean {
    return packet.hopLimit > 0 && this.port.role !== 'CLIENT_MUTE' && packet.to !== this.port.id && packet.from !== this.port.id;
  }

  /** FloodingRouter::perhapsRebroadcast: a copy with one hop less, after the SNR-weighted window. */
  protected perhapsRebroadcast(packet: AirPacket, snrDb: number): boolean {
    if (!this.isRebroadcaster(packet)) return false;
    this.rebroadcast({ ...packet, hopLimit: packet.hopLimit - 1, nextHop: undefined }, snrDb);
    return true;
  }

  protected rebroadcast(copy: AirPacket, snrDb: number): void {
    this.port.enqueue(copy, { relay: true, snrDb, delayMs: this.port.relayTxDelayMs(snrDb) });
  }
}
