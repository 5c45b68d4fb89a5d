/**
 * The engine's store on SQLite (better-sqlite3): a file in the gateway, `:memory:` in the simulator. WAL mode,
 * numbered migrations in one table, and synchronous=FULL for files by default, because the machines this
 * runs on lose power: what the engine accepted is on disk before the step that accepted it returns.
 */
import Database from 'better-sqlite3';
import { bodies, decodeEntry, type AlertBody, type Entry } from '../protocol/app/messages.ts';
import type { AlertSending, AuthorRecord, DueAck, ChainTip, EngineStore, StoredAlert, StoredEntry } from '../protocol/engine/engine-store.ts';
import { MIGRATIONS } from './migrations.ts';
import { LedgerViews } from './ledger-views.ts';

export interface LedgerStoreOptions {
  /** A file path, or ':memory:'. */
  path: string;
  /** 'FULL' survives power loss; 'NORMAL' only a crash of the process. Default FULL for files. */
  synchronous?: 'FULL' | 'NORMAL' | 'OFF';
}

type Row = Record<string, unknown>;

export class LedgerStore implements EngineStore {
  readonly db: Database.Database;
  readonly views: LedgerViews;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(options: LedgerStoreOptions) {
    this.db = new Database(options.path);
    if (options.path !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous ?? (options.path === ':memory:' ? 'OFF' : 'FULL')}`);
    this.db.pragma('foreign_keys = ON');
    this.migrate();
    this.views = new LedgerViews(this.db);
  }

  close(): void {
    this.db.close();
  }

  /** Schema version: the number of migrations applied. */
  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  transaction<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    return this.db.transaction(fn)();
  }

  /** The gateway's own settings (not the engine's): operator password hash, identity. */
  getSetting(key: string): string | undefined {
    return (this.get('SELECT value FROM settings WHERE key = ?', key) as { value: string } | undefined)?.value;
  }

  setSetting(key: string, value: string): void {
    this.run('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', key, value);
  }

  getMeta(key: string): string | undefined {
    return (this.get('SELECT value FROM meta WHERE key = ?', key) as { value: string } | undefined)?.value;
  }

  setMeta(key: string, value: string): void {
    this.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', key, value);
  }

  deleteMeta(key: string): void {
    this.run('DELETE FROM meta WHERE key = ?', key);
  }

  holdSubmission(body: Uint8Array, atMs: number): void {
    this.run('INSERT INTO held_submissions (body, held_at) VALUES (?, ?)', body, atMs);
  }

  heldSubmissions(): { id: number; body: Uint8Array }[] {
    return (this.all('SELECT id, body FROM held_submissions ORDER BY id') as { id: number; body: Buffer }[]).map((row) => ({
      id: row.id,
      body: new Uint8Array(row.body),
    }));
  }

  dropHeldSubmission(id: number): void {
    this.run('DELETE FROM held_submissions WHERE id = ?', id);
  }

  bumpCounter(name: string, by = 1): void {
    this.run('INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value', name, by);
  }

  counters(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const row of this.all('SELECT name, value FROM counters') as { name: string; value: number }[]) out[row.name] = row.value;
    return out;
  }

  getAuthor(author: number): AuthorRecord | undefined {
    const row = this.get('SELECT * FROM authors WHERE author = ?', author);
    return row ? toAuthor(row) : undefined;
  }

  putAuthor(record: AuthorRecord): void {
    this.run(
      `INSERT INTO authors (author, public_key, label, announce, conflicts, pinned_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(author) DO UPDATE SET label = excluded.label, announce = excluded.announce`,
      record.author,
      record.publicKey,
      record.label,
      record.announce,
      record.conflicts,
      record.pinnedAtMs ?? 0,
    );
  }

  forgetIdleAuthors(pinnedBeforeMs: number, keep: number): number {
    return this.run(
      `DELETE FROM authors WHERE pinned_at > 0 AND pinned_at < ? AND author != ?
         AND NOT EXISTS (SELECT 1 FROM entries e WHERE e.author = authors.author)
         AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.author = authors.author)
         AND NOT EXISTS (SELECT 1 FROM alert_acks k WHERE k.acker = authors.author)`,
      pinnedBeforeMs,
      keep,
    ).changes;
  }

  noteKeyConflict(author: number): void {
    this.run('UPDATE authors SET conflicts = conflicts + 1 WHERE author = ?', author);
  }

  listAuthors(): AuthorRecord[] {
    return (this.all('SELECT * FROM authors ORDER BY author') as Row[]).map(toAuthor);
  }

  chainTip(author: number): ChainTip | undefined {
    const row = this.get('SELECT seq, head FROM entries WHERE author = ? ORDER BY seq DESC LIMIT 1', author) as { seq: number; head: Buffer } | undefined;
    return row ? { seq: row.seq, head: new Uint8Array(row.head) } : undefined;
  }

  appendEntry(author: number, seq: number, entry: Entry, body: Uint8Array, head: Uint8Array, receivedAtMs: number): void {
    this.run(
      `INSERT INTO entries (author, seq, minute, kind, category, tenths, unit, member, note, to_member, target_author,
         ref_seq, void, availability, wellbeing, step, body, head, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      author,
      seq,
      entry.minute,
      entry.kind,
      entry.category,
      entry.tenths,
      entry.unit,
      entry.member,
      entry.note,
      entry.toMember,
      entry.refSeq === 0 ? null : entry.refAuthor || author,
      entry.refSeq === 0 ? null : entry.refSeq,
      entry.void ? 1 : 0,
      entry.availability,
      entry.wellbeing,
      entry.step,
      body,
      head,
      receivedAtMs,
    );
  }

