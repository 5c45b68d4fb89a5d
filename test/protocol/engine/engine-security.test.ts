/**
 * Holding the channel key lets anyone put packets on air with any sender. None of that may forge or alter an
 * author's entries, alerts or acks; replays change nothing. Every rejection is counted.
 */
import { describe, expect, it } from 'vitest';
import { Category, entryDefaults } from '../../../protocol/app/messages.ts';
import { toMinute } from '../../../protocol/app/meshloom-time.ts';
import { decodeMessage, encodeMessage } from '../../../protocol/app/packet-format.ts';
import { genesisHead, keyPairFromSecret, nextHead, signChainHead, signMessage } from '../../../protocol/app/signatures.ts';
import { DEFAULT_PORTNUM } from '../../../protocol/engine/engine.ts';
import { EngineNetwork } from '../../support/engine-network.ts';

const MALLORY = keyPairFromSecret(new Uint8Array(32).fill(0x66));
const BROADCAST = 0xffffffff;

function setup() {
  const net = new EngineNetwork();
  const a = net.add(0xa);
  const b = net.add(0xb);
  net.run(5_000);
  const inject = (from: number, payload: Uint8Array) => b.engine.receive(net.nowMs, { from, to: BROADCAST, portnum: DEFAULT_PORTNUM, payload });
  return { net, a, b, inject };
}

