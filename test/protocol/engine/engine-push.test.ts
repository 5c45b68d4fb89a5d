/**
 * Getting what a peer lacks to it in as few crossings of a lossy bridge as possible: a holder sends what a peer's
 * digest shows missing without being asked (its own chain at once, others' after a wait that another holder's
 * copy cancels), a signed run heard counts as a claim to ask again for, the nearest holder is the one asked, and
 * packets leave a radio link three airtimes apart so that they do not meet each other's relays.
 */
import { describe, expect, it } from 'vitest';
import { Category, entryDefaults } from '../../../protocol/app/messages.ts';
import { toMinute } from '../../../protocol/app/meshloom-time.ts';
import { decodeMessage, encodeMessage } from '../../../protocol/app/packet-format.ts';
import { DATA_OVERHEAD_BYTES, DEFAULT_PORTNUM, MeshloomEngine } from '../../../protocol/engine/engine.ts';
import { packetAirtimeMs } from '../../../protocol/meshtastic/airtime.ts';
import { LedgerStore } from '../../../store/ledger-store.ts';
import { IP_LINK_ENGINE, TEST_EPOCH_MS, testKeys } from '../../support/engine-fixtures.ts';
import { EngineNetwork, type Node } from '../../support/engine-network.ts';
import type { OutboundPacket } from '../../../protocol/engine/engine-types.ts';

const entry = (net: EngineNetwork, i: number) =>
  entryDefaults({ minute: toMinute(net.nowMs), category: Category.MEALS, tenths: i, member: 'ana', note: `note ${i}` });

const typeOf = (packet: OutboundPacket) => decodeMessage(packet.payload).type;

/** Entries packets of `author`'s chain that `node` sent, as [first seq, count]. */
const runsOf = (node: Node, author: number) =>
  node.sent.flatMap((p) => {
    const m = decodeMessage(p.payload);
    return m.type === 'entries' && (m.body.author ?? node.num) === author ? [[m.body.seq, m.body.entries.length]] : [];
  });

/** Gateways a and b that know each other, cut apart while a records `entries` entries. */
function aRecordsWhileCut(seed: number, entries: number) {
  const net = new EngineNetwork({ seed });
  const a = net.add(0xa);
  const b = net.add(0xb);
  net.run(60_000);
  net.partition([0xa], [0xb]);
  for (let i = 1; i <= entries; i++) a.engine.submitEntry(net.nowMs, entry(net, i));
  net.run(60_000);
  return { net, a, b };
}

describe('pushing what a peer lacks', () => {
  it('sends its own entries a peer is behind on without being asked', () => {
    const { net, a, b } = aRecordsWhileCut(3, 3);
    // Every request is lost: only a push can bring b the entries.
    net.lose = (_from, _to, packet) => typeOf(packet) === 'request';
    net.heal();
    b.engine.digestSoon(net.nowMs);
    const took = net.runUntil(() => b.store.chainTip(0xa)?.seq === 3, 600_000);
    expect(took).toBeLessThan(60_000);
    expect(runsOf(a, 0xa).at(-1)).toEqual([1, 3]);
  });

  it('tells a peer it cannot push to (its key unknown) what it holds, soon, so that the peer asks', () => {
    const net = new EngineNetwork({ seed: 4 });
    const a = net.add(0xa);
    net.run(60_000);
    for (let i = 1; i <= 3; i++) a.engine.submitEntry(net.nowMs, entry(net, i));
    net.run(60_000);
    let bDigestAtA: number | undefined;
    let aDigestAfter: number | undefined;
    // b's announcements never reach a: a holds no key for b, and pushes only to gateways whose key it holds.
    net.lose = (from, to, packet) => {
      const type = typeOf(packet);
      if (from === 0xb && to === 0xa && type === 'digest') bDigestAtA ??= net.nowMs;
      if (from === 0xa && type === 'digest' && bDigestAtA !== undefined) aDigestAfter ??= net.nowMs;
      return from === 0xb && type === 'announce';
    };
    const b = net.add(0xb);
    net.runUntil(() => aDigestAfter !== undefined, 600_000);
    expect(bDigestAtA).toBeDefined();
    // Within the quarter debounce (5 s, jittered), not at the next round a quarter of an hour later.
    expect((aDigestAfter as number) - (bDigestAtA as number)).toBeLessThanOrEqual(6_000);
    net.runUntil(() => b.store.chainTip(0xa)?.seq === 3, 600_000);
    expect(b.store.chainTip(0xa)?.seq).toBe(3);
  });

  it('pushes another author`s chain, key and all, to a peer that lacks it, and one holder does it, not each', () => {
    const net = new EngineNetwork({ seed: 5 });
    const a = net.add(0xa);
    const c = net.add(0xc);
    const d = net.add(0xd);
    net.run(60_000);
    for (let i = 1; i <= 4; i++) a.engine.submitEntry(net.nowMs, entry(net, i));
    net.run(60_000);
    expect(c.store.chainTip(0xa)?.seq).toBe(4);
    expect(d.store.chainTip(0xa)?.seq).toBe(4);
    // b arrives after a has gone quiet for good, and every request is lost: c and d must bring a's chain unasked.
    net.crash(0xa);
    const b = net.add(0xb);
    net.lose = (_from, _to, packet) => typeOf(packet) === 'request';
    const before = runsOf(c, 0xa).length + runsOf(d, 0xa).length;
    net.runUntil(() => b.store.chainTip(0xa)?.seq === 4, 600_000);
    expect(b.store.getAuthor(0xa)).toBeDefined();
    // The first holder's copy cancels the other's: a's chain crossed once, not twice.
    expect(runsOf(c, 0xa).length + runsOf(d, 0xa).length - before).toBe(1);
    expect(Object.entries(b.engine.counters()).filter(([name, n]) => name.startsWith('rejected_') && n > 0)).toEqual([]);
  });
});

