/**
 * For events that can come thousands a second when only the latest matters to whoever listens (a node table
 * changing under a flood): `fire` gets the latest value at most once per interval, at once when things were
 * quiet, else at the interval's end, so the last value is never missed.
 */
export class Throttled<T> {
  private timer: NodeJS.Timeout | undefined;
  private latest: T | undefined;
  private lastFiredMs = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly intervalMs: number,
    private readonly fire: (value: T) => void,
  ) {}

  note(value: T): void {
    this.latest = value;
    if (this.timer) return;
    const wait = this.lastFiredMs + this.intervalMs - Date.now();
    if (wait <= 0) this.emit();
    else this.timer = setTimeout(() => this.emit(), wait);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private emit(): void {
    this.timer = undefined;
    this.lastFiredMs = Date.now();
    if (this.latest !== undefined) this.fire(this.latest);
    this.latest = undefined;
  }
}
