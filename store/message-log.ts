/**
 * Channel chat as the web page shows it: texts heard on the mesh or sent from the page, newest last. Chat is not
 * the record (the ledger is), so only the newest `keep` messages are kept: a flood of texts cannot fill the disk.
 */
import type Database from 'better-sqlite3';

export interface ChatMessage {
  id: number;
  from: number;
  to: number;
  channel: number;
  text: string;
  atMs: number;
  own: boolean;
}

const MESSAGE_LOG_KEEP = 10_000;

export class MessageLog {
  private readonly insert: Database.Statement;
  private readonly recentQuery: Database.Statement;
  private readonly trimQuery: Database.Statement;
  private sinceTrim = 0;

  constructor(
    db: Database.Database,
    private readonly keep = MESSAGE_LOG_KEEP,
  ) {
    this.trimQuery = db.prepare('DELETE FROM messages WHERE id <= ?');
    this.insert = db.prepare('INSERT INTO messages (from_node, to_node, channel, text, at, own) VALUES (?, ?, ?, ?, ?, ?)');
    this.recentQuery = db.prepare('SELECT * FROM (SELECT * FROM messages ORDER BY id DESC LIMIT ?) ORDER BY id');
  }

  add(message: Omit<ChatMessage, 'id'>): ChatMessage {
    const result = this.insert.run(message.from, message.to, message.channel, message.text, message.atMs, message.own ? 1 : 0);
    const id = Number(result.lastInsertRowid);
    // Trimmed in steps of a tenth, so the delete's cost is spread over many inserts.
    if (++this.sinceTrim >= Math.max(1, Math.floor(this.keep / 10))) {
      this.sinceTrim = 0;
      this.trimQuery.run(id - this.keep);
    }
    return { ...message, id };
  }

  recent(limit: number): ChatMessage[] {
    return (this.recentQuery.all(limit) as Record<string, unknown>[]).map((row) => ({
      id: row.id as number,
      from: row.from_node as number,
      to: row.to_node as number,
      channel: row.channel as number,
      text: row.text as string,
      atMs: row.at as number,
      own: row.own === 1,
    }));
  }
}
