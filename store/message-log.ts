/** Channel chat as the web page shows it: every text heard on the mesh or sent from the page, newest last. */
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

export class MessageLog {
  private readonly insert: Database.Statement;
  private readonly recentQuery: Database.Statement;

  constructor(db: Database.Database) {
    this.insert = db.prepare('INSERT INTO messages (from_node, to_node, channel, text, at, own) VALUES (?, ?, ?, ?, ?, ?)');
    this.recentQuery = db.prepare('SELECT * FROM (SELECT * FROM messages ORDER BY id DESC LIMIT ?) ORDER BY id');
  }

  add(message: Omit<ChatMessage, 'id'>): ChatMessage {
    const result = this.insert.run(message.from, message.to, message.channel, message.text, message.atMs, message.own ? 1 : 0);
    return { ...message, id: Number(result.lastInsertRowid) };
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
