/**
 * A meshloom payload: [type byte][protobuf body][64-byte signature, for signed types]. The type byte holds the
 * format version (high 3 bits) and the message type (low 5 bits), so a future format can be told apart and
 * refused cleanly instead of misread.
 */
import { MeshloomError } from '../meshloom-error.ts';
import { appErrors } from './errors.ts';
import {
  bodies,
  type AlertAckBody,
  type AlertBody,
  type AnnounceBody,
  type DigestBody,
  type EntriesBody,
  type FragmentBody,
  type RequestBody,
} from './messages.ts';

const FORMAT_VERSION = 1;
export const SIGNATURE_BYTES = 64;

export const MESSAGE_TYPES = {
  entries: 1,
  signedEntries: 2,
  announce: 3,
  alert: 4,
  alertAck: 5,
  digest: 6,
  request: 7,
  fragment: 8,
} as const;

export type AppMessage =
  | { type: 'entries'; body: EntriesBody; signature?: Uint8Array }
  | { type: 'announce'; body: AnnounceBody; signature: Uint8Array }
  | { type: 'alert'; body: AlertBody; signature: Uint8Array }
  | { type: 'alertAck'; body: AlertAckBody; signature: Uint8Array }
  | { type: 'digest'; body: DigestBody }
  | { type: 'request'; body: RequestBody }
  | { type: 'fragment'; body: FragmentBody };

export function typeByte(type: number): number {
  return (FORMAT_VERSION << 5) | type;
}

function typeCode(message: AppMessage): number {
  if (message.type === 'entries') return message.signature ? MESSAGE_TYPES.signedEntries : MESSAGE_TYPES.entries;
  return MESSAGE_TYPES[message.type];
}

function encodeBody(message: AppMessage): Uint8Array {
  // Each message type names its codec in `bodies`.
  return (bodies[message.type].encode as (body: AppMessage['body']) => Uint8Array)(message.body);
}

export function encodeMessage(message: AppMessage): Uint8Array {
  const body = encodeBody(message);
  const signature = 'signature' in message ? message.signature : undefined;
  const out = new Uint8Array(1 + body.length + (signature ? SIGNATURE_BYTES : 0));
  out[0] = typeByte(typeCode(message));
  out.set(body, 1);
  if (signature) {
    if (signature.length !== SIGNATURE_BYTES) throw appErrors.MESHLOOM_ERR_FIELD_INVALID('signature', 'must be 64 bytes');
    out.set(signature, 1 + body.length);
  }
  return out;
}

/** Parse a payload; any byte string gives a message or a MeshloomError, never another kind of throw. */
export function decodeMessage(payload: Uint8Array): AppMessage {
  try {
    return decodeUnchecked(payload);
  } catch (err) {
    if (err instanceof MeshloomError) throw err;
    throw appErrors.MESHLOOM_ERR_MESSAGE_MALFORMED('meshloom', err instanceof Error ? err.message : String(err));
  }
}

function decodeUnchecked(payload: Uint8Array): AppMessage {
  if (payload.length === 0) throw appErrors.MESHLOOM_ERR_MESSAGE_EMPTY();
  const first = payload[0] as number;
  const version = first >> 5;
  if (version !== FORMAT_VERSION) throw appErrors.MESHLOOM_ERR_MESSAGE_VERSION(version);
  const type = first & 0x1f;
  const rest = payload.subarray(1);
  const signed = () => {
    if (rest.length < SIGNATURE_BYTES) throw appErrors.MESHLOOM_ERR_SIGNATURE_MISSING(String(type));
    return {
      body: rest.subarray(0, rest.length - SIGNATURE_BYTES),
      signature: rest.slice(rest.length - SIGNATURE_BYTES),
    };
  };
  switch (type) {
    case MESSAGE_TYPES.entries:
      return { type: 'entries', body: bodies.entries.decode(rest) };
    case MESSAGE_TYPES.signedEntries: {
      const { body, signature } = signed();
      return { type: 'entries', body: bodies.entries.decode(body), signature };
    }
    case MESSAGE_TYPES.announce: {
      const { body, signature } = signed();
      return { type: 'announce', body: bodies.announce.decode(body), signature };
    }
    case MESSAGE_TYPES.alert: {
      const { body, signature } = signed();
      return { type: 'alert', body: bodies.alert.decode(body), signature };
    }
    case MESSAGE_TYPES.alertAck: {
      const { body, signature } = signed();
      return { type: 'alertAck', body: bodies.alertAck.decode(body), signature };
    }
    case MESSAGE_TYPES.digest:
      return { type: 'digest', body: bodies.digest.decode(rest) };
    case MESSAGE_TYPES.request:
      return { type: 'request', body: bodies.request.decode(rest) };
    case MESSAGE_TYPES.fragment:
      return { type: 'fragment', body: bodies.fragment.decode(rest) };
    default:
      throw appErrors.MESHLOOM_ERR_MESSAGE_TYPE(type);
  }
}
