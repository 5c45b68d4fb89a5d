/**
 * ROUTING_APP packets: the ack (error NONE) or NAK a node sends for a want_ack packet, and what a client reads
 * from them. Built by the virtual radio, read by the gateway's session.
 */
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { Mesh, Portnums } from '@meshtastic/protobufs';
import { errorMessage } from '../meshloom-error.ts';
import { streamErrors } from './errors.ts';

export interface RoutingPacketFields {
  id: number;
  from: number;
  to: number;
  /** The id of the packet this answers. */
  requestId: number;
  error: Mesh.Routing_Error;
  channel?: number;
}

export function routingPacket(fields: RoutingPacketFields): Mesh.MeshPacket {
  const routing = create(Mesh.RoutingSchema, { variant: { case: 'errorReason', value: fields.error } });
  return create(Mesh.MeshPacketSchema, {
    id: fields.id,
    from: fields.from,
    to: fields.to,
    channel: fields.channel ?? 0,
    priority: Mesh.MeshPacket_Priority.ACK,
    payloadVariant: {
      case: 'decoded',
      value: { portnum: Portnums.PortNum.ROUTING_APP, payload: toBinary(Mesh.RoutingSchema, routing), requestId: fields.requestId },
    },
  });
}

/** The error reason a Routing payload carries; undefined for route discovery messages. */
export function routingErrorOf(payload: Uint8Array): Mesh.Routing_Error | undefined {
  let routing: Mesh.Routing;
  try {
    routing = fromBinary(Mesh.RoutingSchema, payload);
  } catch (err) {
    throw streamErrors.MESHLOOM_ERR_PAYLOAD_INVALID(`routing payload: ${errorMessage(err)}`);
  }
  return routing.variant.case === 'errorReason' ? routing.variant.value : undefined;
}
