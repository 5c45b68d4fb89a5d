/**
 * The virtual radio's side of the simulator's router: the same ReliableRouter the mesh simulation runs on each
 * node (simulator/router/), here on real (or injected) time and a perfect medium. It turns MeshPackets into the
 * router's AirPackets and back, hands what the router queues to the radio's transmit queue, and tells the radio
 * what reached its phone and which want_ack packets got through.
 */
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { Mesh } from '@meshtastic/protobufs';
import { DEFAULT_PORTNUM } from '../../protocol/engine/engine.ts';
import { airtimeMs, MESH_HEADER_BYTES, type ModemPreset } from '../../protocol/meshtastic/airtime.ts';
import { routingPacket } from '../../protocol/meshtastic/routing-packet.ts';
import { TracedCallback } from '../../support/traced-callback.ts';
import type { Clock } from '../clock.ts';
import { kindOfPortnum } from '../mesh/packet-kinds.ts';
import type { AirPacket } from '../router/air-packet.ts';
import { type RelayRole, retransmissionTimeoutMs } from '../router/contention.ts';
import type { NodePort, RouterTraces } from '../router/node-port.ts';
import { ReliableRouter } from '../router/reliable-router.ts';

/** What the radio does with what its router decides. */
export interface RouterHost {
  readonly nodeNum: number;
  readonly clock: Clock;
  role(): RelayRole;
  hopLimit(): number;
  preset(): ModemPreset;
  newPacketId(): number;
  /** Put a packet in the radio's transmit queue. */
  transmit(packet: Mesh.MeshPacket): void;
  /** A packet for this node or for everyone, as heard (with its rx fields), for the phone. */
  deliver(packet: Mesh.MeshPacket): void;
  /** An own broadcast sent with want_ack was heard relayed: the firmware's implicit ack. */
  broadcastAcked(id: number): void;
}

const ROLE_BY_NUMBER: Partial<Record<number, RelayRole>> = { 0: 'CLIENT', 1: 'CLIENT_MUTE', 2: 'ROUTER', 4: 'REPEATER', 11: 'ROUTER_LATE' };

/** The router's role name for a Config.DeviceConfig.Role; roles the model does not tell apart relay as clients. */
export function relayRoleOf(role: number): RelayRole {
  return ROLE_BY_NUMBER[role] ?? 'CLIENT';
}

const silentTraces = (): RouterTraces => ({
  duplicateHeard: new TracedCallback(),
  relayCancelled: new TracedCallback(),
  ackSent: new TracedCallback(),
  nextHopLearned: new TracedCallback(),
  retransmitted: new TracedCallback(),
  gaveUp: new TracedCallback(),
});

export class RadioRouterPort implements NodePort {
  readonly router: ReliableRouter;
  readonly traces = silentTraces();
  /** The packet being handled, as heard: what `deliver` hands the phone. */
  private hearing: Mesh.MeshPacket | undefined;
  /** Channels of packets heard for this node, so an ack goes back on the channel the message came on. */
  private readonly channelOf = new Map<number, number>();

  constructor(private readonly host: RouterHost) {
    this.router = new ReliableRouter(this);
  }

  get id(): number {
    return this.host.nodeNum;
  }

  get role(): RelayRole {
    return this.host.role();
  }

  get hopLimit(): number {
    return this.host.hopLimit();
  }

  /** A packet of this node's own (from the phone, or the radio itself). */
  send(packet: Mesh.MeshPacket): void {
    this.router.send(this.airPacketOf(packet));
  }

  /** A packet heard on air, with its rx fields set; true when the radio had not heard it before. */
  hear(packet: Mesh.MeshPacket, snrDb: number): boolean {
    this.hearing = packet;
    try {
      return this.router.handleReceived(this.airPacketOf(packet), snrDb);
    } finally {
      this.hearing = undefined;
    }
  }

  /** The radio put a packet on air: its retransmission timer starts from here. */
  transmitted(packet: Mesh.MeshPacket): void {
    const bytes = toBinary(Mesh.MeshPacketSchema, packet).length;
    this.router.onTransmitted(packet.id, airtimeMs(this.host.preset(), MESH_HEADER_BYTES + bytes));
  }

