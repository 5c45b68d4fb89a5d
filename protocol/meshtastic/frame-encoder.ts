/** Wraps a protobuf in the stream API's 4-byte header: 0x94 0xC3, then the payload length big-endian. */
import { streamErrors } from './errors.ts';
import { FRAME_HEADER_BYTES, FRAME_START1, FRAME_START2, MAX_FRAME_PAYLOAD_BYTES } from './stream-constants.ts';

export function encodeFrame(payload: Uint8Array): Uint8Array {
  if (payload.length > MAX_FRAME_PAYLOAD_BYTES) {
    throw streamErrors.MESHLOOM_ERR_FRAME_TOO_LONG(payload.length, MAX_FRAME_PAYLOAD_BYTES);
  }
  const frame = new Uint8Array(FRAME_HEADER_BYTES + payload.length);
  frame[0] = FRAME_START1;
  frame[1] = FRAME_START2;
  frame[2] = payload.length >> 8;
  frame[3] = payload.length & 0xff;
  frame.set(payload, FRAME_HEADER_BYTES);
  return frame;
}
