/**
 * Start-up check that every stored alert and entry still reads back. One unreadable row used to stop the gateway
 * at every start; now it is moved to the `quarantine` table, reported, and the gateway runs.
 *
 * Alerts stand alone, so an unreadable one is simply moved out (a peer that still holds it may send it again).
 * Entries form a hash chain per author: past an unreadable entry nothing of that author can be checked, so it
 * and the author's later entries are moved out and sync fetches them again from peers. Our own chain is the
 * exception: dropping its tail would make the next entry reuse a sequence number peers already hold (a fork), so
 * our own unreadable entries are recorded in quarantine but left in place.
 */
import { bodies, decodeEntry } from '../protocol/app/messages.ts';
import { errorMessage } from '../protocol/meshloom-error.ts';
import type { LedgerStore } from './ledger-store.ts';

export interface QuarantinedRow {
  source: 'alerts' | 'entries';
  /** "author/id" or "author/seq", authors in the firmware's !hex form. */
  key: string;
  reason: string;
  /** Left in the live table (our own chain), only recorded. */
  kept: boolean;
}

const hex = (num: number) => `!${num.toString(16).padStart(8, '0')}`;

/** Moves what cannot be read back into quarantine; `ownAuthors` are this gateway's own chains. */
export function quarantineUnreadable(store: LedgerStore, ownAuthors: ReadonlySet<number>, nowMs: number): QuarantinedRow[] {
  const found: QuarantinedRow[] = [];
  const db = store.db;
  const record = db.prepare('INSERT INTO quarantine (source, row_key, body, reason, kept, at) VALUES (?, ?, ?, ?, ?, ?)');
  // Our own unreadable entries stay where they are, so each start finds them again; they are recorded once.
  const recordedKept = db.prepare('SELECT 1 FROM quarantine WHERE source = ? AND row_key = ? AND kept = 1');

  store.transaction(() => {
    for (const row of db.prepare('SELECT author, id, body FROM alerts').all() as { author: number; id: number; body: Buffer }[]) {
      const reason = unreadable(() => bodies.alert.decode(new Uint8Array(row.body)));
      if (!reason) continue;
      const item: QuarantinedRow = { source: 'alerts', key: `${hex(row.author)}/${row.id}`, reason, kept: false };
      found.push(item);
      record.run(item.source, item.key, row.body, reason, 0, nowMs);
      for (const table of ['alerts', 'alert_acks', 'alert_sending', 'ack_outbox']) {
        db.prepare(`DELETE FROM ${table} WHERE author = ? AND id = ?`).run(row.author, row.id);
      }
    }

    const firstBad = new Map<number, number>();
    for (const row of db.prepare('SELECT author, seq, body FROM entries ORDER BY author, seq').all() as { author: number; seq: number; body: Buffer }[]) {
      if (firstBad.has(row.author) && !ownAuthors.has(row.author)) continue;
      const reason = unreadable(() => decodeEntry(new Uint8Array(row.body)));
      if (!reason) continue;
      const kept = ownAuthors.has(row.author);
      if (!firstBad.has(row.author)) firstBad.set(row.author, row.seq);
      const item: QuarantinedRow = { source: 'entries', key: `${hex(row.author)}/${row.seq}`, reason, kept };
      found.push(item);
      if (!(kept && recordedKept.get(item.source, item.key))) record.run(item.source, item.key, row.body, reason, kept ? 1 : 0, nowMs);
    }
    for (const [author, seq] of firstBad) {
      if (ownAuthors.has(author)) continue;
      for (const later of db.prepare('SELECT seq, body FROM entries WHERE author = ? AND seq > ?').all(author, seq) as { seq: number; body: Buffer }[]) {
        const item: QuarantinedRow = { source: 'entries', key: `${hex(author)}/${later.seq}`, reason: `after the unreadable entry ${seq}`, kept: false };
        found.push(item);
        record.run(item.source, item.key, later.body, item.reason, 0, nowMs);
      }
      db.prepare('DELETE FROM entries WHERE author = ? AND seq >= ?').run(author, seq);
      db.prepare('DELETE FROM signatures WHERE author = ? AND seq >= ?').run(author, seq);
    }
  });
  return found;
}

/** Rows in quarantine, in all (found at this start or any before). */
export function quarantineSize(store: LedgerStore): number {
  return (store.db.prepare('SELECT COUNT(*) AS n FROM quarantine').get() as { n: number }).n;
}

function unreadable(read: () => unknown): string | undefined {
  try {
    read();
    return undefined;
  } catch (err) {
    return errorMessage(err);
  }
}
