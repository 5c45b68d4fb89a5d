/**
 * Bytes on air for meshloom's ledger, and how fast an engine takes entries in.
 *
 * - singleEntryBytes: payload of one signed contribution with a 20-character note, as the engine publishes it.
 * - batchBytesPerEntry: answer payload bytes per entry when a gateway catches up on 400 typical entries.
 * - syncBytesRatio: every byte both sides send after a partition heals (digests, requests, answers) over the
 *   encoded size of the 100 entries that were missing (50 each side); measured on top of a 1,000-entry history
 *   and again on an empty one, to show the cost follows what is missing, not the ledger's size.
 * - ingestPerSecond: entries per second a gateway verifies and stores while catching up, file store with
 *   synchronous=FULL as the gateway runs it.
 *
 * Payload bytes are what meshloom puts in Data.payload; each packet also costs 24 bytes around it on air
 * (16-byte Meshtastic header, Data fields): `details` gives the on-air figures too.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Category, Kind, Unit, encodeEntry, entryDefaults, type Entry } from '../protocol/app/messages.ts';
import { toMinute } from '../protocol/app/meshloom-time.ts';
import { airtimeMs } from '../protocol/meshtastic/airtime.ts';
import { EngineNetwork } from '../test/support/engine-network.ts';
import { seeded } from '../simulator/seeded-random.ts';
import { writeResult } from './write-result.ts';

const PACKET_OVERHEAD_BYTES = 16 + 8;

/** A neighbourhood's everyday entries: mostly contributions, some needs, offers and credits; short notes or none. */
function typicalEntry(random: () => number, minute: number, i: number): Entry {
  const r = random();
  const notes = ['', '', 'soup', 'school run', 'charged 6 phones', 'fixed the gate', 'for flat 12', 'bread from the bakery'];
  const note = notes[Math.floor(random() * notes.length)] as string;
  const member = ['ana', 'bo', 'cy', 'dee', 'eli', 'fay'][i % 6] as string;
  if (r < 0.65) {
    return entryDefaults({ minute, category: (1 + Math.floor(random() * 9)) as Entry['category'], tenths: 10 * (1 + Math.floor(random() * 12)), member, note });
  }
  if (r < 0.8) return entryDefaults({ minute, kind: Kind.NEED, category: Category.WATER, tenths: 200, member, note });
  if (r < 0.9) return entryDefaults({ minute, kind: Kind.OFFER, category: Category.TRANSPORT, tenths: 10, member, note });
  return entryDefaults({ minute, kind: Kind.CREDIT, unit: Unit.CREDITS, tenths: 20, member, toMember: 'bo' });
}

function singleEntry() {
  const net = new EngineNetwork();
  const a = net.add(0xa1);
  net.add(0xb2);
  net.run(5_000);
  a.sent.length = 0;
  a.engine.submitEntry(
    net.nowMs,
    entryDefaults({ minute: toMinute(net.nowMs), category: Category.MEALS, tenths: 120, member: 'ana', note: 'soup for the 3rd flr' }),
  );
  net.run(1_000);
  const packet = a.sent.find((p) => p.kind === 'entries');
  if (!packet) throw new Error('the entry was not published');
  return packet.payload.length;
}

function catchUp(entries: number, storePath: string) {
  const net = new EngineNetwork({ seed: 11, engine: { airtimeShare: 1 } });
  const a = net.add(0xa1);
  const random = seeded(5);
  for (let i = 0; i < entries; i++) a.engine.submitEntry(net.nowMs, typicalEntry(random, toMinute(net.nowMs), i));
  // Until a has published them all (paced, three airtimes between packets), so b catches up by sync alone.
  net.runUntil(() => a.engine.publishedSeq === entries, 24 * 3_600_000);
  const b = net.add(0xb2, { storePath });
  a.sent.length = 0;
  const started = performance.now();
  net.runUntil(() => b.store.views.entryCount() === entries, 24 * 3_600_000);
  const seconds = (performance.now() - started) / 1000;
  const answers = a.sent.filter((p) => p.kind === 'answer');
  const answerBytes = answers.reduce((s, p) => s + p.payload.length, 0);
  return { answerBytes, answerPackets: answers.length, seconds };
}

function partitionHeal(history: number) {
  const net = new EngineNetwork({ seed: 21, engine: { airtimeShare: 1 } });
  const a = net.add(0xa1);
  const b = net.add(0xb2);
  const random = seeded(9);
  for (let i = 0; i < history; i++) (i % 2 ? a : b).engine.submitEntry(net.nowMs, typicalEntry(random, toMinute(net.nowMs), i));
  net.runUntil(() => net.converged() && b.store.views.entryCount() === history, 48 * 3_600_000);
  net.run(20 * 60_000);
  net.partition([0xa1], [0xb2]);
  const missing: Entry[] = [];
  for (let i = 0; i < 50; i++) {
    for (const node of [a, b]) {
      const entry = typicalEntry(random, toMinute(net.nowMs), i);
      missing.push(entry);
      node.engine.submitEntry(net.nowMs, entry);
    }
    net.run(30_000);
  }
  net.run(60_000);
  const before = [a.sent.length, b.sent.length] as const;
  net.heal();
  const took = net.runUntil(() => net.converged() && a.store.views.entryCount() === history + 100, 6 * 3_600_000);
  const after = [...a.sent.slice(before[0]), ...b.sent.slice(before[1])];
  const syncBytes = after.reduce((s, p) => s + p.payload.length, 0);
  const entryBytes = missing.reduce((s, e) => s + encodeEntry(e).length, 0);
  return {
    ratio: syncBytes / entryBytes,
    syncBytes,
    entryBytes,
    packets: after.length,
    onAirRatio: (syncBytes + after.length * PACKET_OVERHEAD_BYTES) / entryBytes,
    byKind: Object.fromEntries(['digest', 'request', 'answer', 'announce', 'entries'].map((k) => [k, after.filter((p) => p.kind === k).length])),
    simulatedSeconds: took / 1000,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'meshloom-bench-'));
try {
  const single = singleEntry();
  const batch = catchUp(400, ':memory:');
  const ingest = catchUp(3_000, join(dir, 'ingest.sqlite'));
  const healed = partitionHeal(1_000);
  const healedEmpty = partitionHeal(0);
  writeResult(
    'airtime',
    {
      singleEntryBytes: single,
      batchBytesPerEntry: Number((batch.answerBytes / 400).toFixed(1)),
      syncBytesRatio: Number(healed.ratio.toFixed(3)),
      ingestPerSecond: Math.round(3_000 / ingest.seconds),
    },
    {
      singleEntryOnAirBytes: single + PACKET_OVERHEAD_BYTES,
      singleEntryAirtimeMsLongFast: Math.round(airtimeMs('LONG_FAST', single + PACKET_OVERHEAD_BYTES)),
      batch: {
        entries: 400,
        packets: batch.answerPackets,
        onAirBytesPerEntry: Number(((batch.answerBytes + batch.answerPackets * PACKET_OVERHEAD_BYTES) / 400).toFixed(1)),
      },
      syncAfterPartition: { history: 1_000, ...healed },
      syncAfterPartitionEmptyHistory: { history: 0, ...healedEmpty },
      ingest: { entries: 3_000, store: 'file, WAL, synchronous=FULL', seconds: Number(ingest.seconds.toFixed(2)) },
    },
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
