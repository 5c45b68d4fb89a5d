/**
 * What phones submitted, by the key each chose for its submission. A phone that lost the gateway's answer (the
 * WiFi dropped, the gateway restarted) sends the same submission again with the same key and gets the first
 * answer back: nothing is recorded twice. Keys are kept for a week, longer than any phone keeps a submission.
 */
import type Database from 'better-sqlite3';

const SUBMISSION_KEEP_MS = 7 * 86_400_000;

export interface StoredAnswer {
  status: number;
  body: unknown;
}

export class SubmissionLog {
  private readonly select: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly trim: Database.Statement;

  constructor(db: Database.Database) {
    this.select = db.prepare('SELECT status, response FROM submissions WHERE key = ?');
    this.insert = db.prepare('INSERT OR IGNORE INTO submissions (key, status, response, at) VALUES (?, ?, ?, ?)');
    this.trim = db.prepare('DELETE FROM submissions WHERE at < ?');
  }

  answer(key: string): StoredAnswer | undefined {
    const row = this.select.get(key) as { status: number; response: string } | undefined;
    return row ? { status: row.status, body: JSON.parse(row.response) } : undefined;
  }

  remember(key: string, answer: StoredAnswer, atMs: number): void {
    this.insert.run(key, answer.status, JSON.stringify(answer.body), atMs);
    this.trim.run(atMs - SUBMISSION_KEEP_MS);
  }
}
