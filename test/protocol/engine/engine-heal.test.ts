/**
 * Healing after a partition, where lossy multi-hop bridges lose packets again and again: a requester asks only
 * for what it lacks (not again for entries it holds waiting for their signature), keeps asking at the base wait
 * while the peer is plainly there, and a radio that comes back from a long silence brings the next digest forward.
 */
import { Portnums } from '@meshtastic/protobufs';
import { describe, expect, it } from 'vitest';
import { Category, entryDefaults } from '../../../protocol/app/messages.ts';
import { toMinute } from '../../../protocol/app/meshloom-time.ts';
import { decodeMessage, encodeMessage } from '../../../protocol/app/packet-format.ts';
import { DEFAULT_PORTNUM, MeshloomEngine } from '../../../protocol/engine/engine.ts';
import { LedgerStore } from '../../../store/ledger-store.ts';
import { TEST_EPOCH_MS, testKeys } from '../../support/engine-fixtures.ts';
import { EngineNetwork, type Node } from '../../support/engine-network.ts';

const entry = (net: EngineNetwork, i: number) =>
  entryDefaults({ minute: toMinute(net.nowMs), category: Category.MEALS, tenths: i, member: 'ana', note: `a longer note to fill packets, number ${i}` });

const requests = (node: Node) =>
  node.sent.flatMap((p) => {
    const message = decodeMessage(p.payload);
    return message.type === 'request' && message.body.fromSeq > 0 ? [message.body.fromSeq] : [];
  });

describe('healing over a lossy bridge', () => {
  it('asks only for the signed rest when the last packet of an answer is lost', () => {
    const net = new EngineNetwork({ seed: 2 });
    const a = net.add(0xa);
    net.partition([0xa], [0xb]);
    const b = net.add(0xb);
    for (let i = 1; i <= 12; i++) a.engine.submitEntry(net.nowMs, entry(net, i));
    net.run(60_000);
    // The last, signed packet of every answer from a to b is lost three times; everything else gets through.
    let lost = 0;
    net.lose = (from, to, packet) => {
      const message = decodeMessage(packet.payload);
      if (from !== 0xa || to !== 0xb || message.type !== 'entries' || !message.signature || lost >= 3) return false;
      lost++;
      return true;
    };
    net.heal();
    net.runUntil(() => b.store.chainTip(0xa)?.seq === 12, 3_600_000);
    const asked = requests(b);
    expect(asked[0]).toBe(1);
    // After the first loss b holds the unsigned entries: it asks from past them, never from 1 again.
    expect(asked.slice(1).every((from) => from > 1)).toBe(true);
    expect(lost).toBe(3);
    expect(Object.entries(b.engine.counters()).filter(([name, n]) => name.startsWith('rejected_') && n > 0)).toEqual([]);
  });

  it('asks again at the base wait while the peer is heard, and backs off while it is not', () => {
    const secondsToHeal = (heardMeanwhile: boolean) => {
      const net = new EngineNetwork({ seed: 4 });
      const a = net.add(0xa);
      net.partition([0xa], [0xb]);
      const b = net.add(0xb);
      for (let i = 1; i <= 3; i++) a.engine.submitEntry(net.nowMs, entry(net, i));
      net.run(60_000);
      // For 100 s every answer is lost on the way; a's one digest gets through.
      const start = net.nowMs;
      net.lose = (from, _to, packet) => from === 0xa && decodeMessage(packet.payload).type === 'entries' && net.nowMs < start + 100_000;
      net.heal();
      a.engine.digestSoon(net.nowMs);
      while (b.store.chainTip(0xa)?.seq !== 3) {
        // a speaks without claiming anything: it asks b for a chain nobody has.
        const question = encodeMessage({ type: 'request', body: { author: 0x99, fromSeq: 1 } });
        if (heardMeanwhile) b.engine.receive(net.nowMs, { from: 0xa, to: 0xb, portnum: DEFAULT_PORTNUM, payload: question });
        net.run(5_000);
      }
      return (net.nowMs - start) / 1000;
    };
    const whileHeard = secondsToHeal(true);
    const whileSilent = secondsToHeal(false);
    // 110 s against 140 s here: heard, b asks every 30 s or so; unheard, 30 s, 1 minute, 2 minutes apart. (With
    // the wait doubling either way, both took the same.)
    expect(whileHeard).toBeLessThan(whileSilent);
  });
});

