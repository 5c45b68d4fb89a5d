/** The air: who locks onto which packet, and what survives an overlap. */
import { describe, expect, it } from 'vitest';
import { RadioMedium } from '../../../simulator/mesh/radio-medium.ts';
import type { ReceptionVerdict } from '../../../simulator/phy/reception.ts';

// The receiver (1) with a near sender (2, 100 m) and a far one (3, 500 m): the near one is about 14 dB louder.
const nodes = [
  { id: 1, xM: 0, yM: 0 },
  { id: 2, xM: 100, yM: 0 },
  { id: 3, xM: 500, yM: 0 },
];

/** Far sender at 0 ms, near sender at `nearStartMs`, both 500 ms long: what the receiver makes of each. */
function overlap(nearStartMs: number): Map<number, ReceptionVerdict> {
  const medium = new RadioMedium(nodes, { preset: 'LONG_FAST', seed: 1, shadowingDb: 0 });
  const verdicts = new Map<number, ReceptionVerdict>();
  medium.start(3, 30, 0, 500);
  medium.start(2, 20, nearStartMs, nearStartMs + 500);
  const atReceiver = (signal: number) => (index: number, verdict: ReceptionVerdict) => {
    if (index === 0) verdicts.set(signal, verdict);
  };
  medium.end(3, 30, 500, atReceiver(30));
  medium.end(2, 20, nearStartMs + 500, atReceiver(20));
  return verdicts;
}

describe('RadioMedium', () => {
  it("a much stronger packet that starts during the first one's preamble takes the receiver over", () => {
    // LONG_FAST: 8.2 ms symbols, so the preamble lasts about 166 ms.
    const verdicts = overlap(50);
    expect(verdicts.get(20)).toMatchObject({ decoded: true });
    expect(verdicts.get(30)).toMatchObject({ decoded: false, reason: 'not-locked' });
  });

  it('after the preamble the receiver stays on the first packet, which the stronger one then spoils', () => {
    const verdicts = overlap(300);
    expect(verdicts.get(30)).toMatchObject({ decoded: false, reason: 'collision' });
    expect(verdicts.get(20)).toMatchObject({ decoded: false, reason: 'not-locked' });
  });

  it('partitions cut links until healed', () => {
    const medium = new RadioMedium(nodes, { preset: 'LONG_FAST', seed: 1, shadowingDb: 0 });
    medium.partition([[1], [2, 3]]);
    expect(medium.connected(1, 2)).toBe(false);
    expect(medium.connected(2, 3)).toBe(true);
    medium.partition(undefined);
    expect(medium.connected(1, 2)).toBe(true);
  });
});
