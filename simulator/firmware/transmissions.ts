/**
 * Packets crossing between firmware processes and the simulated air. A firmware node in simulation mode hands
 * over what it transmits as a SIMULATOR_APP packet whose payload is a `Compressed` holding the real portnum and
 * payload (UNKNOWN_APP: ciphertext it could not decode), and hears what is written back to it in the same form
 * (../shared/firmware/README.md). On the simulated air a packet is kept as it would be on a real one: decoded
 * with its own portnum, or encrypted, so modelled nodes, virtual radios and firmware nodes read one form.
 */
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { Mesh, Portnums } from '@meshtastic/protobufs';
import { MESH_HEADER_BYTES } from '../../protocol/meshtastic/airtime.ts';
import { BROADCAST_NUM } from '../../protocol/meshtastic/stream-constants.ts';
import { kindOfPortnum, portnumOfKind } from '../mesh/packet-kinds.ts';
import type { AirPacket } from '../router/air-packet.ts';

/** A transmission in SIMULATOR_APP form as it is on the air; undefined when its wrapper does not parse. */
export function unwrapTransmission(packet: Mesh.MeshPacket): Mesh.MeshPacket | undefined {
  if (packet.payloadVariant.case !== 'decoded') return undefined;
  let inner: Mesh.Compressed;
  try {
    inner = fromBinary(Mesh.CompressedSchema, packet.payloadVariant.value.payload);
  } catch {
    return undefined;
  }
  const onAir = create(Mesh.MeshPacketSchema, { ...packet, rxSnr: 0, rxRssi: 0 });
  if (inner.portnum === Portnums.PortNum.UNKNOWN_APP) onAir.payloadVariant = { case: 'encrypted', value: inner.data };
  else
    onAir.payloadVariant = { case: 'decoded', value: create(Mesh.DataSchema, { ...packet.payloadVariant.value, portnum: inner.portnum, payload: inner.data }) };
  return onAir;
}

/** A packet as on the air, in the form a firmware node hears it. */
export function wrapForFirmware(packet: Mesh.MeshPacket): Mesh.MeshPacket {
  const variant = packet.payloadVariant;
  const inner =
    variant.case === 'encrypted'
      ? { portnum: Portnums.PortNum.UNKNOWN_APP, data: variant.value }
      : { portnum: variant.value?.portnum ?? 0, data: variant.value?.payload ?? new Uint8Array() };
  const data = variant.case === 'decoded' ? variant.value : create(Mesh.DataSchema);
  const compressed = toBinary(Mesh.CompressedSchema, create(Mesh.CompressedSchema, inner));
  return create(Mesh.MeshPacketSchema, {
    ...packet,
    payloadVariant: { case: 'decoded', value: create(Mesh.DataSchema, { ...data, portnum: Portnums.PortNum.SIMULATOR_APP, payload: compressed }) },
  });
}

/** Bytes on the air: the header and the encoded Data (or its ciphertext, the same length). */
export function onAirBytes(packet: Mesh.MeshPacket): number {
  const variant = packet.payloadVariant;
  if (variant.case === 'encrypted') return MESH_HEADER_BYTES + variant.value.length;
  if (variant.case === 'decoded') return MESH_HEADER_BYTES + toBinary(Mesh.DataSchema, variant.value).length;
  return MESH_HEADER_BYTES;
}

export interface NodeNumbers {
  /** The scenario node whose on-air number ends in this byte, if exactly one does (relay_node, next_hop). */
  byLastByte(byte: number): number | undefined;
  /** The node number a scenario node has on the air (a firmware node picks its own). */
  onAir(node: number): number;
}

/** A firmware node's transmission (already unwrapped) as a packet on the simulated air. */
export function airPacketOf(packet: Mesh.MeshPacket, numbers: NodeNumbers, meshloomPortnum: number): AirPacket {
  const data = packet.payloadVariant.case === 'decoded' ? packet.payloadVariant.value : undefined;
  const kind = data ? kindOfPortnum(data.portnum, meshloomPortnum) : 'text';
  return {
    id: packet.id,
    from: packet.from,
    to: packet.to,
    hopLimit: packet.hopLimit,
    hopStart: packet.hopStart,
    bytes: onAirBytes(packet),
    kind,
    // On the air want_ack is only set on direct messages (the firmware clears it on broadcasts).
    wantAck: packet.wantAck,
    requestId: data?.requestId ?? 0,
    relayNode: numbers.byLastByte(packet.relayNode) ?? packet.from,
    nextHop: packet.nextHop ? numbers.byLastByte(packet.nextHop) : undefined,
    payload: kind === 'meshloom' ? data?.payload : undefined,
    meshPacket: toBinary(Mesh.MeshPacketSchema, packet),
  };
}

/**
 * What a node hears of a packet on the simulated air, as a MeshPacket: the one that travelled (a firmware node's
 * or a virtual radio's) with this copy's hop limit and relayer, or one made for a modelled node's packet.
 */
export function meshPacketOfAir(packet: AirPacket, numbers: NodeNumbers, meshloomPortnum: number): Mesh.MeshPacket {
  const relayNode = numbers.onAir(packet.relayNode) & 0xff;
  const nextHop = packet.nextHop === undefined ? undefined : numbers.onAir(packet.nextHop) & 0xff;
  if (packet.meshPacket) {
    const travelled = fromBinary(Mesh.MeshPacketSchema, packet.meshPacket);
    travelled.hopLimit = packet.hopLimit;
    travelled.relayNode = relayNode;
    // A next hop the model could not name (two nodes ending in the same byte) stays as the sender set it.
    if (nextHop !== undefined) travelled.nextHop = nextHop;
    travelled.rxSnr = 0;
    travelled.rxRssi = 0;
    return travelled;
  }
  return create(Mesh.MeshPacketSchema, {
    id: packet.id,
    from: packet.from,
    to: packet.to,
    hopLimit: packet.hopLimit,
    hopStart: packet.hopStart,
    wantAck: packet.wantAck && packet.to !== BROADCAST_NUM,
    relayNode,
    nextHop: nextHop ?? 0,
    payloadVariant: {
      case: 'decoded',
      value: { portnum: portnumOfKind(packet.kind, meshloomPortnum), payload: modelledPayload(packet), requestId: packet.requestId },
    },
  });
}

/** What a modelled node's packet carries: its payload, or stand-in content the receiving firmware can parse. */
function modelledPayload(packet: AirPacket): Uint8Array {
  if (packet.payload) return packet.payload;
  switch (packet.kind) {
    case 'text':
      return new TextEncoder().encode(`simulated chat from node ${packet.from}`);
    case 'routing':
      return toBinary(Mesh.RoutingSchema, create(Mesh.RoutingSchema, { variant: { case: 'errorReason', value: Mesh.Routing_Error.NONE } }));
    default:
      // Positions, node info and telemetry of modelled nodes carry no content: an empty message parses as one.
      return new Uint8Array();
  }
}
