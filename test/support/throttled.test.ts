import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Throttled } from '../../support/throttled.ts';

describe('Throttled', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fires at once when quiet, then at most once per interval with the latest value', () => {
    const fired: number[] = [];
    const throttled = new Throttled<number>(1_000, (n) => fired.push(n));
    throttled.note(1);
    for (let n = 2; n <= 30_000; n++) throttled.note(n);
    expect(fired).toEqual([1]);
    vi.advanceTimersByTime(1_000);
    expect(fired).toEqual([1, 30_000]);
    vi.advanceTimersByTime(5_000);
    expect(fired).toEqual([1, 30_000]);
    throttled.note(7);
    expect(fired).toEqual([1, 30_000, 7]);
  });

  it('fires nothing after being cancelled', () => {
    const fired: number[] = [];
    const throttled = new Throttled<number>(1_000, (n) => fired.push(n));
    throttled.note(1);
    throttled.note(2);
    throttled.cancel();
    vi.advanceTimersByTime(2_000);
    expect(fired).toEqual([1]);
  });
});