  entryBody(author: number, seq: number): Uint8Array | undefined {
    const row = this.get('SELECT body FROM entries WHERE author = ? AND seq = ?', author, seq) as { body: Buffer } | undefined;
    return row ? new Uint8Array(row.body) : undefined;
  }

  entryHead(author: number, seq: number): Uint8Array | undefined {
    const row = this.get('SELECT head FROM entries WHERE author = ? AND seq = ?', author, seq) as { head: Buffer } | undefined;
    return row ? new Uint8Array(row.head) : undefined;
  }

  entriesBetween(author: number, fromSeq: number, toSeq: number): StoredEntry[] {
    const rows = this.all('SELECT seq, body FROM entries WHERE author = ? AND seq BETWEEN ? AND ? ORDER BY seq', author, fromSeq, toSeq) as {
      seq: number;
      body: Buffer;
    }[];
    return rows.map((row) => {
      const body = new Uint8Array(row.body);
      return { author, seq: row.seq, body, entry: decodeEntry(body) };
    });
  }

  heads(): { author: number; latest: number }[] {
    return this.all('SELECT author, MAX(seq) AS latest FROM entries GROUP BY author ORDER BY author') as { author: number; latest: number }[];
  }

  putSignature(author: number, seq: number, signature: Uint8Array): void {
    this.run('INSERT OR REPLACE INTO signatures (author, seq, signature) VALUES (?, ?, ?)', author, seq, signature);
  }

  signedHeads(author: number, fromSeq: number): { seq: number; signature: Uint8Array }[] {
    const rows = this.all('SELECT seq, signature FROM signatures WHERE author = ? AND seq >= ? ORDER BY seq', author, fromSeq) as {
      seq: number;
      signature: Buffer;
    }[];
    return rows.map((row) => ({ seq: row.seq, signature: new Uint8Array(row.signature) }));
  }

  lastSignedHead(author: number): { seq: number; signature: Uint8Array } | undefined {
    const row = this.get('SELECT seq, signature FROM signatures WHERE author = ? ORDER BY seq DESC LIMIT 1', author) as
      | { seq: number; signature: Buffer }
      | undefined;
    return row && { seq: row.seq, signature: new Uint8Array(row.signature) };
  }

  putPending(author: number, seq: number, body: Uint8Array, receivedAtMs: number): void {
    this.run('INSERT OR REPLACE INTO pending_entries (author, seq, body, received_at) VALUES (?, ?, ?, ?)', author, seq, body, receivedAtMs);
  }

