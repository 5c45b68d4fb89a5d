/**
 * Virtual radios on simulated nodes: a scenario's mesh runs in real time, and each attached virtual radio is
 * the phone API of one of its nodes. What a real gateway sends through the radio goes on the simulated air
 * from that node (path loss, collisions, the firmware's router); what the node receives there reaches the
 * gateway, including the meshloom packets of simulated gateways, so a real gateway process can sync with them.
 */
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { Mesh, Portnums } from '@meshtastic/protobufs';
import { DATA_OVERHEAD_BYTES, DEFAULT_PORTNUM } from '../../protocol/engine/engine.ts';
import { commonErrors } from '../../protocol/meshloom-error.ts';
import type { MeshSimulation } from '../mesh/mesh-simulation.ts';
import { kindOfPortnum } from '../mesh/packet-kinds.ts';
import type { RealTimeRunner } from '../mesh/real-time-runner.ts';
import type { AppDelivery } from '../mesh/sim-records.ts';
import type { VirtualRadio } from './virtual-radio.ts';

export interface SimulatedMediumOptions {
  /** Portnum of meshloom's packets (the simulated gateways' engines use it). Default 287. */
  meshloomPortnum?: number;
}

export class SimulatedMedium {
  private readonly radios = new Map<number, VirtualRadio>();
  /** Packets the attached radios sent and wait to hear acked, by the simulator's packet id. */
  private readonly awaitingAck = new Map<number, Mesh.MeshPacket>();
  private readonly portnum: number;

  constructor(
    private readonly sim: MeshSimulation,
    options: SimulatedMediumOptions = {},
    /** What runs the mesh in real time, so a radio's packet leaves at the moment it is sent. */
    private readonly runner?: RealTimeRunner,
  ) {
    this.portnum = options.meshloomPortnum ?? DEFAULT_PORTNUM;
    sim.traces.deliver.connect((delivery) => {
      const radio = this.radios.get(delivery.node);
      const packet = radio ? this.meshPacketOf(delivery) : undefined;
      if (radio && packet) radio.receive(packet, { snrDb: Math.round(delivery.snrDb * 4) / 4, rssiDbm: Math.round(delivery.rssiDbm) });
    });
    // The simulator's router settled a want_ack packet: the phone hears it once, as the firmware's phone does (an
    // implicit ack, from the radio itself, when its packet was heard relayed; else the destination's ack).
    sim.traces.acked.connect((record, by) => {
      const sent = this.awaitingAck.get(record.id);
      const radio = this.radios.get(record.from);
      if (!sent || !radio) return;
      this.awaitingAck.delete(record.id);
      radio.settled(sent.id, by, Mesh.Routing_Error.NONE);
    });
    sim.traces.router.gaveUp.connect((node, id) => {
      const sent = this.awaitingAck.get(id);
      if (!sent) return;
      this.awaitingAck.delete(id);
      this.radios.get(node)?.settled(sent.id, node, Mesh.Routing_Error.MAX_RETRANSMIT);
    });
  }

  /** Make `radio` the API of the simulated node with its node number. */
  attach(radio: VirtualRadio): void {
    const node = radio.nodeNum;
    if (!this.sim.nodeIds.includes(node)) throw commonErrors.MESHLOOM_ERR_USAGE(`node ${node} is not in the scenario, so no radio can stand for it`);
    this.radios.set(node, radio);
    radio.on('transmit', (packet) => this.transmit(node, packet));
  }

  private transmit(node: number, packet: Mesh.MeshPacket): void {
    this.runner?.catchUp();
    const decoded = packet.payloadVariant.case === 'decoded' ? packet.payloadVariant.value : undefined;
    const portnum = decoded?.portnum ?? 0;
    const onAirBytes = packet.payloadVariant.case === 'encrypted' ? packet.payloadVariant.value.length : (decoded?.payload.length ?? 0) + DATA_OVERHEAD_BYTES;
    const id = this.sim.send(node, this.sim.nowMs, {
      to: packet.to,
      // An encoded Data on a channel is at most 239 bytes (docs/meshtastic-facts.md).
      payloadBytes: Math.min(onAirBytes, 239),
      wantAck: packet.wantAck,
      kind: kindOfPortnum(portnum, this.portnum),
      // The simulated gateways' engines read meshloom's payload; attached radios get the packet as it was sent.
      ...(portnum === this.portnum && decoded ? { payload: decoded.payload } : {}),
      meshPacket: toBinary(Mesh.MeshPacketSchema, packet),
    });
    this.runner?.reschedule();
    if (packet.wantAck) {
      this.awaitingAck.set(id, packet);
      // Unacked ones are given up by the radio after its own timeout; keep only the recent ones here.
      if (this.awaitingAck.size > 1_000) this.awaitingAck.delete(this.awaitingAck.keys().next().value as number);
    }
  }

  /**
   * The packet a radio hears: the sender's own when a radio sent it, else one made for the simulated sender
   * (meshloom packets and chat; simulated positions and telemetry carry nothing a gateway reads, and are left out).
   */
  private meshPacketOf(delivery: AppDelivery): Mesh.MeshPacket | undefined {
    const hopStart = this.sim.hopLimit;
    if (delivery.meshPacket) {
      const packet = fromBinary(Mesh.MeshPacketSchema, delivery.meshPacket);
      packet.hopLimit = Math.max(0, packet.hopStart - delivery.hops);
      return packet;
    }
    let data: { portnum: number; payload: Uint8Array } | undefined;
    if (delivery.kind === 'meshloom' && delivery.payload) data = { portnum: this.portnum, payload: delivery.payload };
    else if (delivery.kind === 'text')
      data = { portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: new TextEncoder().encode(`simulated chat from node ${delivery.from}`) };
    if (!data) return undefined;
    return create(Mesh.MeshPacketSchema, {
      from: delivery.from,
      to: delivery.to,
      id: delivery.id,
      hopStart,
      hopLimit: Math.max(0, hopStart - delivery.hops),
      payloadVariant: { case: 'decoded', value: data },
    });
  }
}
