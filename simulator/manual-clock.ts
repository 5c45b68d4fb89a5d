/**
 * A clock that moves only when told to: `advance(ms)` runs every task that falls due, in time order (ties in
 * the order they were scheduled). Drives virtual radios deterministically in tests and scripted scenarios.
 */
import type { Clock } from './clock.ts';
import { EventQueue } from './event-queue.ts';

interface Task {
  fn: () => void;
  cancelled: boolean;
}

export class ManualClock implements Clock {
  private current: number;
  private readonly tasks = new EventQueue<Task>();

  constructor(startMs = 0) {
    this.current = startMs;
  }

  nowMs(): number {
    return this.current;
  }

  schedule(delayMs: number, fn: () => void): () => void {
    const task: Task = { fn, cancelled: false };
    this.tasks.push(this.current + Math.max(0, delayMs), task);
    return () => {
      task.cancelled = true;
    };
  }

  /** Move time forward by `ms`, running what falls due on the way (including tasks those tasks schedule). */
  advance(ms: number): void {
    const target = this.current + ms;
    for (let next = this.tasks.peekTime(); next !== undefined && next <= target; next = this.tasks.peekTime()) {
      const item = this.tasks.pop() as { atMs: number; value: Task };
      if (item.value.cancelled) continue;
      this.current = item.atMs;
      item.value.fn();
    }
    this.current = target;
  }
}
