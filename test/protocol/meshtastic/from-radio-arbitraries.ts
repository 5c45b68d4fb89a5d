/** fast-check arbitraries for FromRadio frames and the log text a radio prints between them. */
import { create, toBinary } from '@bufbuild/protobuf';
import { Mesh } from '@meshtastic/protobufs';
import fc from 'fast-check';
import { concatBytes } from '../../../protocol/bytes.ts';
import type { FromRadioInit } from '../../../protocol/meshtastic/radio-codec.ts';

/** Bytes that make framing hard: the start bytes in either order, newline, carriage return. */
const trickyByte = fc.constantFrom(0x94, 0xc3, 0x0a, 0x0d, 0x00);
const payloadBytes = fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), trickyByte), { maxLength: 233 }).map((bytes) => Uint8Array.from(bytes));

const u32 = fc.integer({ min: 1, max: 0xffffffff });

const fromRadioInit: fc.Arbitrary<FromRadioInit> = fc.oneof(
  fc.record({ id: u32, portnum: fc.integer({ min: 1, max: 511 }), payload: payloadBytes, from: u32 }).map(({ id, portnum, payload, from }) => ({
    id,
    payloadVariant: {
      case: 'packet' as const,
      value: { from, to: 0xffffffff, id, payloadVariant: { case: 'decoded' as const, value: { portnum, payload } } },
    },
  })),
  fc.record({ nonce: u32 }).map(({ nonce }) => ({ payloadVariant: { case: 'configCompleteId' as const, value: nonce } })),
  fc.constant({ payloadVariant: { case: 'rebooted' as const, value: true } }),
  fc.record({ free: fc.integer({ min: 0, max: 16 }), id: u32 }).map(({ free, id }) => ({
    payloadVariant: { case: 'queueStatus' as const, value: { res: 0, free, maxlen: 16, meshPacketId: id } },
  })),
  fc.record({ message: fc.string({ maxLength: 200 }) }).map(({ message }) => ({
    payloadVariant: { case: 'logRecord' as const, value: { message, source: 'Router', level: 20 } },
  })),
);

export const fromRadioPayload: fc.Arbitrary<Uint8Array> = fromRadioInit.map((init) => toBinary(Mesh.FromRadioSchema, create(Mesh.FromRadioSchema, init)));

/** Characters of firmware log lines, plus the UTF-8 whose bytes hold 0x94 and 0xC3 ("Ô" is C3 94). */
const logChar = fc.oneof(
  fc.constantFrom('Ô', 'ô', 'Ã', '\u0094', 'é', 'ø', '€', '📡', '\u001b[34m', '\u001b[0m', ' ', '|', '0x94'),
  fc.string({ minLength: 1, maxLength: 1 }).filter((c) => c !== '\n' && c !== '\r'),
);

/** One log line as the firmware prints it, with its terminator. */
export const logLine: fc.Arbitrary<string> = fc
  .tuple(fc.array(logChar, { minLength: 1, maxLength: 60 }), fc.constantFrom('\n', '\r\n'))
  .map(([chars, end]) => `${chars.join('')}${end}`);

export const randomBytes: fc.Arbitrary<Uint8Array> = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 255 }), trickyByte), { minLength: 1, maxLength: 300 })
  .map((bytes) => Uint8Array.from(bytes));

/** Split a byte string at the given fractions of its length. */
export function splitAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let last = 0;
  for (const p of points) {
    chunks.push(bytes.subarray(last, p));
    last = p;
  }
  chunks.push(bytes.subarray(last));
  return chunks;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  return concatBytes(parts);
}

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}
