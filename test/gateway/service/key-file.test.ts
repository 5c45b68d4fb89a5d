/**
 * The signing key in its own file: made once (owner-only), the operator told to back it up, and a gateway whose
 * ledger file is gone but whose key is not recovers before it writes: a neighbour's entry is kept (202), not
 * written as the first of a new chain; so does one whose ledger file is an older copy than it last wrote.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrCreateKeyFile, loadOrCreateKeys, writeNewIdentity } from '../../../gateway/service/identity.ts';
import { readOwnTip, writeOwnTip } from '../../../gateway/service/own-tip-file.ts';
import { authorIdOf } from '../../../protocol/app/signatures.ts';
import type { RunningGateway } from '../../../gateway/service/start-gateway.ts';
import { startEmbeddedGateway } from '../../support/embedded-gateway.ts';
import { eventually } from '../../support/eventually.ts';
import { LedgerStore } from '../../../store/ledger-store.ts';

let running: RunningGateway | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await running?.close();
  running = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const record = async (gateway: RunningGateway, note: string) =>
  fetch(`${gateway.url}api/entries`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'contribution', category: 'meals', quantity: 2, member: 'ana', note }),
  });
const status = async (gateway: RunningGateway) =>
  (await (await fetch(`${gateway.url}api/status`)).json()) as { entries: number; recovery: { recovering: boolean; checking: boolean; held: number } };
const recovering = async (gateway: RunningGateway) =>
  ((await (await fetch(`${gateway.url}api/status`)).json()) as { recovery: { recovering: boolean } }).recovery.recovering;

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'meshloom-key-'));
  dirs.push(dir);
  return dir;
}

describe('the key file', () => {
  it('is made once, readable by its owner only, and moves a key kept in the store out of it', () => {
    const dir = tempDir();
    const store = new LedgerStore({ path: ':memory:' });
    const old = loadOrCreateKeys(store);
    const made = loadOrCreateKeyFile(join(dir, 'gateway.key'), store);
    expect(made).toMatchObject({ created: true, existed: false });
    expect(made.keys.publicKey).toEqual(old.publicKey);
    expect(statSync(made.path).mode & 0o777).toBe(0o600);
    const again = loadOrCreateKeyFile(made.path, new LedgerStore({ path: ':memory:' }));
    expect(again).toMatchObject({ created: false, existed: true });
    expect(again.keys.publicKey).toEqual(old.publicKey);
    writeFileSync(made.path, 'not a key\n');
    expect(() => loadOrCreateKeyFile(made.path, store)).toThrow(/does not hold a signing key/);
  });

  it('names a new identity and keeps the earlier key, replaced in one piece; an unreadable line is refused without echoing keys', () => {
    const dir = tempDir();
    const first = loadOrCreateKeyFile(join(dir, 'gateway.key'), new LedgerStore({ path: ':memory:' }));
    const next = writeNewIdentity(first.path, { author: 0x1234abcd, keys: first.keys }, (id) => id === authorIdOf(first.keys.publicKey));
    expect(next.author).toBe(authorIdOf(next.keys.publicKey));
    const again = loadOrCreateKeyFile(first.path, new LedgerStore({ path: ':memory:' }));
    expect(again.author).toBe(next.author);
    expect(again.keys.publicKey).toEqual(next.keys.publicKey);
    expect(again.retired).toEqual([{ author: 0x1234abcd, keys: first.keys }]);
    expect(statSync(first.path).mode & 0o777).toBe(0o600);
    expect(existsSync(`${first.path}.new`)).toBe(false);
    const secret = Buffer.from(next.keys.secretKey).toString('hex');
    writeFileSync(first.path, `${secret}\nretired !1234abcd ${secret.slice(0, 60)}\n`);
    const refused = (() => {
      try {
        loadOrCreateKeyFile(first.path, new LedgerStore({ path: ':memory:' }));
      } catch (err) {
        return (err as Error).message;
      }
    })();
    expect(refused).toMatch(/does not hold a signing key \(unreadable line "retired …"\); restore it from your backup/);
    expect(refused).not.toContain(secret.slice(0, 16));
  });

  it('tells the operator to back it up, and after the ledger file is lost keeps entries until the ledger is back', async () => {
    const dir = tempDir();
    const firstLines: string[] = [];
    const first = await startEmbeddedGateway(dir, firstLines);
    expect(firstLines.some((line) => line.includes(`signing key is ${join(dir, 'embedded.key')}: back it up`))).toBe(true);
    await first.close();

    rmSync(join(dir, 'embedded.sqlite'));
    const lines: string[] = [];
    running = await startEmbeddedGateway(dir, lines);
    expect(lines.some((line) => line.includes('is new but the key is not: recovering'))).toBe(true);
    const status = (await (await fetch(`${running.url}api/status`)).json()) as { recovery: { recovering: boolean; held: number } };
    expect(status.recovery).toMatchObject({ recovering: true, held: 0 });
    const response = await fetch(`${running.url}api/entries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'contribution', category: 'meals', quantity: 2, member: 'ana', note: 'soup while recovering' }),
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ held: true });
    const after = (await (await fetch(`${running.url}api/status`)).json()) as { recovery: { held: number }; entries: number };
    expect(after.recovery.held).toBe(1);
    expect(after.entries).toBe(0);
  });

  it('after a ledger file restored from an older backup, recovers before writing, and a normal restart does not', async () => {
    const dir = tempDir();
    const ledger = join(dir, 'embedded.sqlite');

    const first = await startEmbeddedGateway(dir, []);
    expect((await record(first, 'soup')).status).toBe(201);
    await first.close();
    copyFileSync(ledger, `${ledger}.backup`);
    const second = await startEmbeddedGateway(dir, [], { startCheckMs: 3_000 });
    expect(await recovering(second)).toBe(false);
    // Just started: kept while a neighbour may still show the ledger is an older copy, then recorded.
    expect((await record(second, 'bread')).status).toBe(202);
    expect((await status(second)).recovery).toMatchObject({ recovering: false, checking: true, held: 1 });
    await eventually('the kept entry recorded', async () => (await status(second)).entries === 2);
    expect((await status(second)).recovery).toMatchObject({ checking: false, held: 0 });
    await second.close();

    for (const suffix of ['', '-wal', '-shm']) rmSync(`${ledger}${suffix}`, { force: true });
    copyFileSync(`${ledger}.backup`, ledger);
    const lines: string[] = [];
    running = await startEmbeddedGateway(dir, lines);
    expect(lines.some((line) => line.includes("holds 1 of this gateway's own entries but 2 were written"))).toBe(true);
    expect(await recovering(running)).toBe(true);
    const held = await record(running, 'tea');
    expect(held.status).toBe(202);
    expect(await held.json()).toMatchObject({ held: true });
  });

  it('after a new identity, does not take the retired chain it no longer writes for a ledger left behind', async () => {
    const dir = tempDir();
    const first = await startEmbeddedGateway(dir, []);
    expect((await record(first, 'soup')).status).toBe(201);
    await first.close();
    rmSync(join(dir, 'embedded.sqlite'));
    const second = await startEmbeddedGateway(dir, []);
    expect(await recovering(second)).toBe(true);
    const login = await fetch(`${second.url}api/operator/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: second.operatorPassword }),
    });
    const { token } = (await login.json()) as { token: string };
    const switched = await fetch(`${second.url}api/operator/new-identity`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ confirm: true }),
    });
    expect(switched.status).toBe(200);
    await second.close();
    running = await startEmbeddedGateway(dir, []);
    expect(await recovering(running)).toBe(false);
    expect((await record(running, 'bread')).status).toBe(201);
  });
});

describe('the own tip file', () => {
  it('reads back what was written, and reads nothing from a file it cannot parse', () => {
    const path = join(tempDir(), 'gateway.tip');
    expect(readOwnTip(path)).toBeUndefined();
    writeOwnTip(path, { author: 0xdeadbeef, seq: 42 });
    expect(readOwnTip(path)).toEqual({ author: 0xdeadbeef, seq: 42 });
    writeFileSync(path, 'author x seq');
    expect(readOwnTip(path)).toBeUndefined();
  });
});
