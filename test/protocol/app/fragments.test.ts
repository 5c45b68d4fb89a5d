import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fragmentPayload, MAX_MESSAGE_BYTES, Reassembler } from '../../../protocol/app/fragments.ts';
import { decodeMessage } from '../../../protocol/app/packet-format.ts';

function bodiesOf(payloads: Uint8Array[]) {
  return payloads.map((p) => {
    const message = decodeMessage(p);
    if (message.type !== 'fragment') throw new Error('not a fragment');
    return message.body;
  });
}

describe('fragments', () => {
  it('reassemble to the original payload, in any order, each piece within one packet', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 232, maxLength: 3_000 }), fc.integer({ min: 100, max: 231 }), fc.nat(), (payload, max, seed) => {
        const pieces = fragmentPayload(payload, 7, max);
        expect(pieces.every((p) => p.length <= max)).toBe(true);
        const fragments = bodiesOf(pieces);
        const order = fragments.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
        const reassembler = new Reassembler();
        const results = order.map((i) => reassembler.add(42, fragments[i]!, 0));
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(results.at(-1)).toEqual(payload);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a message over the limit with a clear error', () => {
    expect(() => fragmentPayload(new Uint8Array(MAX_MESSAGE_BYTES + 1), 1, 231)).toThrowError(
      expect.objectContaining({ code: 'MESHLOOM_ERR_MESSAGE_TOO_LONG' }),
    );
  });

  it('ignores a repeated piece and forgets an incomplete message after the timeout', () => {
    const [first, second] = bodiesOf(fragmentPayload(new Uint8Array(400).fill(9), 3, 231));
    const reassembler = new Reassembler({ timeoutMs: 1_000 });
    expect(reassembler.add(1, first!, 0)).toBeUndefined();
    expect(reassembler.add(1, first!, 10)).toBeUndefined();
    expect(reassembler.openCount).toBe(1);
    expect(reassembler.add(1, second!, 5_000)).toBeUndefined();
    expect(reassembler.openCount).toBe(1);
  });

  it('refuses pieces that disagree about their count', () => {
    const reassembler = new Reassembler();
    reassembler.add(1, { messageId: 5, index: 0, count: 3, data: Uint8Array.of(1) }, 0);
    expect(() => reassembler.add(1, { messageId: 5, index: 1, count: 4, data: Uint8Array.of(2) }, 0)).toThrowError(
      expect.objectContaining({ code: 'MESHLOOM_ERR_FRAGMENT_INVALID' }),
    );
  });
});
