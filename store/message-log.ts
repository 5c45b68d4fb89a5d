/**
 * Channel chat as the web page shows it: texts heard on the mesh or sent from the page, newest last. Chat is not
 * the record (the ledger is), so only the newest `keep` messages are kept: a flood of texts cannot fill the disk.
 *
 * Messages are written in one transaction per turn of the event loop, not one each: with the store's
 * synchronous=FULL every commit waits for the disk, and a radio flooding texts spent 12 of 17 s committing one
 * message at a time. A message is readable (`recent`) and has its id as soon as it is added.
 */
import type Database from 'better-sqlite3';
import type { LedgerStore } from './ledger-store.ts';

export interface ChatMessage {
  id: number;
  from: number;
  to: number;
  channel: number;
  text: string;
  atMs: number;
  own: boolean;
  /** For our own messages: queued, sent, acked (the mesh relayed it) or failed. */
  state?: ChatState;
}

export type ChatState = 'queued' | 'sent' | 'acked' | 'failed';

const MESSAGE_LOG_KEEP = 10_000;

export interface MessageLogOptions {
  keep?: number;
  /** Runs the batched write later in this turn's aftermath; setImmediate by default. */
  defer?: (fn: () => void) => void;
}

export class MessageLog {
  private readonly insert: Database.Statement;
  private readonly recentQuery: Database.Statement;
  private readonly trimQuery: Database.Statement;
  private readonly stateUpdate: Database.Statement;
  private readonly keep: number;
  private readonly defer: (fn: () => void) => void;
  private readonly pending: ChatMessage[] = [];
  private lastId: number;
  private sinceTrim = 0;

  private readonly db: Database.Database;

  constructor(
    private readonly store: LedgerStore,
    options: MessageLogOptions = {},
  ) {
    const db = store.db;
    this.db = db;
    this.keep = options.keep ?? MESSAGE_LOG_KEEP;
    this.defer = options.defer ?? setImmediate;
    this.insert = db.prepare('INSERT INTO messages (id, from_node, to_node, channel, text, at, own, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    this.stateUpdate = db.prepare('UPDATE messages SET state = ? WHERE id = ?');
    this.recentQuery = db.prepare('SELECT * FROM (SELECT * FROM messages ORDER BY id DESC LIMIT ?) ORDER BY id');
    this.trimQuery = db.prepare('DELETE FROM messages WHERE id <= ?');
    this.lastId = (db.prepare('SELECT MAX(id) AS id FROM messages').get() as { id: number | null }).id ?? 0;
  }

  add(message: Omit<ChatMessage, 'id'>): ChatMessage {
    const stored = { ...message, id: ++this.lastId };
    if (this.pending.length === 0) this.defer(() => this.flush());
    this.pending.push(stored);
    return stored;
  }

  recent(limit: number): ChatMessage[] {
    this.flush();
    return (this.recentQuery.all(limit) as Record<string, unknown>[]).map((row) => ({
      id: row.id as number,
      from: row.from_node as number,
      to: row.to_node as number,
      channel: row.channel as number,
      text: row.text as string,
      atMs: row.at as number,
      own: row.own === 1,
      ...(typeof row.state === 'string' ? { state: row.state as ChatState } : {}),
    }));
  }

  /** Record what became of one of our own messages. */
  setState(id: number, state: ChatState): void {
    const pending = this.pending.find((m) => m.id === id);
    if (pending) pending.state = state;
    else if (this.db.open) this.stateUpdate.run(state, id);
  }

  /** Writes what waits; the gateway calls it before closing the store. */
  flush(): void {
    if (this.pending.length === 0 || !this.db.open) return;
    const batch = this.pending.splice(0);
    const write = () => {
      for (const m of batch) this.insert.run(m.id, m.from, m.to, m.channel, m.text, m.atMs, m.own ? 1 : 0, m.state ?? null);
      this.sinceTrim += batch.length;
      // Trimmed in steps of a tenth, so the delete's cost is spread over many messages.
      if (this.sinceTrim >= Math.max(1, Math.floor(this.keep / 10))) {
        this.sinceTrim = 0;
        this.trimQuery.run(this.lastId - this.keep);
      }
    };
    this.store.transaction(write);
  }
}
