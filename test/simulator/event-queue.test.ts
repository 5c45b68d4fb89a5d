import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../simulator/event-queue.ts';

describe('EventQueue', () => {
  it('pops in time order, ties in insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 }), (times) => {
        const queue = new EventQueue<number>();
        times.forEach((t, i) => {
          queue.push(t, i);
        });
        const out: [number, number][] = [];
        for (let item = queue.pop(); item; item = queue.pop()) out.push([item.atMs, item.value]);
        const expected = times.map((t, i) => [t, i] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(out).toEqual(expected);
      }),
    );
  });

  it('keeps that order when pushes and pops interleave, past its first growth', () => {
    const op = fc.oneof(fc.record({ push: fc.integer({ min: 0, max: 100 }) }), fc.constant({ pop: true as const }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 3_000, size: 'max' }), (ops) => {
        const queue = new EventQueue<number>();
        const model: [number, number][] = [];
        let now = 0;
        ops.forEach((o, i) => {
          if ('push' in o) {
            // Like a simulation: nothing is scheduled in the past.
            queue.push(now + o.push, i);
            model.push([now + o.push, i]);
            return;
          }
          model.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
          const expected = model.shift();
          const got = queue.pop();
          expect(got && [got.atMs, got.value]).toEqual(expected);
          if (got) now = got.atMs;
        });
        expect(queue.size).toBe(model.length);
      }),
      { numRuns: 30 },
    );
  });
});