describe('engine authenticity', () => {
  it("rejects entries signed by a key other than the author's, and counts them", () => {
    const { net, b, inject } = setup();
    const entry = entryDefaults({ minute: toMinute(net.nowMs), category: Category.MEALS, tenths: 9990, member: 'mallory' });
    const head = nextHead(genesisHead(0xa), entry);
    inject(0xa, encodeMessage({ type: 'entries', body: { seq: 1, entries: [entry] }, signature: signChainHead(MALLORY, 0xa, 1, head) }));
    expect(b.store.views.entryCount()).toBe(0);
    expect(b.engine.counters().rejected_forged).toBe(1);
  });

  it('rejects an altered copy of a real entry, keeps the real one, and ignores an exact replay', () => {
    const { net, a, b, inject } = setup();
    a.engine.submitEntry(net.nowMs, entryDefaults({ minute: toMinute(net.nowMs), category: Category.WATER, tenths: 50, member: 'ana' }));
    net.run(5_000);
    const real = a.sent.find((p) => p.kind === 'entries')!;
    const message = decodeMessage(real.payload);
    if (message.type !== 'entries' || !message.signature) throw new Error('expected a signed run');
    inject(0xa, real.payload);
    expect(b.engine.counters().replayed_entries).toBe(1);
    // Built from the fields, so the altered entry is encoded afresh rather than carried as the bytes that came.
    const { bodies: _travelled, ...fields } = message.body;
    const altered = { ...message, body: { ...fields, author: 0xa, entries: [{ ...fields.entries[0]!, tenths: 5000 }] } };
    inject(0xc, encodeMessage(altered));
    expect(b.engine.counters().rejected_altered).toBe(1);
    expect(b.store.views.totals()).toEqual([{ category: Category.WATER, unit: 5, quantity: 5, entries: 1 }]);
  });

  it('flags an announcement that tries to replace a pinned key, and keeps the pinned one', () => {
    const { net, b, inject } = setup();
    const pinned = b.store.getAuthor(0xa)!.publicKey;
    const body = { publicKey: MALLORY.publicKey, label: 'not really A', latestSeq: 0, author: 0xa };
    inject(0xa, encodeMessage({ type: 'announce', body, signature: signMessage(MALLORY, { type: 'announce', body }) }));
    expect(b.store.getAuthor(0xa)!.publicKey).toEqual(pinned);
    expect(b.store.getAuthor(0xa)!.conflicts).toBe(1);
    expect(b.engine.counters()['rejected_key-conflict']).toBe(1);
    net.run(0);
    expect(b.events.some((e) => e.type === 'rejected' && e.reason === 'key-conflict')).toBe(true);
  });

  it('rejects a forged alert and a forged ack', () => {
    const { net, a, b, inject } = setup();
    const body = {
      id: 1,
      sentMinute: toMinute(net.nowMs),
      expiresMinute: toMinute(net.nowMs) + 60,
      headline: 'Evacuate now',
      event: 'Flood',
      instruction: '',
      area: '',
      severity: 1 as const,
      urgency: 1 as const,
      certainty: 1 as const,
      category: 0 as const,
      response: 2 as const,
      msgType: 0 as const,
      references: [],
      author: 0xa,
    };
    inject(0xa, encodeMessage({ type: 'alert', body, signature: signMessage(MALLORY, { type: 'alert', body }) }));
    expect(b.store.alerts()).toEqual([]);
    expect(b.engine.counters().rejected_forged).toBe(1);

    const alert = a.engine.submitAlert(net.nowMs, {
      headline: 'Water main burst on Elm St',
      event: 'Water outage',
      instruction: 'Use the hall tap',
      area: 'Elm St',
      severity: 3,
      urgency: 1,
      certainty: 1,
      category: 9,
      response: 3,
      msgType: 0,
      references: [],
      expiresAtMs: net.nowMs + 3_600_000,
    });
    const ackBody = { alertAuthor: 0xa, alertId: alert.body.id, acker: 0xb };
    a.engine.receive(net.nowMs, {
      from: 0xb,
      to: 0xa,
      portnum: DEFAULT_PORTNUM,
      payload: encodeMessage({ type: 'alertAck', body: ackBody, signature: signMessage(MALLORY, { type: 'alertAck', body: ackBody }) }),
    });
    expect(a.store.ackers(0xa, alert.body.id)).toEqual([]);
    expect(a.engine.counters().rejected_forged).toBe(1);
  });

  it('counts garbage as malformed and carries on', () => {
    const { net, a, b, inject } = setup();
    inject(0xa, Uint8Array.of(0x22, 0xff, 0xff, 0xff));
    inject(0xa, new Uint8Array(0));
    expect(b.engine.counters().rejected_malformed).toBe(2);
    a.engine.submitEntry(net.nowMs, entryDefaults({ minute: toMinute(net.nowMs), tenths: 10 }));
    net.run(5_000);
    expect(b.store.views.entryCount()).toBe(1);
  });

  it('spends a bounded share on forged digests: unknown authors and impossible chain lengths', () => {
    const { net, b, inject } = setup();
    const HOUR = 3_600_000;
    const asked = () => b.sent.filter((p) => p.kind === 'request').length;
    // Requests sent so far, every 10 s.
    const counts: number[] = [asked()];
    // 300 digests from one radio, each claiming 64 authors nobody knows and A's chain at 2^32-1.
    for (let i = 0; i < 300; i++) {
      const heads = [{ author: 0xa, latest: 0xffffffff }, ...Array.from({ length: 64 }, (_, j) => ({ author: 0x1000 + i * 64 + j, latest: 0xffffffff }))];
      inject(0xe, encodeMessage({ type: 'digest', body: { heads } }));
      net.run(10_000);
      counts.push(asked());
    }
    for (let t = 0; t < HOUR; t += 10_000) {
      net.run(10_000);
      counts.push(asked());
    }
    // In any hour, at most the peer's hourly allowances (keys and entries, 60 each), not one per forged author.
    const perHour = counts.map((n, i) => n - (counts[Math.max(0, i - HOUR / 10_000)] as number));
    expect(Math.max(...perHour)).toBeLessThanOrEqual(2 * 60);
    expect((counts.at(-1) as number) - (counts[0] as number)).toBeLessThan(300);
    expect(b.engine.syncLag(net.nowMs)).toBe(0);
    expect(b.engine.counters().requests_capped).toBeGreaterThan(0);
  });

  it('pins a bounded number of identities nobody asked for, and forgets those that never sign anything', () => {
    const { net, b, inject } = setup();
    const before = b.store.listAuthors().length;
    for (let i = 0; i < 2_000; i++) {
      const author = 0x20000 + i;
      const keys = keyPairFromSecret(Uint8Array.from({ length: 32 }, (_, j) => (i * 31 + j * 7 + 1) & 0xff));
      const body = { publicKey: keys.publicKey, label: `made up ${i}`, latestSeq: 0, author };
      const { author: _sender, ...onAir } = body;
      inject(author, encodeMessage({ type: 'announce', body: onAir, signature: signMessage(keys, { type: 'announce', body }) }));
    }
    const pinned = b.store.listAuthors().length - before;
    expect(pinned).toBeLessThanOrEqual(64);
    expect(b.engine.counters().identities_refused).toBe(2_000 - pinned);
    net.run(8 * 24 * 3_600_000);
    // A week on, the made-up ones that never signed anything are gone; A, which wrote nothing either, re-announces.
    expect(b.store.listAuthors().filter((a) => a.label.startsWith('made up'))).toEqual([]);
    expect(b.engine.counters().identities_forgotten).toBeGreaterThanOrEqual(pinned);
  });
});
