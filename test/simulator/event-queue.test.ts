import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../simulator/event-queue.ts';

describe('EventQueue', () => {
  it('pops in time order, ties in insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 }), (times) => {
        const queue = new EventQueue<number>();
        times.forEach((t, i) => queue.push(t, i));
        const out: [number, number][] = [];
        for (let item = queue.pop(); item; item = queue.pop()) out.push([item.atMs, item.value]);
        const expected = times.map((t, i) => [t, i] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(out).toEqual(expected);
      }),
    );
  });
});
