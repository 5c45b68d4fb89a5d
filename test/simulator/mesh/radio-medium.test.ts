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
function overlap(nearStartMs: number, collisions?: boolean): Map<number, ReceptionVerdict> {
  const medium = new RadioMedium(nodes, { preset: 'LONG_FAST', seed: 1, shadowingDb: 0, ...(collisions === undefined ? {} : { collisions }) });
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

  it('in an air without collisions both overlapping packets are decoded', () => {
    const verdicts = overlap(300, false);
    expect(verdicts.get(30)).toMatchObject({ decoded: true });
    expect(verdicts.get(20)).toMatchObject({ decoded: true });
  });

  it('in an air without collisions a radio hears while it sends, and range still decides', () => {
    const far = [...nodes, { id: 4, xM: 60_000, yM: 0 }];
    const medium = new RadioMedium(far, { preset: 'LONG_FAST', seed: 1, shadowingDb: 0, collisions: false });
    const heard: number[] = [];
    medium.start(1, 10, 0, 500);
    medium.start(2, 20, 100, 600);
    medium.end(1, 10, 500, () => {});
    medium.end(2, 20, 600, (index, verdict) => {
      if (verdict.decoded) heard.push(far[index]!.id);
    });
    expect(heard.sort()).toEqual([1, 3]);
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
