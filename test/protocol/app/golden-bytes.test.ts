/**
 * Golden bytes: each message type encoded from fixed values, byte for byte. A round trip cannot see a change of
 * the wire format (both ends change together); these fail on any. Changing one is a format change: old gateways
 * read what is on air and in peers' stores, so it needs the rule in docs/decisions/0008 (a new field, or a new
 * format version), and the new bytes are pasted here on purpose.
 */
import { describe, expect, it } from 'vitest';
import { entryDefaults } from '../../../protocol/app/messages.ts';
import { decodeMessage, encodeMessage, type AppMessage } from '../../../protocol/app/packet-format.ts';

const sig = new Uint8Array(64).map((_, i) => i);
const key = new Uint8Array(32).map((_, i) => 0xa0 + i);
const messages = {
  entries: { type: 'entries', body: { seq: 3, entries: [entryDefaults({ minute: 1_500_000, category: 1, tenths: 120, member: 'ana', note: 'soup' })] } },
  signedEntriesOfAnother: {
    type: 'entries',
    body: {
      seq: 7,
      author: 0x6d6c0001,
      entries: [
        entryDefaults({ minute: 1_500_001, kind: 5, refSeq: 2, void: true }),
        entryDefaults({ minute: 1_500_002, kind: 3, tenths: 10, member: 'bo', toMember: 'cy@!6d6c0002', unit: 9 }),
      ],
    },
    signature: sig,
  },
  checkInsAndResponse: {
    type: 'entries',
    body: {
      seq: 9,
      entries: [
        entryDefaults({ minute: 1_500_003, kind: 6, member: 'Garcia' }),
        entryDefaults({ minute: 1_500_004, kind: 6, member: 'Flat 4', wellbeing: 1, note: 'no water' }),
        entryDefaults({ minute: 1_500_005, kind: 7, member: 'ali', refAuthor: 0x6d6c0002, refSeq: 4, step: 1 }),
      ],
    },
  },
  announce: { type: 'announce', body: { publicKey: key, label: 'Elm Street', latestSeq: 42 }, signature: sig },
  alert: {
    type: 'alert',
    body: {
      id: 2,
      sentMinute: 1_500_000,
      expiresMinute: 1_500_120,
      headline: 'River rising',
      event: 'Flood',
      instruction: 'Go uphill',
      area: 'Mill Lane',
      severity: 2,
      urgency: 1,
      certainty: 1,
      category: 1,
      response: 2,
      msgType: 1,
      references: [1],
      circle: { latitudeE5: 5150740, longitudeE5: -12780, radiusM: 800 },
      author: 0x6d6c0001,
      scope: 1,
    },
    signature: sig,
  },
  alertAck: { type: 'alertAck', body: { alertAuthor: 0x6d6c0001, alertId: 2, acker: 0x6d6c0002 }, signature: sig },
  digest: {
    type: 'digest',
    body: {
      heads: [
        { author: 0x6d6c0001, latest: 42 },
        { author: 0x6d6c0002, latest: 7 },
      ],
    },
  },
  request: { type: 'request', body: { author: 0x6d6c0001, fromSeq: 5 } },
  fragment: { type: 'fragment', body: { messageId: 77, index: 1, count: 3, data: Uint8Array.of(1, 2, 3) } },
} satisfies Record<string, AppMessage>;

const GOLDEN: Record<keyof typeof messages, string> = {
  entries: '210803121308e0c65b100118782203616e612a04736f7570',
  signedEntriesOfAnother:
    '220807120a08e1c65b300550025801121c08e2c65b180a2202626f30033809420c6379402136643663303030321d01006c6d000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f',
  checkInsAndResponse:
    '210809120e08e3c65b22064761726369613006121a08e4c65b2206466c617420342a086e6f20776174657230066801121508e5c65b2203616c693007488280b0eb0650047001',
  announce:
    '230a20a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf120a456c6d20537472656574182a000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f',
  alert:
    '24080210e0c65b18d8c75b220c526976657220726973696e672a05466c6f6f643209476f20757068696c6c3a094d696c6c204c616e654002480150015801600268017201017a0c08a8e0f40410d7c70118a006880101850101006c6d000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f',
  alertAck:
    '250d01006c6d10021d02006c6d000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f',
  digest: '260a0801006c6d02006c6d12022a07',
  request: '270d01006c6d1005',
  fragment: '28084d100118032203010203',
};

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('golden bytes', () => {
  it.each(Object.keys(messages) as (keyof typeof messages)[])('%s encodes to its recorded bytes, and they decode and encode back unchanged', (name) => {
    expect(hex(encodeMessage(messages[name] as AppMessage))).toBe(GOLDEN[name]);
    const decoded = decodeMessage(Buffer.from(GOLDEN[name], 'hex'));
    expect(decoded.type).toBe(messages[name].type);
    expect(hex(encodeMessage(decoded))).toBe(GOLDEN[name]);
  });
});
