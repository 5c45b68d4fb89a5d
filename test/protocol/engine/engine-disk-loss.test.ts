/**
 * A gateway that loses its store but keeps its key: it recovers its own chain from its peers before it writes
 * to it, holds what neighbours submit meanwhile and records it after, and so never forks its chain. Without
 * recovery it would write seq 1 again and every peer would refuse all it wrote from then on as altered.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeMessage } from '../../../protocol/app/packet-format.ts';
import { DEFAULT_PORTNUM } from '../../../protocol/engine/engine.ts';
import { Category, entryDefaults } from '../../../protocol/app/messages.ts';
import { toMinute } from '../../../protocol/app/meshloom-time.ts';
import { EngineNetwork, type Node } from '../../support/engine-network.ts';

const contribution = (net: EngineNetwork, tenths: number, note: string) =>
  entryDefaults({ minute: toMinute(net.nowMs), category: Category.MEALS, tenths, member: 'ana', note });

/** A digest from `from` claiming `author`'s chain reaches `latest`: unsigned, so anyone can send one. */
const forgedDigest = (from: number, author: number, latest: number) => ({
  from,
  to: 0xffffffff,
  portnum: DEFAULT_PORTNUM,
  payload: encodeMessage({ type: 'digest', body: { heads: [{ author, latest }] } }),
});

const rejections = (node: Node) => Object.entries(node.engine.counters()).filter(([name, n]) => name.startsWith('rejected_') && n > 0);

/**
 * Three gateways; A's store is copied to `backup.sqlite` in `dir` after its second entry, A writes three more,
 * every gateway holds them, and A crashes.
 */
function backedUpAtTwoCrashedAtFive(dir: string, seed: number): EngineNetwork {
  const net = new EngineNetwork({ seed });
  const a = net.add(0xa, { storePath: join(dir, 'a.sqlite') });
  net.add(0xb);
  net.add(0xc);
  const everyoneHolds = (seq: number) => net.converged() && (net.nodes.get(0xc) as Node).store.chainTip(0xa)?.seq === seq;
  for (let i = 1; i <= 2; i++) a.engine.submitEntry(net.nowMs, contribution(net, i, `before the backup ${i}`));
  net.runUntil(() => everyoneHolds(2), 3_600_000);
  writeFileSync(join(dir, 'backup.sqlite'), a.store.db.serialize());
  for (let i = 3; i <= 5; i++) a.engine.submitEntry(net.nowMs, contribution(net, i, `after the backup ${i}`));
  net.runUntil(() => everyoneHolds(5), 3_600_000);
  net.crash(0xa);
  return net;
}

