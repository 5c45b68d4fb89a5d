import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeFrame, openFrame } from '../../../protocol/app/federation-frame.ts';
import { keyPairFromSecret } from '../../../protocol/app/signatures.ts';

const alice = keyPairFromSecret(new Uint8Array(32).fill(1));
const mallory = keyPairFromSecret(new Uint8Array(32).fill(2));
const hex = (key: Uint8Array) => Buffer.from(key).toString('hex');
const trusted = new Set([hex(alice.publicKey)]);
const payload = Uint8Array.of(0x12, 1, 2, 3);

describe('federation frames', () => {
  it('open when signed by a trusted key for this federation', () => {
    const verdict = openFrame('hoods', trusted, encodeFrame('hoods', alice, 0xa, 0xffffffff, payload));
    expect(verdict).toMatchObject({ ok: true, frame: { from: 0xa, to: 0xffffffff, payload } });
  });

  it('refuse keys off the trust list, other federations, and altered frames', () => {
    expect(openFrame('hoods', trusted, encodeFrame('hoods', mallory, 0xa, 1, payload))).toMatchObject({ ok: false, reason: 'untrusted' });
    expect(openFrame('hoods', trusted, encodeFrame('other', alice, 0xa, 1, payload))).toMatchObject({ ok: false, reason: 'forged' });
    const bytes = encodeFrame('hoods', alice, 0xa, 1, payload);
    const altered = bytes.slice();
    altered[altered.indexOf(0x12)] = 0x13;
    expect(openFrame('hoods', trusted, altered)).toMatchObject({ ok: false, reason: 'forged' });
  });

  it('never throw on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(openFrame('hoods', trusted, bytes).ok).toBe(false);
      }),
    );
  });
});
