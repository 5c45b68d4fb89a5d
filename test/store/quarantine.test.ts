import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeEntry, entryDefaults } from '../../protocol/app/messages.ts';
import { LedgerStore } from '../../store/ledger-store.ts';
import { quarantineSize, quarantineUnreadable } from '../../store/quarantine.ts';

const PEER = 0x0a000001;
const OWN = 0x0b000001;
const garbage = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]);

let store: LedgerStore;
beforeEach(() => {
  store = new LedgerStore({ path: ':memory:' });
});
afterEach(() => store.close());

function append(author: number, seq: number, readable: boolean): void {
  const entry = entryDefaults({ minute: seq, member: `m${seq}` });
  store.appendEntry(author, seq, entry, readable ? encodeEntry(entry) : garbage, new Uint8Array(32), 0);
}

describe('quarantine of rows that cannot be read back', () => {
  it('moves an unreadable alert out, with what was wrong', () => {
    store.db
      .prepare(
        `INSERT INTO alerts (author, id, body, signature, msg_type, severity, sent_minute, expires_minute, headline, received_at)
         VALUES (?, 1, ?, ?, 0, 0, 0, 0, 'x', 0)`,
      )
      .run(PEER, garbage, new Uint8Array(64));
    const found = quarantineUnreadable(store, new Set(), 5);
    expect(found).toEqual([{ source: 'alerts', key: '!0a000001/1', reason: expect.any(String), kept: false }]);
    expect(store.alerts()).toEqual([]);
    expect(quarantineSize(store)).toBe(1);
  });

  it("sets aside a peer's chain from its unreadable entry on, but leaves our own chain in place", () => {
    for (const seq of [1, 2, 3]) append(PEER, seq, seq !== 2);
    for (const seq of [1, 2, 3]) append(OWN, seq, seq !== 2);
    const found = quarantineUnreadable(store, new Set([OWN]), 5);
    expect(found.map((row) => `${row.key}${row.kept ? ' kept' : ''}`)).toEqual(['!0a000001/2', '!0b000001/2 kept', '!0a000001/3']);
    expect(store.chainTip(PEER)?.seq).toBe(1);
    expect(store.chainTip(OWN)?.seq).toBe(3);
    expect(quarantineSize(store)).toBe(3);
    expect(quarantineUnreadable(store, new Set([OWN]), 6).map((row) => row.key)).toEqual(['!0b000001/2']);
    expect(quarantineSize(store)).toBe(3);
  });

  it('finds nothing in a healthy store, and running it again finds nothing new', () => {
    for (const seq of [1, 2]) append(PEER, seq, true);
    expect(quarantineUnreadable(store, new Set(), 5)).toEqual([]);
    expect(quarantineUnreadable(store, new Set(), 6)).toEqual([]);
    expect(store.chainTip(PEER)?.seq).toBe(2);
  });
});
