/**
 * What the ledger adds up to, derived on demand and never stored by hand: totals per category and period,
 * credit balances, open needs and offers. A correction by an entry's own author replaces it (or voids it);
 * corrections by anyone else do not count.
 */
import type Database from 'better-sqlite3';
import { Category, Kind, Unit } from '../protocol/app/messages.ts';
import { nodeId } from '../protocol/meshtastic/node-db.ts';

/** The unit a category is counted in when an entry does not name one. */
const CATEGORY_UNITS: Readonly<Record<number, number>> = {
  [Category.OTHER]: Unit.ITEMS,
  [Category.MEALS]: Unit.PORTIONS,
  [Category.CHILDCARE]: Unit.HOURS,
  [Category.TRANSPORT]: Unit.TRIPS,
  [Category.MEDICAL]: Unit.HOURS,
  [Category.POWER]: Unit.KWH,
  [Category.SHELTER]: Unit.NIGHTS,
  [Category.REPAIR]: Unit.HOURS,
  [Category.WATER]: Unit.LITRES,
  [Category.SUPPLIES]: Unit.ITEMS,
};

function resolveUnit(category: number, unit: number): number {
  return unit === Unit.CATEGORY_DEFAULT ? (CATEGORY_UNITS[category] ?? Unit.ITEMS) : unit;
}

/** A member is a handle within its gateway: "ana@!6d6c0001". */
function memberKey(author: number, handle: string): string {
  return handle.includes('@') ? handle : `${handle}@${nodeId(author)}`;
}

const EFFECTIVE = `
  WITH corrections AS (
    SELECT c.*, ROW_NUMBER() OVER (PARTITION BY c.target_author, c.ref_seq ORDER BY c.seq DESC) AS rank
    FROM entries c WHERE c.kind = ${Kind.CORRECTION} AND c.target_author = c.author
  ),
  effective AS (
    SELECT e.author, e.seq, e.minute, e.kind, e.received_at,
      COALESCE(k.category, e.category) AS category,
      COALESCE(k.tenths, e.tenths) AS tenths,
      COALESCE(k.unit, e.unit) AS unit,
      COALESCE(k.member, e.member) AS member,
      COALESCE(k.note, e.note) AS note,
      COALESCE(k.to_member, e.to_member) AS to_member,
      COALESCE(k.availability, e.availability) AS availability,
      COALESCE(k.void, 0) AS void
    FROM entries e
    LEFT JOIN corrections k ON k.target_author = e.author AND k.ref_seq = e.seq AND k.rank = 1
    WHERE e.kind != ${Kind.CORRECTION}
  )`;

export interface CategoryTotal {
  category: number;
  unit: number;
  quantity: number;
  entries: number;
}

export interface LedgerFilter {
  kind?: number;
  category?: number;
  member?: string;
  author?: number;
  sinceMinute?: number;
  untilMinute?: number;
  limit: number;
  offset: number;
}

export interface LedgerRow {
  author: number;
  seq: number;
  minute: number;
  kind: number;
  category: number;
  quantity: number;
  unit: number;
  member: string;
  note: string;
  toMember: string;
  correctsAuthor: number;
  correctsSeq: number;
  void: boolean;
  availability: number;
  receivedAtMs: number;
}

export class LedgerViews {
  constructor(private readonly db: Database.Database) {}

  /** Contributions per category (and unit) since `sinceMinute`. */
  totals(sinceMinute = 0): CategoryTotal[] {
    const rows = this.db
      .prepare(
        `${EFFECTIVE} SELECT category, unit, SUM(tenths) AS tenths, COUNT(*) AS entries FROM effective
         WHERE void = 0 AND kind = ${Kind.CONTRIBUTION} AND minute >= ? GROUP BY category, unit`,
      )
      .all(sinceMinute) as { category: number; unit: number; tenths: number; entries: number }[];
    const merged = new Map<string, CategoryTotal>();
    for (const row of rows) {
      const unit = resolveUnit(row.category, row.unit);
      const key = `${row.category}:${unit}`;
      const total = merged.get(key) ?? { category: row.category, unit, quantity: 0, entries: 0 };
      total.quantity += row.tenths / 10;
      total.entries += row.entries;
      merged.set(key, total);
    }
    return [...merged.values()].sort((a, b) => a.category - b.category || a.unit - b.unit);
  }

