/**
 * What the ledger adds up to for a neighbour's day: a need's life from the entries about it (whoever wrote
 * them), and each household's latest check-in.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryDefaults, Kind, Step, Wellbeing, type Entry } from '../../protocol/app/messages.ts';
import { LedgerStore } from '../../store/ledger-store.ts';

const A = 0x6d6c0001;
const B = 0x6d6c0002;
const HOUR = 60;
let store: LedgerStore;
const seqs = new Map<number, number>();

function add(author: number, entry: Partial<Entry> & Pick<Entry, 'minute'>): number {
  const seq = (seqs.get(author) ?? 0) + 1;
  seqs.set(author, seq);
  store.appendEntry(author, seq, entryDefaults(entry), new Uint8Array([seq]), new Uint8Array(32), entry.minute * 60_000);
  return seq;
}

beforeEach(() => {
  store = new LedgerStore({ path: ':memory:' });
  seqs.clear();
});
afterEach(() => store.close());

const statusOf = (now: number, author: number, seq: number, closedSince = 0) =>
  store.views.needsAndOffers(now, closedSince).find((n) => n.author === author && n.seq === seq);

describe('a need and what became of it', () => {
  it('is open, then taken by people of other gateways, then done', () => {
    const need = add(A, { minute: 1000, kind: Kind.NEED, member: 'Maria' });
    expect(statusOf(1001, A, need)).toMatchObject({ status: 'open', takenBy: [], askStill: false });
    add(B, { minute: 1010, kind: Kind.RESPONSE, member: 'Ali', refAuthor: A, refSeq: need, step: Step.TAKEN });
    add(A, { minute: 1011, kind: Kind.RESPONSE, member: 'Jo', refSeq: need, step: Step.TAKEN });
    const taken = statusOf(1012, A, need);
    expect(taken?.status).toBe('taken');
    expect(taken?.takenBy.map((r) => [r.member, r.author])).toEqual([
      ['Ali', B],
      ['Jo', A],
    ]);
    add(B, { minute: 1020, kind: Kind.RESPONSE, member: 'Ali', refAuthor: A, refSeq: need, step: Step.DONE });
    expect(statusOf(1021, A, need)).toMatchObject({ status: 'done', doneBy: { member: 'Ali', author: B } });
  });

  it('is asked about after a day without news, stays open when someone says so, and expires after three', () => {
    const need = add(A, { minute: 1000, kind: Kind.NEED, member: 'Maria' });
    expect(statusOf(1000 + 23 * HOUR, A, need)?.askStill).toBe(false);
    expect(statusOf(1000 + 24 * HOUR, A, need)).toMatchObject({ status: 'open', askStill: true });
    add(A, { minute: 1000 + 30 * HOUR, kind: Kind.RESPONSE, member: 'Maria', refSeq: need, step: Step.STILL_OPEN });
    expect(statusOf(1000 + 31 * HOUR, A, need)).toMatchObject({ status: 'open', askStill: false });
    expect(statusOf(1000 + 30 * HOUR + 72 * HOUR, A, need)?.status).toBe('expired');
  });

  it('is withdrawn only by its author, and closed ones drop off the list after a while', () => {
    const need = add(A, { minute: 1000, kind: Kind.NEED, member: 'Maria' });
    add(B, { minute: 1001, kind: Kind.CORRECTION, refAuthor: A, refSeq: need, void: true });
    expect(statusOf(1002, A, need)?.status).toBe('open');
    add(A, { minute: 1003, kind: Kind.CORRECTION, refSeq: need, void: true });
    expect(statusOf(1004, A, need)?.status).toBe('withdrawn');
    expect(statusOf(5000, A, need, 4000)).toBeUndefined();
  });
});

describe('check-ins', () => {
  it('keeps each household’s latest word since a time, households being names within a gateway', () => {
    add(A, { minute: 900, kind: Kind.CHECK_IN, member: 'Garcia', wellbeing: Wellbeing.NEED_HELP });
    add(A, { minute: 1000, kind: Kind.CHECK_IN, member: 'Garcia', wellbeing: Wellbeing.NEED_HELP, note: 'roof' });
    add(B, { minute: 1001, kind: Kind.CHECK_IN, member: 'Garcia' });
    add(A, { minute: 1002, kind: Kind.CHECK_IN, member: 'Flat 4' });
    add(A, { minute: 1003, kind: Kind.CHECK_IN, member: 'garcia ', wellbeing: Wellbeing.SAFE });
    const since = store.views.checkIns(950).map((c) => [c.author, c.member, c.wellbeing]);
    expect(since).toEqual([
      [B, 'Garcia', Wellbeing.SAFE],
      [A, 'Flat 4', Wellbeing.SAFE],
      [A, 'garcia ', Wellbeing.SAFE],
    ]);
  });
});
