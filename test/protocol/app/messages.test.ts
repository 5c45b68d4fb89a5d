import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { MeshloomError } from '../../../protocol/meshloom-error.ts';
import * as messages from '../../../protocol/app/messages.ts';
import { decodeMessage, encodeMessage, typeByte, MESSAGE_TYPES, type AppMessage } from '../../../protocol/app/packet-format.ts';
import { appMessage } from './arbitraries.ts';

/** A decoded message less the bytes it keeps of itself (`bodies` of entries, `signed` of signed bodies). */
function withoutTravelledBytes(message: AppMessage): AppMessage {
  const { bodies: _bodies, signed: _signed, ...body } = message.body as typeof message.body & { bodies?: unknown; signed?: unknown };
  return { ...message, body } as AppMessage;
}

describe('meshloom messages', () => {
  it('round-trip: every message decodes to what was encoded, and encodes again to the same bytes', () => {
    fc.assert(
      fc.property(appMessage, (message) => {
        const encoded = encodeMessage(message);
        const decoded = decodeMessage(encoded);
        expect(withoutTravelledBytes(decoded)).toEqual(message);
        expect(encodeMessage(decoded)).toEqual(encoded);
      }),
      { numRuns: 500 },
    );
  });

  it('any byte string decodes to a message or a MeshloomError, never another throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 1, max: 8 }), (bytes, type) => {
        for (const payload of [bytes, Uint8Array.of(typeByte(type), ...bytes)]) {
          try {
            decodeMessage(payload);
          } catch (err) {
            expect(err).toBeInstanceOf(MeshloomError);
          }
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('refuses an unknown version and an unknown type with their own codes', () => {
    expect(() => decodeMessage(Uint8Array.of(0x40 | 1))).toThrowError(expect.objectContaining({ code: 'MESHLOOM_ERR_MESSAGE_VERSION' }));
    expect(() => decodeMessage(Uint8Array.of(typeByte(31)))).toThrowError(expect.objectContaining({ code: 'MESHLOOM_ERR_MESSAGE_TYPE' }));
    expect(() => decodeMessage(new Uint8Array())).toThrowError(expect.objectContaining({ code: 'MESHLOOM_ERR_MESSAGE_EMPTY' }));
  });

  it('refuses a signed message too short to hold its signature', () => {
    expect(() => decodeMessage(Uint8Array.of(typeByte(MESSAGE_TYPES.alert), 1, 2, 3))).toThrowError(
      expect.objectContaining({ code: 'MESHLOOM_ERR_SIGNATURE_MISSING' }),
    );
  });

  it('keeps its TypeScript enums equal to meshloom.proto', () => {
    const root = protobuf.parse(readFileSync(new URL('../../../protocol/app/meshloom.proto', import.meta.url), 'utf8')).root;
    const pairs: [string, Record<string, number>][] = [
      ['Kind', messages.Kind],
      ['Category', messages.Category],
      ['Unit', messages.Unit],
      ['Availability', messages.Availability],
      ['MsgType', messages.MsgType],
      ['Scope', messages.Scope],
      ['Severity', messages.Severity],
      ['Urgency', messages.Urgency],
      ['Certainty', messages.Certainty],
      ['AlertCategory', messages.AlertCategory],
      ['ResponseType', messages.ResponseType],
    ];
    for (const [name, values] of pairs) expect(values, name).toEqual(root.lookupEnum(`meshloom.${name}`).values);
  });

  it('gives the exact bytes of each entry of a run, unknown fields included', () => {
    const entries = [1, 2, 3].map((i) => messages.entryDefaults({ minute: 1_500_000 + i, tenths: i, member: `m${i}`, note: 'x'.repeat(i) }));
    const body = messages.bodies.entries.encode({ seq: 7, entries, author: 0xa1 });
    expect(messages.entryBytesOf(body)).toEqual(entries.map((e) => Uint8Array.from(messages.encodeEntry(e))));
    // An entry from a newer version, with a field 15 (varint 1) this one does not know: its bytes stay whole.
    const newer = Uint8Array.from([...messages.encodeEntry(entries[0]!), 15 << 3, 1]);
    const withUnknown = Uint8Array.from([(2 << 3) | 2, newer.length, ...newer]);
    expect(messages.entryBytesOf(withUnknown)).toEqual([newer]);
    expect(() => messages.entryBytesOf(Uint8Array.of((2 << 3) | 2, 50, 1))).toThrowError(expect.objectContaining({ code: 'MESHLOOM_ERR_MESSAGE_MALFORMED' }));
  });

  it('a single contribution with a 20-character note fits in a small packet', () => {
    const payload = encodeMessage({
      type: 'entries',
      body: {
        seq: 1234,
        entries: [messages.entryDefaults({ minute: 1_500_000, category: messages.Category.MEALS, tenths: 120, member: 'ana', note: 'soup for the 3rd flr' })],
      },
      signature: new Uint8Array(64),
    });
    expect(payload.length).toBeLessThanOrEqual(110);
  });
});
