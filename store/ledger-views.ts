/**
 * What the ledger adds up to, derived on demand and never stored by hand: totals per category and period,
 * credit balances, needs and offers and what became of them, check-ins. A correction by an entry's own author
 * replaces it (or voids it); corrections by anyone else do not count. Responses (taken, done, still open) may
 * come from anyone.
 */
import type Database from 'better-sqlite3';
import { Category, Kind, Step, Unit } from '../protocol/app/messages.ts';
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
      COALESCE(k.void, 0) AS void,
      COALESCE(k.minute, e.minute) AS news_minute
    FROM entries e
    LEFT JOIN corrections k ON k.target_author = e.author AND k.ref_seq = e.seq AND k.rank = 1
    WHERE e.kind NOT IN (${Kind.CORRECTION}, ${Kind.RESPONSE})
  )`;

/** A need or an offer with no news for this long is asked about ("still needed?"), and after EXPIRE_MINUTES closed. */
const ASK_AFTER_MINUTES = 24 * 60;
const EXPIRE_MINUTES = 72 * 60;

type NeedStatus = 'open' | 'taken' | 'done' | 'withdrawn' | 'expired';

export interface Response {
  author: number;
  seq: number;
  minute: number;
  member: string;
  step: number;
}

export interface NeedOrOffer extends LedgerRow {
  status: NeedStatus;
  /** Who said "I can help", in order; who marked it done. */
  takenBy: Response[];
  doneBy: Response | undefined;
  /** The last time anything was heard of it: the entry, its author's correction, or a response. */
  newsMinute: number;
  /** No news for a day: the page asks whether it is still needed. */
  askStill: boolean;
}

export interface CheckIn {
  author: number;
  seq: number;
  minute: number;
  member: string;
  wellbeing: number;
  note: string;
}

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
  wellbeing: number;
  step: number;
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

  /**
   * Needs and offers with what became of them, newest news first: every one still open or taken, and those that
   * closed (done, withdrawn, expired) since `closedSinceMinute`.
   */
  needsAndOffers(nowMinute: number, closedSinceMinute: number): NeedOrOffer[] {
    const rows = this.db
      .prepare(
        `${EFFECTIVE} SELECT author, seq, minute, kind, category, tenths, unit, member, note, to_member, availability, received_at, void,
           news_minute FROM effective WHERE kind IN (${Kind.NEED}, ${Kind.OFFER})`,
      )
      .all() as Record<string, number | string | null>[];
    const responses = new Map<string, Response[]>();
    const responseRows = this.db
      .prepare(
        `SELECT author, seq, minute, member, step, target_author, ref_seq FROM entries
         WHERE kind = ${Kind.RESPONSE} ORDER BY minute, received_at, author, seq`,
      )
      .all() as (Response & { target_author: number; ref_seq: number })[];
    for (const r of responseRows) {
      const key = `${r.target_author}/${r.ref_seq}`;
      const response = { author: r.author, seq: r.seq, minute: r.minute, member: r.member, step: r.step };
      const known = responses.get(key);
      if (known) known.push(response);
      else responses.set(key, [response]);
    }
    const result: NeedOrOffer[] = [];
    for (const raw of rows) {
      const row = toLedgerRow(raw);
      const news = responses.get(`${row.author}/${row.seq}`) ?? [];
      const newsMinute = Math.max(raw.news_minute as number, ...news.map((r) => r.minute));
      const doneBy = news.find((r) => r.step === Step.DONE);
      const takenBy = news.filter((r) => r.step === Step.TAKEN);
      const quiet = nowMinute - newsMinute;
      const status: NeedStatus = row.void ? 'withdrawn' : doneBy ? 'done' : quiet >= EXPIRE_MINUTES ? 'expired' : takenBy.length > 0 ? 'taken' : 'open';
      const closed = status === 'done' || status === 'withdrawn' || status === 'expired';
      const closedAt = status === 'expired' ? newsMinute + EXPIRE_MINUTES : newsMinute;
      if (closed && closedAt < closedSinceMinute) continue;
      result.push({ ...row, status, takenBy, doneBy, newsMinute, askStill: !closed && quiet >= ASK_AFTER_MINUTES });
    }
    return result.sort((a, b) => b.newsMinute - a.newsMinute || a.author - b.author || a.seq - b.seq);
  }

  /** Whether the entry (author, seq) is in the ledger, and its kind. */
  entryKind(author: number, seq: number): number | undefined {
    return (this.db.prepare('SELECT kind FROM entries WHERE author = ? AND seq = ?').get(author, seq) as { kind: number } | undefined)?.kind;
  }

  /** Each household's latest check-in since `sinceMinute` (a household is a name within its gateway), earliest first. */
  checkIns(sinceMinute: number): CheckIn[] {
    const rows = this.db
      .prepare(
        `SELECT author, seq, minute, member, wellbeing, note FROM entries e
         WHERE kind = ${Kind.CHECK_IN} AND minute >= ? ORDER BY minute, received_at, author, seq`,
      )
      .all(sinceMinute) as CheckIn[];
    const latest = new Map<string, CheckIn>();
    for (const row of rows) {
      const key = `${row.author}/${row.member.trim().toLocaleLowerCase()}`;
      latest.delete(key);
      latest.set(key, row);
    }
    return [...latest.values()];
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
        availability, wellbeing, step, received_at FROM entries ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
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
    wellbeing: (r.wellbeing as number | undefined) ?? 0,
    step: (r.step as number | undefined) ?? 0,
    receivedAtMs: r.received_at as number,
  };
}
