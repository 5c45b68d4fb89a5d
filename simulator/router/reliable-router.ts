/**
 * Reliable delivery, after the firmware's ReliableRouter: a want_ack sender sends up to three times until it
 * hears its packet relayed (a broadcast's implicit ack) or the destination's routing ack; the destination of a
 * want_ack direct message answers with an ack that travels back as few hops as the message took, plus two.
 */
import { MESH_HEADER_BYTES } from '../../protocol/meshtastic/airtime.ts';
import type { AirPacket } from './air-packet.ts';
import { NextHopRouter } from './next-hop-router.ts';

/** Sends of a want_ack packet by its originator (NUM_RELIABLE_RETX). */
const ORIGINATOR_SENDS = 3;
/** An encoded Routing ack's Data. */
const ACK_PAYLOAD_BYTES = 9;

export class ReliableRouter extends NextHopRouter {
  /** ReliableRouter::send: a want_ack packet waits for its ack, with retransmissions. */
  override send(packet: AirPacket): void {
    if (packet.wantAck) this.startRetransmission(packet, ORIGINATOR_SENDS - 1, 0);
    this.pushBackTimers(this.port.airtimeMs(packet.bytes), packet.id);
    super.send(packet);
  }

  protected override ackReceived(ack: AirPacket): void {
    if (this.stopRetransmission(ack.requestId)) this.port.acked(ack.requestId, ack.from);
  }

  protected override handleReceivedForMe(packet: AirPacket, hops: number): void {
    if (packet.wantAck && packet.kind !== 'routing') this.sendAckNak(packet, hops);
  }

  protected override ackAgain(packet: AirPacket): void {
    this.sendAckNak(packet, 0, 0);
  }

  /** Router::sendAckNak: a routing ack back to the sender, as few hops as the packet took plus two. */
  private sendAckNak(packet: AirPacket, hops: number, hopLimit = Math.min(hops + 2, this.port.hopLimit)): void {
    const me = this.port.id;
    const ack: AirPacket = {
      id: this.port.newPacketId(),
      from: me,
      to: packet.from,
      hopLimit,
      hopStart: hopLimit,
      bytes: MESH_HEADER_BYTES + ACK_PAYLOAD_BYTES,
      kind: 'routing',
      wantAck: false,
      requestId: packet.id,
      relayNode: me,
      nextHop: undefined,
      payload: undefined,
      meshPacket: undefined,
    };
    this.port.recordOwn(ack);
    this.port.traces.ackSent.fire(me, ack.id);
    this.send(ack);
  }
}
