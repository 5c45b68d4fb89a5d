import { describe, expect, it } from 'vitest';
import { entryDefaults } from '../../../protocol/app/messages.ts';
import { genesisHead, keyPairFromSecret, nextHead, signChainHead, signMessage, verifyChainHead, verifyMessage } from '../../../protocol/app/signatures.ts';

const alice = keyPairFromSecret(new Uint8Array(32).fill(1));
const mallory = keyPairFromSecret(new Uint8Array(32).fill(2));
const entries = [1, 2, 3].map((n) => entryDefaults({ minute: 100 + n, tenths: n * 10, member: 'ana' }));

function headAfter(author: number, list = entries) {
  return list.reduce((head, e) => nextHead(head, e), genesisHead(author));
}

describe('hash-chain signatures', () => {
  it('one signature over the head covers every entry before it', () => {
    const signature = signChainHead(alice, 0x1234, 3, headAfter(0x1234));
    expect(verifyChainHead(alice.publicKey, 0x1234, 3, headAfter(0x1234), signature)).toBe(true);
  });

  it('fails when any entry in the run is altered, reordered, or signed by another key', () => {
    const signature = signChainHead(alice, 0x1234, 3, headAfter(0x1234));
    const altered = [entries[0]!, { ...entries[1]!, tenths: 999 }, entries[2]!];
    expect(verifyChainHead(alice.publicKey, 0x1234, 3, headAfter(0x1234, altered), signature)).toBe(false);
    const reordered = [entries[1]!, entries[0]!, entries[2]!];
    expect(verifyChainHead(alice.publicKey, 0x1234, 3, headAfter(0x1234, reordered), signature)).toBe(false);
    const forged = signChainHead(mallory, 0x1234, 3, headAfter(0x1234));
    expect(verifyChainHead(alice.publicKey, 0x1234, 3, headAfter(0x1234), forged)).toBe(false);
  });

  it('binds author and sequence number: a signature cannot be moved to another chain or position', () => {
    const signature = signChainHead(alice, 0x1234, 3, headAfter(0x1234));
    expect(verifyChainHead(alice.publicKey, 0x9999, 3, headAfter(0x1234), signature)).toBe(false);
    expect(verifyChainHead(alice.publicKey, 0x1234, 4, headAfter(0x1234), signature)).toBe(false);
  });
});

describe('message signatures', () => {
  it('cover the author even when it is left out on air, and the message type', () => {
    const ack = { type: 'alertAck' as const, body: { alertAuthor: 7, alertId: 1, acker: 0x1234 } };
    const signature = signMessage(alice, ack);
    expect(verifyMessage(alice.publicKey, ack, signature)).toBe(true);
    expect(verifyMessage(alice.publicKey, { ...ack, body: { ...ack.body, acker: 0x5678 } }, signature)).toBe(false);
    expect(verifyMessage(alice.publicKey, { ...ack, body: { ...ack.body, alertId: 2 } }, signature)).toBe(false);
  });

  it('treats a malformed signature as not verifying', () => {
    const ack = { type: 'alertAck' as const, body: { alertAuthor: 7, alertId: 1, acker: 1 } };
    expect(verifyMessage(alice.publicKey, ack, new Uint8Array(64).fill(0xff))).toBe(false);
  });
});
