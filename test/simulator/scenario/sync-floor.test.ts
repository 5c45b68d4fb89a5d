/**
 * The sync cost floor the simulator reports: the fewest bytes the wire format lets a sync spend on what was
 * missing. It is a floor only if the engine's own answers never get under it, whatever the entries.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Category, entryDefaults } from '../../../protocol/app/messages.ts';
import { toMinute } from '../../../protocol/app/meshloom-time.ts';
import { decodeMessage, encodeMessage } from '../../../protocol/app/packet-format.ts';
import { DEFAULT_PORTNUM } from '../../../protocol/engine/engine.ts';
import { runFloorBytes, syncFloorBytes } from '../../../simulator/scenario/sim-result.ts';
import { EngineNetwork } from '../../support/engine-network.ts';

/** The payload bytes of what `author`'s gateway sends when asked for its chain from 1. */
function answerBytes(notes: readonly string[]): { bytes: number; sizes: number[]; covered: number } {
  const net = new EngineNetwork({ seed: 3 });
  const a = net.add(0xa);
  for (const note of notes)
    a.engine.submitEntry(net.nowMs, entryDefaults({ minute: toMinute(net.nowMs), category: Category.WATER, tenths: 5, member: 'ana', note }));
  net.run(60_000);
  const before = a.sent.length;
  const request = encodeMessage({ type: 'request', body: { author: 0xa, fromSeq: 1 } });
  a.engine.receive(net.nowMs, { from: 0xb, to: 0xa, portnum: DEFAULT_PORTNUM, payload: request });
  net.run(120_000);
  const answer = a.sent.slice(before).filter((p) => p.kind === 'answer');
  let covered = 0;
  for (const packet of answer) {
    const message = decodeMessage(packet.payload);
    if (message.type === 'entries') covered = Math.max(covered, message.body.seq + message.body.entries.length - 1);
  }
  const sizes = a.store.entriesBetween(0xa, 1, notes.length).map((e) => e.body.length);
  return { bytes: answer.reduce((n, p) => n + p.payload.length, 0), sizes, covered };
}

describe('the sync cost floor', () => {
  it('counts each entry with its tag and length, one signature per run, and a type byte and seq per packet', () => {
    // Three entries of 20 bytes: 3 x 22 + 64 = 130 bytes in one packet of 133.
    expect(runFloorBytes([20, 20, 20])).toBe(133);
    // 300 bytes of entries need two packets: 3 x (100 + 2) + 64 = 370, plus 2 x 3.
    expect(runFloorBytes([100, 100, 100])).toBe(376);
    // A gateway two sends away (a middle gateway passes the run on) costs twice; a chain counts its dearest
    // lacker: one entry sent twice (2 x 89) over three sent once (133).
    expect(
      syncFloorBytes([
        [
          { sizes: [20, 20, 20], sends: 1 },
          { sizes: [20], sends: 2 },
        ],
      ]),
    ).toBe(178);
    expect(syncFloorBytes([[{ sizes: [20, 20, 20], sends: 2 }]])).toBe(266);
    expect(syncFloorBytes([[{ sizes: [20], sends: Number.POSITIVE_INFINITY }]])).toBe(0);
  });

  it('is never more than the engine sends to answer for a chain', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 120 }), { minLength: 1, maxLength: 40 }), (notes) => {
        const { bytes, sizes, covered } = answerBytes(notes);
        expect(covered).toBe(notes.length);
        expect(bytes).toBeGreaterThanOrEqual(runFloorBytes(sizes));
      }),
      { numRuns: 25 },
    );
  });
});
