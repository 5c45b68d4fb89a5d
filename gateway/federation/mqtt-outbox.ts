/**
 * Messages for the broker, kept in the gateway's SQLite file until the broker has acknowledged them: nothing is
 * lost while the broker is away or the gateway restarts. Bounded: past `maxRows` the oldest go first (the
 * federation's anti-entropy sync brings back anything of the ledger they carried) and are counted.
 */
import type Database from 'better-sqlite3';

export interface OutboxRow {
  id: number;
  topic: string;
  payload: Uint8Array;
}

export class MqttOutbox {
  dropped = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly maxRows = 50_000,
  ) {}

  add(topic: string, payload: Uint8Array, nowMs: number): number {
    const id = Number(this.db.prepare('INSERT INTO mqtt_outbox (topic, payload, created_at) VALUES (?, ?, ?)').run(topic, payload, nowMs).lastInsertRowid);
    const excess = this.size() - this.maxRows;
    if (excess > 0) {
      this.db.prepare('DELETE FROM mqtt_outbox WHERE id IN (SELECT id FROM mqtt_outbox ORDER BY id LIMIT ?)').run(excess);
      this.dropped += excess;
    }
    return id;
  }

  /** The oldest rows after `afterId`, in order. */
  next(afterId: number, limit: number): OutboxRow[] {
    return (this.db.prepare('SELECT id, topic, payload FROM mqtt_outbox WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit) as OutboxRow[]).map((row) => ({
      id: row.id,
      topic: row.topic,
      payload: new Uint8Array(row.payload),
    }));
  }

  remove(ids: number[]): void {
    const remove = this.db.prepare('DELETE FROM mqtt_outbox WHERE id = ?');
    this.db.transaction(() => {
      for (const id of ids) remove.run(id);
    })();
  }

  size(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM mqtt_outbox').get() as { n: number }).n;
  }
}