  // NodePort

  now(): number {
    return this.host.clock.nowMs();
  }

  enqueue(packet: AirPacket): void {
    this.host.transmit(this.meshPacketOf(packet));
  }

  /** Packets go to the transmit queue at once, which sends them in order: nothing waits here to be cancelled. */
  queued(): undefined {
    return undefined;
  }

  cancelQueued(): void {}

  deferToLateWindow(): void {}

  /** On a perfect medium nobody contends: the transmit queue's pace is all the waiting there is. */
  ownTxDelayMs(): number {
    return 0;
  }

  relayTxDelayMs(): number {
    return 0;
  }

  retransmissionTimeoutMs(airtime: number, snrDb: number): number {
    return retransmissionTimeoutMs(this.host.preset(), airtime, snrDb);
  }

  airtimeMs(bytes: number): number {
    return airtimeMs(this.host.preset(), bytes);
  }

  armRetransmissionTimer(id: number, atMs: number, generation: number): void {
    this.host.clock.schedule(Math.max(0, atMs - this.now()), () => this.router.onRetransmissionTimeout(id, generation));
  }

  deliver(packet: AirPacket): void {
    const heard = this.hearing;
    if (!heard || heard.id !== packet.id) return;
    if (heard.to === this.id) this.channelOf.set(heard.id, heard.channel);
    if (this.channelOf.size > 64) this.channelOf.delete(this.channelOf.keys().next().value as number);
    this.host.deliver(heard);
  }

  /** A want_ack packet got through; a direct message's ack (or NAK) reaches the phone through `deliver`. */
  acked(id: number): void {
    this.host.broadcastAcked(id);
  }

  newPacketId(): number {
    return this.host.newPacketId();
  }

  recordOwn(): void {}

  /** A single radio knows no one else's transmissions, so it learns no next hops from them. */
  relayersOf(): undefined {
    return undefined;
  }

  private airPacketOf(packet: Mesh.MeshPacket): AirPacket {
    const data = packet.payloadVariant.case === 'decoded' ? packet.payloadVariant.value : undefined;
    const encoded = toBinary(Mesh.MeshPacketSchema, packet);
    // MeshPacket.next_hop carries the last byte of a node number; 0 means none.
    const nextHop = packet.nextHop === 0 ? undefined : packet.nextHop === (this.id & 0xff) ? this.id : packet.nextHop;
    return {
      id: packet.id,
      from: packet.from,
      to: packet.to,
      hopLimit: packet.hopLimit,
      hopStart: packet.hopStart,
      bytes: MESH_HEADER_BYTES + encoded.length,
      kind: kindOfPortnum(data?.portnum ?? 0, DEFAULT_PORTNUM),
      wantAck: packet.wantAck,
      requestId: data?.requestId ?? 0,
      relayNode: packet.relayNode,
      nextHop,
      payload: data?.payload,
      meshPacket: encoded,
    };
  }

  private meshPacketOf(packet: AirPacket): Mesh.MeshPacket {
    const relayNode = this.id & 0xff;
    const nextHop = packet.nextHop === undefined ? 0 : packet.nextHop & 0xff;
    if (packet.meshPacket) {
      const original = fromBinary(Mesh.MeshPacketSchema, packet.meshPacket);
      return create(Mesh.MeshPacketSchema, { ...original, hopLimit: packet.hopLimit, relayNode, nextHop, rxSnr: 0, rxRssi: 0, rxTime: 0 });
    }
    // A routing ack the router made: the answer to a want_ack message, on that message's channel.
    const ack = routingPacket({
      id: packet.id,
      from: packet.from,
      to: packet.to,
      requestId: packet.requestId,
      error: Mesh.Routing_Error.NONE,
      channel: this.channelOf.get(packet.requestId) ?? 0,
    });
    ack.hopLimit = packet.hopLimit;
    ack.hopStart = packet.hopStart;
    ack.relayNode = relayNode;
    return ack;
  }
}