  pendingRun(author: number, fromSeq: number): { seq: number; body: Uint8Array }[] {
    const rows = this.all('SELECT seq, body FROM pending_entries WHERE author = ? AND seq >= ? ORDER BY seq', author, fromSeq) as {
      seq: number;
      body: Buffer;
    }[];
    const run: { seq: number; body: Uint8Array }[] = [];
    for (const row of rows) {
      if (row.seq !== fromSeq + run.length) break;
      run.push({ seq: row.seq, body: new Uint8Array(row.body) });
    }
    return run;
  }

  dropPending(author: number, toSeq: number): void {
    this.run('DELETE FROM pending_entries WHERE author = ? AND seq <= ?', author, toSeq);
  }

  putPendingSignature(author: number, seq: number, signature: Uint8Array): void {
    this.run('INSERT OR REPLACE INTO pending_signatures (author, seq, signature) VALUES (?, ?, ?)', author, seq, signature);
  }

  pendingSignatures(author: number): { seq: number; signature: Uint8Array }[] {
    return (this.all('SELECT seq, signature FROM pending_signatures WHERE author = ? ORDER BY seq', author) as { seq: number; signature: Buffer }[]).map(
      (row) => ({ seq: row.seq, signature: new Uint8Array(row.signature) }),
    );
  }

  dropPendingSignatures(author: number, toSeq: number): void {
    this.run('DELETE FROM pending_signatures WHERE author = ? AND seq <= ?', author, toSeq);
  }

  getAlert(author: number, id: number): StoredAlert | undefined {
    const row = this.get('SELECT * FROM alerts WHERE author = ? AND id = ?', author, id);
    return row ? toAlert(row) : undefined;
  }