describe('a key that does not come', () => {
  it('is asked for again on our own clock while its signed entries wait, not at the next digest', () => {
    const net = new EngineNetwork({ seed: 8 });
    const a = net.add(0xa);
    const b = net.add(0xb);
    // a's first two announcements to b are lost: the one at start and the answer to b's first question.
    let lost = 0;
    net.lose = (from, to, packet) => from === 0xa && to === 0xb && decodeMessage(packet.payload).type === 'announce' && lost++ < 2;
    net.run(60_000);
    a.engine.submitEntry(net.nowMs, entry(net, 1));
    const took = net.runUntil(() => b.store.chainTip(0xa)?.seq === 1, 3_600_000);
    expect(lost).toBeGreaterThanOrEqual(2);
    // The next digest would have come a quarter of an hour later.
    expect(took).toBeLessThan(5 * 60_000);
  });
});

describe('a radio that comes back', () => {
  const NODEINFO = Portnums.PortNum.NODEINFO_APP;
  const MINUTE = 60_000;

  function engineAt(nowMs: number): MeshloomEngine {
    // Unpaced, so that what is due now all leaves now and pollTimeout() is the next digest.
    return new MeshloomEngine(
      { store: new LedgerStore({ path: ':memory:' }), nodeNum: 0xa, keys: testKeys(0xa), label: 'a', random: () => 0.5, paceAirtimes: 0 },
      nowMs,
    );
  }

  /** Send everything due by `nowMs`, and say when the engine next has work. */
  function settle(engine: MeshloomEngine, nowMs: number): number {
    engine.handleTimeout(nowMs);
    while (engine.pollTransmit(nowMs)) {}
    return engine.pollTimeout() as number;
  }

  it('after 18 minutes unheard, its node info brings the digest forward: once per digest interval', () => {
    let now = TEST_EPOCH_MS;
    const engine = engineAt(now);
    engine.heardRadio(now, 0x77, Portnums.PortNum.POSITION_APP);
    engine.heardRadio(now, 0x78, Portnums.PortNum.POSITION_APP);
    now += MINUTE;
    const regular = settle(engine, now);
    expect(regular - now).toBeGreaterThan(10 * MINUTE);

    now += 18 * MINUTE;
    const next = settle(engine, now);
    expect(engine.heardRadio(now, 0x77, NODEINFO)).toBe(true);
    const soon = engine.pollTimeout() as number;
    expect(soon).toBeLessThan(next);
    // Within the return spread (10 s), not the 20 s debounce of a local change.
    expect(soon - now).toBeLessThanOrEqual(10_000);
    // A second radio back from the same outage: the digest already coming is for it too.
    expect(engine.heardRadio(now + 1_000, 0x78, NODEINFO)).toBe(false);
  });

  it('a short silence, or another kind of packet after a long one, changes nothing', () => {
    let now = TEST_EPOCH_MS;
    const engine = engineAt(now);
    engine.heardRadio(now, 0x77, NODEINFO);
    engine.heardRadio(now, 0x78, NODEINFO);
    now += 5 * MINUTE;
    settle(engine, now);
    expect(engine.heardRadio(now, 0x77, NODEINFO)).toBe(false);
    now += 25 * MINUTE;
    settle(engine, now);
    expect(engine.heardRadio(now, 0x78, Portnums.PortNum.TELEMETRY_APP)).toBe(false);
    // Never heard before: a new radio, not one coming back.
    expect(engine.heardRadio(now, 0x79, NODEINFO)).toBe(false);
  });
});