describe('answers not raced', () => {
  it('sends a gateway catching up on a long chain each entry once, though the answers are paced', () => {
    const net = new EngineNetwork({ seed: 9, engine: { airtimeShare: 1 } });
    const a = net.add(0xa);
    for (let i = 1; i <= 200; i++) a.engine.submitEntry(net.nowMs, entry(net, i));
    net.runUntil(() => a.engine.publishedSeq === 200, 3_600_000);
    const b = net.add(0xb);
    const before = a.sent.length;
    net.runUntil(() => b.store.chainTip(0xa)?.seq === 200, 3_600_000);
    const sentSeqs = a.sent.slice(before).flatMap((p) => {
      const m = decodeMessage(p.payload);
      return m.type === 'entries' ? m.body.entries.map((_, i) => m.body.seq + i) : [];
    });
    // An answer of 64 entries takes half a minute to leave; b asking again meanwhile had a send them again.
    expect(sentSeqs.length).toBe(200);
    expect(new Set(sentSeqs).size).toBe(200);
  });
});

describe('asking again', () => {
  it('takes a signed run heard as a claim: a lost request is asked again on its own clock', () => {
    const { net, a, b } = aRecordsWhileCut(6, 4);
    // No digest gets through either way, and b's first request is lost: all b learns of a's chain is entry 5.
    let requestsLost = 0;
    net.lose = (_from, _to, packet) => typeOf(packet) === 'digest' || (typeOf(packet) === 'request' && requestsLost++ < 1);
    net.heal();
    a.engine.submitEntry(net.nowMs, entry(net, 5));
    const took = net.runUntil(() => b.store.chainTip(0xa)?.seq === 5, 3_600_000);
    expect(requestsLost).toBe(2);
    // Asked again some 30 s later; without the claim b waited for a's next entry or a digest that never came.
    expect(took).toBeLessThan(2 * 60_000);
  });

  it('asks the nearest of the peers that hold what it lacks', () => {
    const net = new EngineNetwork({ seed: 7 });
    const a = net.add(0xa);
    const x = net.add(0x1);
    net.run(60_000);
    net.partition([0xa], [0x1]);
    for (let i = 1; i <= 5; i++) a.engine.submitEntry(net.nowMs, entry(net, i));
    net.run(60_000);
    const digest = encodeMessage({ type: 'digest', body: { heads: [{ author: 0xa, latest: 5 }] } });
    const hear = (from: number, hops: number) => x.driver.receive('radio', { from, to: 0xffffffff, portnum: DEFAULT_PORTNUM, payload: digest, hops });
    // A holder one hop away, then one three hops away that says the same.
    hear(0x22, 1);
    hear(0x21, 3);
    // Long enough for paced packets to leave, short of a follow-up.
    net.run(10_000);
    const asked = x.sent.filter((p) => typeOf(p) === 'request').map((p) => p.to);
    expect(asked).toEqual([0x22]);
  });
});

describe('pacing', () => {
  const engineAt = (nowMs: number, ip: boolean) =>
    new MeshloomEngine(
      { store: new LedgerStore({ path: ':memory:' }), nodeNum: 0xa, keys: testKeys(0xa), label: 'a', random: () => 0.5, ...(ip ? IP_LINK_ENGINE : {}) },
      nowMs,
    );

  it('hands the radio its next packet three airtimes after the last, and an IP link at once', () => {
    for (const ip of [false, true]) {
      const now = TEST_EPOCH_MS;
      const engine = engineAt(now, ip);
      for (let i = 1; i <= 2; i++) engine.submitEntry(now, entryDefaults({ minute: toMinute(now), tenths: i, member: 'ana', note: 'x'.repeat(150) }));
      engine.handleTimeout(now);
      const first = engine.pollTransmit(now) as OutboundPacket;
      const next = engine.pollTransmit(now);
      if (ip) {
        expect(next).toBeDefined();
        continue;
      }
      expect(next).toBeUndefined();
      const wait = 3 * packetAirtimeMs('LONG_FAST', first.payload.length + DATA_OVERHEAD_BYTES);
      expect(engine.pollTimeout()).toBe(now + wait);
      expect(engine.pollTransmit(now + wait - 1)).toBeUndefined();
      expect(engine.pollTransmit(now + wait)).toBeDefined();
    }
  });
});
