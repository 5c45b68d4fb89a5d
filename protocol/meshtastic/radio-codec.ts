/**
 * The radio's own messages (FromRadio radio->host, ToRadio host->radio) over @meshtastic/protobufs, with the
 * checks a stream needs: a payload that does not parse, or parses to nothing the firmware would send, is an
 * error value, so the frame decoder can resync instead of trusting it.
 */
import { create, fromBinary, toBinary, toJson, type JsonValue, type MessageInitShape } from '@bufbuild/protobuf';
import { Mesh } from '@meshtastic/protobufs';
import { errorMessage } from '../meshloom-error.ts';
import { streamErrors } from './errors.ts';
import { encodeFrame } from './frame-encoder.ts';

export type FromRadio = Mesh.FromRadio;
export type ToRadio = Mesh.ToRadio;
export type FromRadioInit = MessageInitShape<typeof Mesh.FromRadioSchema>;
export type ToRadioInit = MessageInitShape<typeof Mesh.ToRadioSchema>;

/**
 * Parse a FromRadio. Every FromRadio the firmware sends sets one payload variant, so one with none is refused,
 * unless it holds fields our protobufs do not know: that is a variant newer than them (firmware 2.8 sends one
 * 2.7.18 lacks), returned with no case so the reader can skip and count it rather than report it as broken.
 */
export function decodeFromRadio(payload: Uint8Array): FromRadio {
  let message: FromRadio;
  try {
    message = fromBinary(Mesh.FromRadioSchema, payload);
  } catch (err) {
    throw streamErrors.MESHLOOM_ERR_FROMRADIO_INVALID(errorMessage(err));
  }
  if (message.payloadVariant.case === undefined && !message.$unknown?.length) {
    throw streamErrors.MESHLOOM_ERR_FROMRADIO_INVALID('no payload variant set');
  }
  return message;
}

/** Parse a ToRadio; an empty one is a valid no-op, as the firmware treats it. */
export function decodeToRadio(payload: Uint8Array): ToRadio {
  try {
    return fromBinary(Mesh.ToRadioSchema, payload);
  } catch (err) {
    throw streamErrors.MESHLOOM_ERR_TORADIO_INVALID(errorMessage(err));
  }
}

export function toRadioFrame(init: ToRadioInit): Uint8Array {
  return encodeFrame(toBinary(Mesh.ToRadioSchema, create(Mesh.ToRadioSchema, init)));
}

export function fromRadioFrame(init: FromRadioInit): Uint8Array {
  return encodeFrame(toBinary(Mesh.FromRadioSchema, create(Mesh.FromRadioSchema, init)));
}

/** Protobuf JSON (camelCase field names, enum names, base64 bytes): what `meshloom decode` prints. */
export function fromRadioToJson(message: FromRadio): JsonValue {
  return toJson(Mesh.FromRadioSchema, message);
}
