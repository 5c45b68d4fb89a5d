/** The one engine driver: what order packets leave in, and that it wakes for what it must. */
import { describe, expect, it } from 'vitest';
import { entryDefaults } from '../../../protocol/app/messages.ts';
import { IP_LINK_ENGINE } from '../../support/engine-fixtures.ts';
import { EngineNetwork } from '../../support/engine-network.ts';

describe('EngineDriver', () => {
  it('sends a backlog of own entries as runs before the digest that tells of them, so no peer asks for them again', () => {
    const net = new EngineNetwork({ engine: IP_LINK_ENGINE });
    const a = net.add(0xa);
    const b = net.add(0xb);
    // A backlog, as after the broker was away: 1,000 entries before the link first sends.
    for (let i = 0; i < 1_000; i++) a.engine.submitEntry(net.nowMs, entryDefaults({ minute: 1_500_000, tenths: i, member: 'ana', note: `backlog ${i}` }));
    net.run(60_000);
    const kinds = a.sent.map((p) => p.kind);
    const runs = kinds.filter((k) => k === 'entries').length;
    expect(runs).toBeGreaterThan(10);
    expect(kinds.indexOf('digest')).toBeGreaterThan(kinds.lastIndexOf('entries'));
    expect(b.store.chainTip(0xa)?.seq).toBe(1_000);
    // Nothing was sent twice: no answers to requests for entries the runs already carried.
    expect(kinds.filter((k) => k === 'answer')).toEqual([]);
  });

  it('reads a backlog of unsent own entries a packet at a time, never all at once', () => {
    const net = new EngineNetwork({ engine: IP_LINK_ENGINE });
    const a = net.add(0xa);
    net.add(0xb);
    for (let i = 0; i < 3_000; i++) a.engine.submitEntry(net.nowMs, entryDefaults({ minute: 1_500_000, tenths: i, member: 'ana', note: `backlog ${i}` }));
    const ranges: number[] = [];
    const read = a.store.entriesBetween.bind(a.store);
    a.store.entriesBetween = (author, fromSeq, toSeq) => {
      ranges.push(toSeq - fromSeq + 1);
      return read(author, fromSeq, toSeq);
    };
    net.run(60_000);
    expect(ranges.length).toBeGreaterThan(40);
    expect(Math.max(...ranges)).toBeLessThanOrEqual(64);
  });

  it('wakes a quiet engine when its next digest falls due, and not before', () => {
    const net = new EngineNetwork();
    const a = net.add(0xa);
    net.run(1_000);
    const sentBefore = a.sent.length;
    const due = a.driver.pollTimeout()!;
    expect(due).toBeGreaterThan(net.nowMs);
    net.run(due - net.nowMs - 1);
    expect(a.sent.length).toBe(sentBefore);
    net.run(1);
    expect(a.sent.length).toBeGreaterThan(sentBefore);
  });
});
