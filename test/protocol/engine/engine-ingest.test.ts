/** How the engine takes in entries that arrive out of order, twice, or too long for one packet. */
import { describe, expect, it } from 'vitest';
import { LedgerStore } from '../../../store/ledger-store.ts';
import { MIGRATIONS } from '../../../store/migrations.ts';
import { Category, LIMITS, entryDefaults } from '../../../protocol/app/messages.ts';
import { toMinute } from '../../../protocol/app/meshloom-time.ts';
import { decodeMessage, encodeMessage } from '../../../protocol/app/packet-format.ts';
import { genesisHead, nextHead, signChainHead } from '../../../protocol/app/signatures.ts';
import { DEFAULT_PORTNUM } from '../../../protocol/engine/engine.ts';
import { testKeys } from '../../support/engine-fixtures.ts';
import { EngineNetwork } from '../../support/engine-network.ts';

const BROADCAST = 0xffffffff;

describe('engine ingest', () => {
  it('holds a later run until the run before it arrives, then takes both', () => {
    const net = new EngineNetwork();
    net.add(0xa);
    const b = net.add(0xb);
    net.run(5_000);
    const keys = testKeys(0xa);
    const entries = [1, 2, 3, 4].map((n) => entryDefaults({ minute: toMinute(net.nowMs), category: Category.REPAIR, tenths: n * 10, member: 'eli' }));
    const heads: Uint8Array[] = [];
    for (const e of entries) heads.push(nextHead(heads.at(-1) ?? genesisHead(0xa), e));
    const run = (seq: number, list: typeof entries) =>
      encodeMessage({
        type: 'entries',
        body: { seq, entries: list },
        signature: signChainHead(keys, 0xa, seq + list.length - 1, heads[seq + list.length - 2]!),
      });
    const deliver = (payload: Uint8Array) => b.engine.receive(net.nowMs, { from: 0xa, to: BROADCAST, portnum: DEFAULT_PORTNUM, payload });
    deliver(run(3, entries.slice(2)));
    expect(b.store.views.entryCount()).toBe(0);
    deliver(run(1, entries.slice(0, 2)));
    expect(b.store.views.entryCount()).toBe(4);
    deliver(run(1, entries.slice(0, 2)));
    expect(b.store.views.entryCount()).toBe(4);
    expect(b.engine.counters().replayed_entries).toBe(2);
  });

  it('carries an entry with a long note in fragments', () => {
    const net = new EngineNetwork();
    const a = net.add(0xa);
    const b = net.add(0xb);
    net.run(5_000);
    const note = 'Bring blankets and a torch to the church hall; ask for Sam at the side door. '.repeat(6);
    a.engine.submitEntry(net.nowMs, entryDefaults({ minute: toMinute(net.nowMs), category: Category.SHELTER, tenths: 10, member: 'sam', note }));
    // Fragments are paced like any packets: three airtimes apart.
    net.run(60_000);
    const fragments = a.sent.filter((p) => p.kind === 'entries').map((p) => decodeMessage(p.payload).type);
    expect(fragments.every((t) => t === 'fragment')).toBe(true);
    expect(b.store.entriesBetween(0xa, 1, 1)[0]?.entry.note).toBe(note);
  });

  it('refuses a note over the limit with a clear error, storing nothing', () => {
    const net = new EngineNetwork();
    const a = net.add(0xa);
    const note = 'x'.repeat(LIMITS.noteBytes + 1);
    expect(() => a.engine.submitEntry(net.nowMs, entryDefaults({ minute: 1, note }))).toThrowError(
      expect.objectContaining({ code: 'MESHLOOM_ERR_FIELD_INVALID', message: expect.stringContaining('entry.note') }),
    );
    expect(a.store.views.entryCount()).toBe(0);
  });
});

describe('ledger store', () => {
  it('applies its migrations once and records the schema version', () => {
    const store = new LedgerStore({ path: ':memory:' });
    expect(store.schemaVersion).toBe(MIGRATIONS.length);
    store.close();
  });
});
