import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Category, Kind, entryDefaults } from '../../../protocol/app/messages.ts';
import { toMinute } from '../../../protocol/app/meshloom-time.ts';
import { EngineNetwork } from '../../support/engine-network.ts';
import { seeded } from '../../../simulator/seeded-random.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function contribution(net: EngineNetwork, i: number) {
  return entryDefaults({ minute: toMinute(net.nowMs), category: Category.MEALS, tenths: 10 * (1 + (i % 9)), member: `m${i % 4}`, note: `pot ${i}` });
}

describe('engine replication', () => {
  it('carries one entry from its author to another gateway', () => {
    const net = new EngineNetwork();
    const a = net.add(0xa1);
    const b = net.add(0xb2);
    net.run(5_000);
    a.engine.submitEntry(net.nowMs, contribution(net, 1));
    net.run(5_000);
    expect(b.store.views.entryCount()).toBe(1);
    expect(b.events.some((e) => e.type === 'entry' && e.author === 0xa1 && !e.local)).toBe(true);
  });

  it('converges every engine to the same ledger over a channel that loses 30% of copies', () => {
    const net = new EngineNetwork({ lossRate: 0.3, seed: 7 });
    const nums = [0x11, 0x22, 0x33, 0x44, 0x55];
    const nodes = nums.map((n) => net.add(n));
    const random = seeded(99);
    for (let i = 0; i < 100; i++) {
      net.run(30_000 * random());
      nodes[i % nodes.length]!.engine.submitEntry(net.nowMs, contribution(net, i));
    }
    const took = net.runUntil(() => net.converged() && nodes.every((n) => n.store.views.entryCount() === 100), 6 * 3_600_000);
    expect(nodes.map((n) => n.store.views.entryCount())).toEqual([100, 100, 100, 100, 100]);
    expect(took).toBeLessThan(6 * 3_600_000);
  });

  it('heals a partition: both sides end with every entry made on either', () => {
    const net = new EngineNetwork({ lossRate: 0.1, seed: 3 });
    const nodes = [0x1, 0x2, 0x3, 0x4].map((n) => net.add(n));
    net.run(60_000);
    net.partition([0x1, 0x2], [0x3, 0x4]);
    for (let i = 0; i < 40; i++) {
      nodes[i % 4]!.engine.submitEntry(net.nowMs, contribution(net, i));
      net.run(10_000);
    }
    expect(net.converged()).toBe(false);
    net.heal();
    net.runUntil(() => net.converged(), 3 * 3_600_000);
    expect(nodes.every((n) => n.store.views.entryCount() === 40)).toBe(true);
  });

  it('asks again on its own when an answer is lost, instead of waiting for the next digest', () => {
    // Digests only every six hours: once B has asked and the answer is lost, only asking again brings it up to date.
    const net = new EngineNetwork({ engine: { digestIntervalMs: 6 * 3_600_000, digestDebounceMs: 5_000 } });
    const a = net.add(0xa);
    const b = net.add(0xb);
    net.run(60_000);
    net.partition([0xa], [0xb]);
    for (let i = 1; i <= 20; i++) a.engine.submitEntry(net.nowMs, contribution(net, i));
    net.run(60_000);
    net.heal();
    let answersLost = 0;
    net.lose = (from, to, packet) => from === 0xa && to === 0xb && packet.kind === 'answer' && answersLost++ < 2;
    a.engine.digestSoon(net.nowMs);
    const took = net.runUntil(() => b.store.chainTip(0xa)?.seq === 20, 6 * 3_600_000);
    expect(answersLost).toBeGreaterThanOrEqual(2);
    expect(took).toBeLessThan(10 * 60_000);
  });

  it('picks up after a restart from its SQLite file, including what it accepted but never sent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshloom-engine-'));
    dirs.push(dir);
    const net = new EngineNetwork({ seed: 5 });
    const a = net.add(0xa);
    net.add(0xb, { storePath: join(dir, 'b.sqlite') });
    const c = net.add(0xc);
    net.run(30_000);
    a.engine.submitEntry(net.nowMs, contribution(net, 1));
    net.run(30_000);
    const b = net.nodes.get(0xb)!;
    b.engine.submitEntry(net.nowMs, contribution(net, 2));
    net.crash(0xb);
    a.engine.submitEntry(net.nowMs, contribution(net, 3));
    net.run(60_000);
    expect(c.store.views.entryCount()).toBe(2);
    const back = net.add(0xb, { storePath: join(dir, 'b.sqlite') });
    expect(back.store.views.entryCount()).toBe(2);
    net.runUntil(() => net.converged() && c.store.views.entryCount() === 3, 3_600_000);
    expect(back.store.views.entryCount()).toBe(3);
  });

  it('derives totals, balances and open needs, with corrections by the author replacing or voiding entries', () => {
    const net = new EngineNetwork();
    const a = net.add(0xa);
    const b = net.add(0xb);
    net.run(5_000);
    const minute = toMinute(net.nowMs);
    const meals = a.engine.submitEntry(net.nowMs, entryDefaults({ minute, category: Category.MEALS, tenths: 120, member: 'ana' }));
    a.engine.submitEntry(net.nowMs, entryDefaults({ minute, category: Category.CHILDCARE, tenths: 15, member: 'bo' }));
    a.engine.submitEntry(net.nowMs, entryDefaults({ minute, kind: Kind.CORRECTION, refSeq: meals.seq, category: Category.MEALS, tenths: 100, member: 'ana' }));
    const need = a.engine.submitEntry(
      net.nowMs,
      entryDefaults({ minute, kind: Kind.NEED, category: Category.WATER, tenths: 200, member: 'cy', note: 'flat 4' }),
    );
    a.engine.submitEntry(net.nowMs, entryDefaults({ minute, kind: Kind.NEED, category: Category.POWER, tenths: 10, member: 'cy' }));
    a.engine.submitEntry(net.nowMs, entryDefaults({ minute, kind: Kind.CORRECTION, refSeq: need.seq, void: true }));
    a.engine.submitEntry(net.nowMs, entryDefaults({ minute, kind: Kind.CREDIT, tenths: 30, member: 'ana', toMember: 'bo' }));
    net.run(10_000);
    for (const node of [a, b]) {
      expect(node.store.views.totals()).toEqual([
        { category: Category.MEALS, unit: 1, quantity: 10, entries: 1 },
        { category: Category.CHILDCARE, unit: 2, quantity: 1.5, entries: 1 },
      ]);
      expect(node.store.views.openNeedsAndOffers().map((n) => n.category)).toEqual([Category.POWER]);
      expect(Object.fromEntries(node.store.views.balances())).toEqual({ 'ana@!0000000a': -3, 'bo@!0000000a': 3 });
    }
  });
});