describe('a gateway that loses its store, key kept', () => {
  it('recovers its old entries, records what was submitted meanwhile after them, and every ledger agrees', () => {
    const net = new EngineNetwork({ seed: 3, engine: { recoveryQuietMs: 30_000 } });
    net.add(0xa);
    net.add(0xb);
    net.add(0xc);
    net.run(30_000);
    const a = net.nodes.get(0xa) as Node;
    for (let i = 1; i <= 5; i++) a.engine.submitEntry(net.nowMs, contribution(net, i, `before ${i}`));
    net.runUntil(() => net.converged() && (net.nodes.get(0xc) as Node).store.chainTip(0xa)?.seq === 5, 3_600_000);

    net.crash(0xa);
    net.run(60_000);
    const back = net.add(0xa, { recovering: true });
    expect(back.engine.recovering).toBe(true);
    // Submitted before anything came back: held, not written as seq 1.
    const held = back.engine.submitEntry(net.nowMs, contribution(net, 60, 'after the disk died'));
    expect(held.seq).toBe(0);
    expect(back.store.chainTip(0xa)).toBeUndefined();

    net.runUntil(() => !back.engine.recovering && net.converged() && (net.nodes.get(0xc) as Node).store.chainTip(0xa)?.seq === 6, 3_600_000);
    expect(back.events).toContainEqual({ type: 'recovered', seq: 5 });
    const notes = back.store.entriesBetween(0xa, 1, 6).map((e) => e.entry.note);
    expect(notes).toEqual(['before 1', 'before 2', 'before 3', 'before 4', 'before 5', 'after the disk died']);
    for (const node of net.nodes.values()) {
      expect(node.store.chainTip(0xa)?.seq).toBe(6);
      expect(rejections(node)).toEqual([]);
    }
    expect(back.store.heldSubmissions()).toEqual([]);
  });

  it('restored from an older backup of its ledger, takes back from peers what its own key signed since', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshloom-restore-'));
    try {
      const net = backedUpAtTwoCrashedAtFive(dir, 6);
      const restored = net.add(0xa, { storePath: join(dir, 'backup.sqlite') });
      expect(restored.store.chainTip(0xa)?.seq).toBe(2);
      // The peers' digests claim more of our chain than we hold; what they send verifies with our own key.
      net.runUntil(() => restored.store.chainTip(0xa)?.seq === 5, 3_600_000);
      restored.engine.submitEntry(net.nowMs, contribution(net, 6, 'after the restore'));
      net.runUntil(() => net.converged() && (net.nodes.get(0xc) as Node).store.chainTip(0xa)?.seq === 6, 3_600_000);
      expect((net.nodes.get(0xc) as Node).store.entriesBetween(0xa, 6, 6).map((e) => e.entry.note)).toEqual(['after the restore']);
      for (const node of net.nodes.values()) expect(rejections(node)).toEqual([]);
      // Taken back, not published again: the peers saw no copy of 3..5 from it.
      expect(restored.sent.map((p) => decodeMessage(p.payload)).filter((m) => m.type === 'entries' && m.body.seq <= 5)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('restored with its whole folder from a backup, holds what is submitted at once until a peer gives the rest back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshloom-restore-'));
    try {
      const net = backedUpAtTwoCrashedAtFive(dir, 8);
      // Nothing on this side says the store is old (the whole folder came back): a neighbour submits at once.
      const restored = net.add(0xa, { storePath: join(dir, 'backup.sqlite') });
      expect(restored.engine.recovering).toBe(false);
      expect(restored.engine.submitEntry(net.nowMs, contribution(net, 6, 'right after the restart')).seq).toBe(0);
      expect(restored.store.chainTip(0xa)?.seq).toBe(2);

      net.runUntil(() => net.converged() && (net.nodes.get(0xc) as Node).store.chainTip(0xa)?.seq === 6, 3_600_000);
      expect(restored.events).toContainEqual({ type: 'own-chain-behind', storeSeq: 2, peerSeq: 5 });
      const notes = (node: Node) => node.store.entriesBetween(0xa, 1, 6).map((e) => e.entry.note);
      for (const node of net.nodes.values()) {
        expect(notes(node)).toEqual([
          'before the backup 1',
          'before the backup 2',
          'after the backup 3',
          'after the backup 4',
          'after the backup 5',
          'right after the restart',
        ]);
        expect(rejections(node)).toEqual([]);
      }
      expect(restored.store.heldSubmissions()).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('restarted with a store that is up to date, records what it held once the start check is over', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshloom-restart-'));
    try {
      const net = new EngineNetwork({ seed: 9, engine: { startCheckMs: 90_000 } });
      const a = net.add(0xa, { storePath: join(dir, 'a.sqlite') });
      net.add(0xb);
      for (let i = 1; i <= 3; i++) a.engine.submitEntry(net.nowMs, contribution(net, i, `before ${i}`));
      net.runUntil(() => net.converged() && (net.nodes.get(0xb) as Node).store.chainTip(0xa)?.seq === 3, 3_600_000);
      net.crash(0xa);
      const back = net.add(0xa, { storePath: join(dir, 'a.sqlite') });
      const startedMs = net.nowMs;
      expect(back.engine.submitEntry(net.nowMs, contribution(net, 4, 'after the restart')).seq).toBe(0);
      net.runUntil(() => back.store.chainTip(0xa)?.seq === 4, 3_600_000);
      // Held for the check's length and no longer: nobody claimed more of the chain.
      expect(net.nowMs - startedMs).toBeGreaterThanOrEqual(90_000);
      expect(net.nowMs - startedMs).toBeLessThan(120_000);
      expect(back.events.filter((e) => e.type === 'own-chain-behind')).toEqual([]);
      net.runUntil(() => (net.nodes.get(0xb) as Node).store.chainTip(0xa)?.seq === 4, 3_600_000);
      expect(rejections(net.nodes.get(0xb) as Node)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not hold submissions for long on a forged claim of a longer own chain', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshloom-forged-claim-'));
    try {
      const net = new EngineNetwork({ seed: 10, engine: { startCheckMs: 60_000 } });
      const a = net.add(0xa, { storePath: join(dir, 'a.sqlite') });
      a.engine.submitEntry(net.nowMs, contribution(net, 1, 'only entry'));
      net.run(10_000);
      net.crash(0xa);
      const back = net.add(0xa, { storePath: join(dir, 'a.sqlite') });
      const startedMs = net.nowMs;
      expect(back.engine.submitEntry(net.nowMs, contribution(net, 2, 'after the restart')).seq).toBe(0);
      // Anyone with the channel key can claim our chain is longer; nobody can send what our key did not sign.
      back.engine.receive(net.nowMs, forgedDigest(0xe, 0xa, 1_000));
      net.runUntil(() => back.store.chainTip(0xa)?.seq === 2, 24 * 3_600_000);
      expect(back.events).toContainEqual({ type: 'own-chain-behind', storeSeq: 1, peerSeq: 1_000 });
      expect(net.nowMs - startedMs).toBeGreaterThan(60_000);
      expect(net.nowMs - startedMs).toBeLessThanOrEqual(10 * 60_000 + 1_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps holding while no peer is heard, and writes nothing', () => {
    const net = new EngineNetwork({ engine: { recoveryQuietMs: 30_000 } });
    const alone = net.add(0xa, { recovering: true });
    expect(alone.engine.submitEntry(net.nowMs, contribution(net, 1, 'kept')).seq).toBe(0);
    net.run(2 * 3_600_000);
    expect(alone.engine.recovering).toBe(true);
    expect(alone.store.chainTip(0xa)).toBeUndefined();
    expect(alone.store.heldSubmissions()).toHaveLength(1);
  });
});
