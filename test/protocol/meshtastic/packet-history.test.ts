/** Duplicate suppression: exactly the firmware's rule, (sender, id) known for ten minutes, checked against a model. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PACKET_HISTORY_MS, PacketHistory } from '../../../protocol/meshtastic/packet-history.ts';

describe('PacketHistory', () => {
  it('knows a packet again within ten minutes, and not after', () => {
    const history = new PacketHistory();
    expect(history.wasSeenRecently(0x1234, 7, 0)).toBe(false);
    expect(history.wasSeenRecently(0x1234, 7, PACKET_HISTORY_MS - 1)).toBe(true);
    expect(history.wasSeenRecently(0x1235, 7, PACKET_HISTORY_MS - 1)).toBe(false);
    expect(history.wasSeenRecently(0x1234, 7, PACKET_HISTORY_MS)).toBe(false);
  });

  it('agrees with a plain model on any sequence in time order', () => {
    const step = fc.record({ from: fc.integer({ min: 0, max: 4 }), id: fc.integer({ min: 0, max: 6 }), advanceMs: fc.integer({ min: 0, max: 400 }) });
    fc.assert(
      // Long sequences too, so the expired prefix is dropped (past 4,096 entries) mid-run.
      fc.property(fc.array(step, { minLength: 0, maxLength: 12_000, size: 'max' }), (steps) => {
        const history = new PacketHistory(1_000);
        const model = new Map<string, number>();
        let now = 0;
        for (const { from, id, advanceMs } of steps) {
          now += advanceMs;
          const key = `${from}:${id}`;
          const at = model.get(key);
          const expected = at !== undefined && now - at < 1_000;
          if (!expected) model.set(key, now);
          expect(history.wasSeenRecently(from, id, now)).toBe(expected);
        }
      }),
      { numRuns: 20 },
    );
  });
});
