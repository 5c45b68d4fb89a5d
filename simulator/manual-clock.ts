/**
 * A clock that moves only when told to: `advance(ms)` runs every task that falls due, in time order (ties in
 * the order they were scheduled). Drives virtual radios deterministically in tests and scripted scenarios.
 */
import type { Clock } from './clock.ts';

interface Task {
  atMs: number;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

export class ManualClock implements Clock {
  private current: number;
  private seq = 0;
  private tasks: Task[] = [];

  constructor(startMs = 0) {
    this.current = startMs;
  }

  nowMs(): number {
    return this.current;
  }

  schedule(delayMs: number, fn: () => void): () => void {
    const task: Task = { atMs: this.current + Math.max(0, delayMs), seq: this.seq++, fn, cancelled: false };
    this.tasks.push(task);
    return () => {
      task.cancelled = true;
    };
  }

  /** Move time forward by `ms`, running what falls due on the way (including tasks those tasks schedule). */
  advance(ms: number): void {
    const target = this.current + ms;
    for (;;) {
      this.tasks = this.tasks.filter((t) => !t.cancelled);
      let next: Task | undefined;
      for (const t of this.tasks) {
        if (t.atMs <= target && (!next || t.atMs < next.atMs || (t.atMs === next.atMs && t.seq < next.seq))) next = t;
      }
      if (!next) break;
      this.tasks.splice(this.tasks.indexOf(next), 1);
      this.current = next.atMs;
      next.fn();
    }
    this.current = target;
  }
}