  putAlert(alert: StoredAlert): void {
    this.run(
      `INSERT OR IGNORE INTO alerts (author, id, body, signature, msg_type, severity, sent_minute, expires_minute, headline,
         superseded, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      alert.author,
      alert.body.id,
      bodies.alert.encode(alert.body),
      alert.signature,
      alert.body.msgType,
      alert.body.severity,
      alert.body.sentMinute,
      alert.body.expiresMinute,
      alert.body.headline,
      alert.superseded ? 1 : 0,
      alert.receivedAtMs,
    );
  }

  supersede(author: number, ids: number[]): void {
    for (const id of ids) this.run('UPDATE alerts SET superseded = 1 WHERE author = ? AND id = ?', author, id);
  }

  alerts(): StoredAlert[] {
    return (this.all('SELECT * FROM alerts ORDER BY received_at DESC, author, id') as Row[]).map(toAlert);
  }

  nextAlertId(author: number): number {
    const row = this.get('SELECT MAX(id) AS id FROM alerts WHERE author = ?', author) as { id: number | null };
    return (row.id ?? 0) + 1;
  }

  sendingAlerts(link: string): AlertSending[] {
    return (this.all('SELECT author, id, attempts, next_at FROM alert_sending WHERE link = ? ORDER BY next_at', link) as Row[]).map((row) => ({
      link,
      author: row.author as number,
      id: row.id as number,
      attempts: row.attempts as number,
      nextAtMs: row.next_at as number,
    }));
  }

  putSending(sending: AlertSending): void {
    this.run(
      'INSERT OR REPLACE INTO alert_sending (link, author, id, attempts, next_at) VALUES (?, ?, ?, ?, ?)',
      sending.link,
      sending.author,
      sending.id,
      sending.attempts,
      sending.nextAtMs,
    );
  }

  isSending(link: string, author: number, id: number): boolean {
    return this.get('SELECT 1 AS one FROM alert_sending WHERE link = ? AND author = ? AND id = ?', link, author, id) !== undefined;
  }

  dropSending(author: number, id: number, link?: string): void {
    if (link === undefined) this.run('DELETE FROM alert_sending WHERE author = ? AND id = ?', author, id);
    else this.run('DELETE FROM alert_sending WHERE link = ? AND author = ? AND id = ?', link, author, id);
  }

  putAck(author: number, id: number, acker: number, atMs: number): boolean {
    return this.run('INSERT OR IGNORE INTO alert_acks (author, id, acker, at) VALUES (?, ?, ?, ?)', author, id, acker, atMs).changes > 0;
  }

  ackers(author: number, id: number): number[] {
    return (this.all('SELECT acker FROM alert_acks WHERE author = ? AND id = ? ORDER BY acker', author, id) as { acker: number }[]).map((r) => r.acker);
  }

  scheduleAck(link: string, author: number, id: number, replyTo: number, dueAtMs: number): void {
    this.run(
      `INSERT INTO ack_outbox (link, author, id, reply_to, due_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(link, author, id) DO UPDATE SET due_at = excluded.due_at, reply_to = excluded.reply_to`,
      link,
      author,
      id,
      replyTo,
      dueAtMs,
    );
  }

  dueAcks(link: string, nowMs: number): DueAck[] {
    return (
      this.all('SELECT author, id, reply_to FROM ack_outbox WHERE link = ? AND due_at IS NOT NULL AND due_at <= ? ORDER BY due_at', link, nowMs) as Row[]
    ).map((row) => ({ author: row.author as number, id: row.id as number, replyTo: row.reply_to as number }));
  }

  nextAckDueAtMs(link: string): number | undefined {
    return (this.get('SELECT MIN(due_at) AS due FROM ack_outbox WHERE link = ?', link) as { due: number | null }).due ?? undefined;
  }

  ackSent(link: string, author: number, id: number, atMs: number): void {
    this.run('UPDATE ack_outbox SET due_at = NULL, last_sent_at = ? WHERE link = ? AND author = ? AND id = ?', atMs, link, author, id);
  }

  lastAckSentAt(link: string, author: number, id: number): number | undefined {
    const row = this.get('SELECT last_sent_at FROM ack_outbox WHERE link = ? AND author = ? AND id = ?', link, author, id) as
      | { last_sent_at: number | null }
      | undefined;
    return row?.last_sent_at ?? undefined;
  }

  notePeer(link: string, peer: number, atMs: number): void {
    this.run(
      'INSERT INTO link_peers (link, peer, last_heard) VALUES (?, ?, ?) ON CONFLICT(link, peer) DO UPDATE SET last_heard = excluded.last_heard',
      link,
      peer,
      atMs,
    );
  }

  linkPeers(link: string): number[] {
    return (this.all('SELECT peer FROM link_peers WHERE link = ? ORDER BY peer', link) as { peer: number }[]).map((r) => r.peer);
  }

  private migrate(): void {
    const applied = this.schemaVersion;
    MIGRATIONS.slice(applied).forEach((sql, i) => {
      this.db.transaction(() => {
        this.db.exec(sql);
        this.db.pragma(`user_version = ${applied + i + 1}`);
      })();
    });
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private get(sql: string, ...params: unknown[]): Row | undefined {
    return this.statement(sql).get(...params) as Row | undefined;
  }

  private all(sql: string, ...params: unknown[]): Row[] {
    return this.statement(sql).all(...params) as Row[];
  }

  private run(sql: string, ...params: unknown[]): Database.RunResult {
    return this.statement(sql).run(...params);
  }
}

function toAuthor(row: Row): AuthorRecord {
  return {
    author: row.author as number,
    publicKey: new Uint8Array(row.public_key as Buffer),
    label: row.label as string,
    announce: new Uint8Array(row.announce as Buffer),
    conflicts: row.conflicts as number,
    pinnedAtMs: row.pinned_at as number,
  };
}

function toAlert(row: Row): StoredAlert {
  const body = bodies.alert.decode(new Uint8Array(row.body as Buffer)) as AlertBody & { author: number };
  return {
    author: row.author as number,
    body: { ...body, author: row.author as number },
    signature: new Uint8Array(row.signature as Buffer),
    superseded: row.superseded === 1,
    receivedAtMs: row.received_at as number,
  };
}
