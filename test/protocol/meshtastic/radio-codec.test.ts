import { describe, expect, it } from 'vitest';
import { decodeFromRadio } from '../../../protocol/meshtastic/radio-codec.ts';

describe('decodeFromRadio', () => {
  it('refuses a FromRadio with nothing in it', () => {
    expect(() => decodeFromRadio(new Uint8Array([0x08, 0x05]))).toThrow(/no payload variant set/);
  });

  it('reads a variant newer than our protobufs as one with no case, to be skipped, not as broken', () => {
    // id = 5, then field 99 (a variant this version does not know) as a length-delimited message of 2 bytes.
    const message = decodeFromRadio(new Uint8Array([0x08, 0x05, 0x9a, 0x06, 0x02, 0x08, 0x01]));
    expect(message.id).toBe(5);
    expect(message.payloadVariant.case).toBeUndefined();
    expect(message.$unknown?.[0]?.no).toBe(99);
  });
});
