/**
 * What fits in one packet, and how often the firmware lets a client send on a port. Checked before anything is
 * queued: the firmware drops oversized or rate-limited packets with no error a client could see (for
 * POSITION, WAYPOINT, ALERT and TELEMETRY it even answers with a QueueStatus that says OK).
 */
import { create, toBinary } from '@bufbuild/protobuf';
import { Mesh, Portnums } from '@meshtastic/protobufs';
import { streamErrors } from './errors.ts';
import { DATA_PAYLOAD_MAX_BYTES, ENCODED_DATA_MAX_BYTES } from './stream-constants.ts';

/** The firmware adds the bitfield (ok-to-MQTT) to every Data it sends: 2 more bytes on air. */
const BITFIELD_BYTES = 2;
/** A PKI-encrypted direct message spends 12 bytes of the packet on its nonce and tag. */
const PKI_OVERHEAD_BYTES = 12;

export interface PayloadShape {
  portnum: number;
  payload: Uint8Array;
  pki?: boolean;
  wantResponse?: boolean;
  requestId?: number;
  replyId?: number;
}

/** Bytes of the encoded Data the packet will carry on air. */
function encodedDataBytes(shape: PayloadShape): number {
  const data = create(Mesh.DataSchema, {
    portnum: shape.portnum,
    payload: shape.payload,
    wantResponse: shape.wantResponse ?? false,
    requestId: shape.requestId ?? 0,
    replyId: shape.replyId ?? 0,
  });
  return toBinary(Mesh.DataSchema, data).length + BITFIELD_BYTES;
}

function fits(shape: PayloadShape): boolean {
  const limit = ENCODED_DATA_MAX_BYTES - (shape.pki ? PKI_OVERHEAD_BYTES : 0);
  return shape.payload.length <= DATA_PAYLOAD_MAX_BYTES && encodedDataBytes(shape) <= limit;
}

/** Largest payload that fits on a port (231 for PRIVATE_APP on a channel, 219 as a PKI DM). */
function maxPayloadBytes(portnum: number, pki = false): number {
  let bytes = DATA_PAYLOAD_MAX_BYTES;
  while (bytes > 0 && !fits({ portnum, payload: new Uint8Array(bytes), pki })) bytes--;
  return bytes;
}

/** Throws MESHLOOM_ERR_PAYLOAD_TOO_LARGE when the payload cannot travel in one packet. */
export function assertPayloadFits(shape: PayloadShape): void {
  if (!fits(shape)) {
    throw streamErrors.MESHLOOM_ERR_PAYLOAD_TOO_LARGE(shape.payload.length, maxPayloadBytes(shape.portnum, shape.pki), shape.portnum);
  }
}

/** Least time between two packets a client hands the firmware on these ports (PhoneAPI::handleToRadioPacket). */
export const PORT_MIN_INTERVAL_MS: ReadonlyMap<number, number> = new Map([
  [Portnums.PortNum.TEXT_MESSAGE_APP, 2_000],
  [Portnums.PortNum.POSITION_APP, 10_000],
  [Portnums.PortNum.WAYPOINT_APP, 10_000],
  [Portnums.PortNum.ALERT_APP, 10_000],
  [Portnums.PortNum.TELEMETRY_APP, 10_000],
  [Portnums.PortNum.TRACEROUTE_APP, 30_000],
]);