  /** Participation credits per member: received minus given. */
  balances(): Map<string, number> {
    const rows = this.db.prepare(`${EFFECTIVE} SELECT author, member, to_member, tenths FROM effective WHERE void = 0 AND kind = ${Kind.CREDIT}`).all() as {
      author: number;
      member: string;
      to_member: string;
      tenths: number;
    }[];
    const balances = new Map<string, number>();
    const add = (key: string, tenths: number) => balances.set(key, (balances.get(key) ?? 0) + tenths / 10);
    for (const row of rows) {
      add(memberKey(row.author, row.member), -row.tenths);
      add(memberKey(row.author, row.to_member), row.tenths);
    }
    return balances;
  }

  /** Needs and offers nobody has closed (closing is a voiding correction by their author), as they now stand. */
  openNeedsAndOffers(): LedgerRow[] {
    const rows = this.db
      .prepare(
        `${EFFECTIVE} SELECT author, seq, minute, kind, category, tenths, unit, member, note, to_member, availability, received_at
         FROM effective WHERE void = 0 AND kind IN (${Kind.NEED}, ${Kind.OFFER}) ORDER BY minute DESC, author, seq`,
      )
      .all() as Record<string, number | string | null>[];
    return rows.map(toLedgerRow);
  }

  /** The ledger as recorded, newest first, filtered; corrections appear as entries of their own. */
  list(filter: LedgerFilter): LedgerRow[] {
    const conditions: [unknown, string, unknown[]][] = [
      [filter.kind, 'kind = ?', [filter.kind]],
      [filter.category, 'category = ?', [filter.category]],
      [filter.member, '(member = ? OR to_member = ?)', [filter.member, filter.member]],
      [filter.author, 'author = ?', [filter.author]],
      [filter.sinceMinute, 'minute >= ?', [filter.sinceMinute]],
      [filter.untilMinute, 'minute < ?', [filter.untilMinute]],
    ];
    const applied = conditions.filter(([value]) => value !== undefined);
    const where = applied.map(([, clause]) => clause);
    const params = applied.flatMap(([, , values]) => values);
    const sql = `SELECT author, seq, minute, kind, category, tenths, unit, member, note, to_member, target_author, ref_seq, void,
        availability, received_at FROM entries ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY minute DESC, received_at DESC, author, seq DESC LIMIT ? OFFSET ?`;
    const rows = this.db.prepare(sql).all(...params, filter.limit, filter.offset) as Record<string, number | string | null>[];
    return rows.map(toLedgerRow);
  }

  /** A fingerprint of the whole ledger, to compare replicas: every author's chain head. */
  fingerprint(): string {
    const rows = this.db
      .prepare('SELECT author, seq, hex(head) AS head FROM entries e WHERE seq = (SELECT MAX(seq) FROM entries WHERE author = e.author) ORDER BY author')
      .all() as {
      author: number;
      seq: number;
      head: string;
    }[];
    return rows.map((r) => `${r.author}:${r.seq}:${r.head}`).join(',');
  }

  entryCount(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM entries').get() as { n: number }).n;
  }
}

function toLedgerRow(r: Record<string, number | string | null>): LedgerRow {
  return {
    author: r.author as number,
    seq: r.seq as number,
    minute: r.minute as number,
    kind: r.kind as number,
    category: r.category as number,
    quantity: (r.tenths as number) / 10,
    unit: resolveUnit(r.category as number, r.unit as number),
    member: r.member as string,
    note: r.note as string,
    toMember: (r.to_member as string | null) ?? '',
    correctsAuthor: (r.target_author as number | null) ?? 0,
    correctsSeq: (r.ref_seq as number | null) ?? 0,
    void: r.void === 1,
    availability: r.availability as number,
    receivedAtMs: r.received_at as number,
  };
}
