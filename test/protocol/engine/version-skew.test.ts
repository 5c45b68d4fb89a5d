/**
 * Version skew: a newer gateway adds fields this version does not know. Its entries, announcement and alert are
 * hashed, verified, stored and relayed here as the bytes they came as, so a gateway one hop further still
 * verifies them, and nothing is counted as forged or altered. The newer gateway is written here with an extended
 * copy of meshloom.proto (a field more in Entry, Announce and Alert), encoded by protobufjs as a later release's
 * generated codec would.
 */
import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { toMinute } from '../../../protocol/app/meshloom-time.ts';
import { concatBytes } from '../../../protocol/bytes.ts';
import { decodeEntry } from '../../../protocol/app/messages.ts';
import { encodeMessage, MESSAGE_TYPES, typeByte } from '../../../protocol/app/packet-format.ts';
import { genesisHead, keyPairFromSecret, nextHead, signChainHead, signMessage } from '../../../protocol/app/signatures.ts';
import { DEFAULT_PORTNUM } from '../../../protocol/engine/engine.ts';
import { IP_LINK_ENGINE } from '../../support/engine-fixtures.ts';
import { EngineNetwork } from '../../support/engine-network.ts';

const NEWER = 0x0e0e0e0e;
const NEWER_KEYS = keyPairFromSecret(new Uint8Array(32).fill(0x4e));
const BROADCAST = 0xffffffff;

/** meshloom.proto as a later release might extend it. */
function extendedSchema(): protobuf.Root {
  const proto = readFileSync(new URL('../../../protocol/app/meshloom.proto', import.meta.url), 'utf8')
    .replace('message Entry {', 'message Entry {\n  string photo_hash = 15;')
    .replace('message Announce {', 'message Announce {\n  string contact = 5;')
    .replace('message Alert {', 'message Alert {\n  string web_link = 18;');
  return protobuf.parse(proto, { keepCase: false }).root;
}

describe('version skew', () => {
  it('an older gateway keeps, verifies and relays what a newer one wrote, unknown fields and enum values and all', () => {
    const schema = extendedSchema();
    const net = new EngineNetwork();
    // The older gateway B hears the newer one on its radio and passes everything on over a federation link to C.
    const b = net.add(0xb, { links: { radio: {}, federation: IP_LINK_ENGINE } });
    const c = net.add(0xc, { links: { federation: IP_LINK_ENGINE } });
    net.run(5_000);
    const hear = (payload: Uint8Array) => b.engine.receive(net.nowMs, { from: NEWER, to: BROADCAST, portnum: DEFAULT_PORTNUM, payload });

    const Announce = schema.lookupType('meshloom.Announce');
    const announceBytes = Announce.encode({ publicKey: NEWER_KEYS.publicKey, label: 'Newer Street', latestSeq: 2, contact: 'hall' }).finish();
    const announceSignature = signMessage(NEWER_KEYS, {
      type: 'announce',
      body: { publicKey: NEWER_KEYS.publicKey, label: 'Newer Street', latestSeq: 2, author: NEWER, signed: announceBytes },
    });
    hear(concatBytes([Uint8Array.of(typeByte(MESSAGE_TYPES.announce)), announceBytes, announceSignature]));

    const Entry = schema.lookupType('meshloom.Entry');
    const minute = toMinute(net.nowMs);
    // The newer release also added a kind (42) and a category (77) this version has never heard of.
    const entryBytes = [
      Entry.encode({ minute, kind: 42, category: 77, member: 'ana', note: 'something new', photoHash: 'ph1' }).finish(),
      Entry.encode({ minute, category: 1, tenths: 20, member: 'ana', note: 'soup 2', photoHash: 'ph2' }).finish(),
    ];
    const head = entryBytes.reduce((h, bytes) => nextHead(h, bytes), genesisHead(NEWER));
    hear(
      encodeMessage({
        type: 'entries',
        body: { seq: 1, entries: entryBytes.map((bytes) => decodeEntry(bytes)), bodies: entryBytes },
        signature: signChainHead(NEWER_KEYS, NEWER, 2, head),
      }),
    );

    const Alert = schema.lookupType('meshloom.Alert');
    const alertBytes = Alert.encode({
      id: 1,
      sentMinute: minute,
      expiresMinute: minute + 120,
      headline: 'River rising',
      severity: 2,
      webLink: 'http://hall.local',
    }).finish();
    const alertSignature = signMessage(NEWER_KEYS, {
      type: 'alert',
      body: {
        id: 1,
        sentMinute: minute,
        expiresMinute: minute + 120,
        headline: 'River rising',
        event: '',
        instruction: '',
        area: '',
        severity: 2,
        urgency: 0,
        certainty: 0,
        category: 0,
        response: 0,
        msgType: 0,
        references: [],
        author: NEWER,
        signed: alertBytes,
      },
    });
    hear(concatBytes([Uint8Array.of(typeByte(MESSAGE_TYPES.alert)), alertBytes, alertSignature]));

    net.runUntil(() => c.store.chainTip(NEWER)?.seq === 2 && c.store.getAlert(NEWER, 1) !== undefined, 10 * 60_000);
    for (const gateway of [b, c]) {
      // Stored as written: each entry's bytes still hold the field this version cannot read.
      expect(entryBytes.map((_, i) => gateway.store.entryBody(NEWER, i + 1))).toEqual(entryBytes.map((bytes) => Uint8Array.from(bytes)));
      expect(Entry.decode(gateway.store.entryBody(NEWER, 2) as Uint8Array).toJSON()).toMatchObject({ photoHash: 'ph2' });
      expect(gateway.store.getAlert(NEWER, 1)?.body.headline).toBe('River rising');
      expect(Alert.decode(gateway.store.getAlert(NEWER, 1)?.body.signed as Uint8Array).toJSON()).toMatchObject({ webLink: 'http://hall.local' });
      expect(gateway.store.getAuthor(NEWER)?.label).toBe('Newer Street');
      // The entry of an unknown kind is kept (its chain goes on past it), and read as the numbers it holds.
      expect(decodeEntry(gateway.store.entryBody(NEWER, 1) as Uint8Array)).toMatchObject({ kind: 42, category: 77, note: 'something new' });
      const rejected = Object.entries(gateway.engine.counters()).filter(([name, n]) => name.startsWith('rejected_') && n > 0);
      expect(rejected).toEqual([]);
    }
  });
});
