import { describe, expect, it } from 'vitest';
import { RepeatLog } from '../../support/repeat-log.ts';

describe('RepeatLog', () => {
  it('writes the first of a kind at once and the count of its repeats once per interval', () => {
    const lines: string[] = [];
    const log = new RepeatLog({ write: (line) => lines.push(line), intervalMs: 10_000 });
    for (let i = 0; i < 5_000; i++) log.note('bad-frame', `bad frame ${i}`, i);
    expect(lines).toEqual(['bad frame 0']);
    log.note('bad-frame', 'bad frame late', 10_000);
    expect(lines).toEqual(['bad frame 0', '4999 more like it in 10 s; the last: bad frame 4999', 'bad frame late']);
  });

  it('keeps kinds apart, and bounds how many kinds it tracks', () => {
    const lines: string[] = [];
    const log = new RepeatLog({ write: (line) => lines.push(line), maxKinds: 2 });
    log.note('a', 'a1', 0);
    log.note('b', 'b1', 0);
    log.note('c', 'c1', 0);
    log.note('d', 'd1', 0);
    log.note('a', 'a2', 0);
    expect(lines).toEqual(['a1', 'b1', 'c1']);
    expect(log.nextFlush()).toBe(10_000);
    log.flush(1, true);
    expect(lines.slice(3)).toEqual(['1 more like it in 1 s; the last: a2', '1 other problems in 1 s; the last: d1']);
    expect(log.nextFlush()).toBeUndefined();
  });
});
