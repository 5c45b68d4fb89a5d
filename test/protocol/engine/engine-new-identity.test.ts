/**
 * A gateway whose store is lost and whose neighbours do not answer can, on the operator's command, write under a
 * new identity: a new author id drawn from a new key. It never forks: the old chain keeps its author and key
 * (signed at its tip, pinned, still served), the new chain starts at 1 under the new id, and once the
 * neighbourhoods meet again every ledger holds both chains with no rejection anywhere.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Category, entryDefaults } from '../../../protocol/app/messages.ts';
import { toMinute } from '../../../protocol/app/meshloom-time.ts';
import { authorIdOf, keyPairFromSecret } from '../../../protocol/app/signatures.ts';
import { decodeMessage } from '../../../protocol/app/packet-format.ts';
import { EngineNetwork, type Node } from '../../support/engine-network.ts';
import { testKeys } from '../../support/engine-fixtures.ts';

const contribution = (net: EngineNetwork, tenths: number, note: string) =>
  entryDefaults({ minute: toMinute(net.nowMs), category: Category.MEALS, tenths, member: 'ana', note });

const rejections = (node: Node) => Object.entries(node.engine.counters()).filter(([name, n]) => name.startsWith('rejected_') && n > 0);
const notes = (node: Node, author: number) => node.store.entriesBetween(author, 1, 1_000).map((e) => e.entry.note);
const newKeys = keyPairFromSecret(new Uint8Array(32).fill(7));
const NEW = authorIdOf(newKeys.publicKey);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a new identity, on the operator command', () => {
  it('ends a recovery no neighbour answers, starts a new chain and keeps the old one: no fork, no rejection', () => {
    const net = new EngineNetwork({ seed: 5, engine: { recoveryQuietMs: 30_000 } });
    net.add(0xa);
    net.add(0xb);
    net.add(0xc);
    const a = net.nodes.get(0xa) as Node;
    for (let i = 1; i <= 3; i++) a.engine.submitEntry(net.nowMs, contribution(net, i, `old ${i}`));
    net.runUntil(() => net.converged() && (net.nodes.get(0xc) as Node).store.chainTip(0xa)?.seq === 3, 3_600_000);

    net.crash(0xa);
    const back = net.add(0xa, { recovering: true });
    net.partition([0xa], [0xb, 0xc]);
    expect(back.engine.submitEntry(net.nowMs, contribution(net, 40, 'held while alone')).seq).toBe(0);
    net.run(30 * 60_000);
    expect(back.engine.recovering).toBe(true);

    back.engine.adoptIdentity(net.nowMs, NEW, newKeys);
    expect(back.engine.recovering).toBe(false);
    expect(back.engine.author).toBe(NEW);
    expect(notes(back, NEW)).toEqual(['held while alone']);
    expect(back.store.heldSubmissions()).toEqual([]);
    expect(back.engine.submitEntry(net.nowMs, contribution(net, 41, 'new 2'))).toEqual({ author: NEW, seq: 2 });
    (net.nodes.get(0xb) as Node).engine.submitEntry(net.nowMs, contribution(net, 5, 'b meanwhile'));
    net.run(10 * 60_000);

    net.heal();
    net.runUntil(() => net.converged() && (net.nodes.get(0xc) as Node).store.chainTip(NEW)?.seq === 2 && back.store.chainTip(0xa)?.seq === 3, 3 * 3_600_000);
    for (const node of net.nodes.values()) {
      expect(notes(node, 0xa)).toEqual(['old 1', 'old 2', 'old 3']);
      expect(notes(node, NEW)).toEqual(['held while alone', 'new 2']);
      // Pinned by its peers; the gateway itself signs with it.
      if (node !== back) expect(node.store.getAuthor(NEW)?.publicKey).toEqual(newKeys.publicKey);
      expect(node.store.getAuthor(0xa)?.publicKey).toEqual(testKeys(0xa).publicKey);
      expect(rejections(node)).toEqual([]);
    }
    // On air the new identity names itself: its packets still come from the radio's node number.
    const ownEntries = back.sent.map((p) => decodeMessage(p.payload)).filter((m) => m.type === 'entries' && m.body.seq === 1);
    expect(ownEntries.some((m) => m.type === 'entries' && m.body.author === NEW)).toBe(true);
  });

  it('refuses an author id it already knows as another gateway', () => {
    const net = new EngineNetwork();
    const a = net.add(0xa);
    net.add(0xb);
    net.run(60_000);
    expect(() => a.engine.adoptIdentity(net.nowMs, 0xb, newKeys)).toThrow(expect.objectContaining({ code: 'MESHLOOM_ERR_IDENTITY_TAKEN' }));
    expect(a.engine.author).toBe(0xa);
  });

  it('is finished from the key file by a restart that came between the file and the store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshloom-identity-'));
    dirs.push(dir);
    const storePath = join(dir, 'a.sqlite');
    const net = new EngineNetwork({ seed: 9 });
    const a = net.add(0xa, { storePath });
    net.partition([0xa], [0xb]);
    for (let i = 1; i <= 2; i++) a.engine.submitEntry(net.nowMs, contribution(net, i, `old ${i}`));
    // A store from before marks were named per author: 0xa, the radio's identity, went out up to 2.
    a.store.setMeta('published_seq', '2');
    net.crash(0xa);

    // The key file names the new identity and keeps the old key; the store still says 0xa is ours.
    const restarted = net.add(0xa, { storePath, links: { radio: { author: NEW, keys: newKeys, retired: [{ author: 0xa, keys: testKeys(0xa) }] } } });
    expect(restarted.engine.author).toBe(NEW);
    // Nothing of the new chain went out: the old identity's mark is not its.
    expect(restarted.engine.publishedSeq).toBe(0);
    expect(restarted.store.getAuthor(0xa)?.publicKey).toEqual(testKeys(0xa).publicKey);
    restarted.engine.submitEntry(net.nowMs, contribution(net, 3, 'new 1'));
    net.add(0xb);
    net.heal();
    net.runUntil(() => net.converged() && (net.nodes.get(0xb) as Node).store.chainTip(NEW)?.seq === 1, 3_600_000);
    const b = net.nodes.get(0xb) as Node;
    expect(notes(b, 0xa)).toEqual(['old 1', 'old 2']);
    expect(notes(b, NEW)).toEqual(['new 1']);
    for (const node of net.nodes.values()) expect(rejections(node)).toEqual([]);
  });

  it('on a new radio (another node number, the same key file and store), goes on writing the same chain', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshloom-radio-swap-'));
    dirs.push(dir);
    const storePath = join(dir, 'a.sqlite');
    const net = new EngineNetwork({ seed: 12, engine: { startCheckMs: 30_000 } });
    const a = net.add(0xa, { storePath });
    net.add(0xb);
    for (let i = 1; i <= 2; i++) a.engine.submitEntry(net.nowMs, contribution(net, i, `old radio ${i}`));
    net.runUntil(() => net.converged() && (net.nodes.get(0xb) as Node).store.chainTip(0xa)?.seq === 2, 3_600_000);
    // Recorded, and the radio died before it went out.
    a.engine.submitEntry(net.nowMs, contribution(net, 3, 'old radio 3'));
    net.crash(0xa);

    const swapped = net.add(0xd, { storePath, links: { radio: { keys: testKeys(0xa) } } });
    expect(swapped.engine.author).toBe(0xa);
    swapped.engine.submitEntry(net.nowMs, contribution(net, 4, 'new radio'));
    const b = net.nodes.get(0xb) as Node;
    net.runUntil(() => b.store.chainTip(0xa)?.seq === 4, 3_600_000);
    expect(notes(b, 0xa)).toEqual(['old radio 1', 'old radio 2', 'old radio 3', 'new radio']);
    // Named on air (the sender is 0xd), and no second chain for the new radio.
    expect(b.store.chainTip(0xd)).toBeUndefined();
    expect(swapped.sent.map((p) => decodeMessage(p.payload)).filter((m) => m.type === 'entries' && m.body.author === 0xa).length).toBeGreaterThan(0);
    // Published from where the old radio stopped, not again from 1.
    expect(swapped.sent.map((p) => decodeMessage(p.payload)).filter((m) => m.type === 'entries' && m.body.seq === 1)).toEqual([]);
    for (const node of net.nodes.values()) expect(rejections(node)).toEqual([]);
  });

  it('with a key file that is not the one that signed the store, writes as the radio, as before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshloom-radio-swap-'));
    dirs.push(dir);
    const storePath = join(dir, 'a.sqlite');
    const net = new EngineNetwork({ seed: 13 });
    const a = net.add(0xa, { storePath });
    a.engine.submitEntry(net.nowMs, contribution(net, 1, 'signed by a'));
    net.run(30_000);
    net.crash(0xa);
    expect(net.add(0xd, { storePath }).engine.author).toBe(0xd);
  });
});
