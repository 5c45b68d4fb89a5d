/**
 * How much of the channel this gateway may use: a rolling hour of its own transmit time, as the EU duty-cycle
 * rule counts it. Alerts may spend the whole budget; everything else only `otherShare` of it, so an alert
 * always finds room.
 */
const HOUR_MS = 3_600_000;

export class AirtimeBudget {
  private readonly spent: { atMs: number; airtimeMs: number }[] = [];

  constructor(
    /** Transmit time allowed per rolling hour, in ms. */
    readonly budgetMs: number,
    private readonly otherShare = 0.8,
  ) {}

  usedMs(nowMs: number): number {
    this.forget(nowMs);
    return this.spent.reduce((sum, s) => sum + s.airtimeMs, 0);
  }

  allows(nowMs: number, airtimeMs: number, urgent: boolean): boolean {
    const limit = urgent ? this.budgetMs : this.budgetMs * this.otherShare;
    return this.usedMs(nowMs) + airtimeMs <= limit;
  }

  record(nowMs: number, airtimeMs: number): void {
    if (this.budgetMs === Number.POSITIVE_INFINITY) return;
    this.spent.push({ atMs: nowMs, airtimeMs });
  }

  /** When enough has aged out of the window for `airtimeMs` more. */
  availableAtMs(nowMs: number, airtimeMs: number, urgent: boolean): number {
    const limit = urgent ? this.budgetMs : this.budgetMs * this.otherShare;
    let used = this.usedMs(nowMs);
    for (const s of this.spent) {
      if (used + airtimeMs <= limit) return Math.max(nowMs, s.atMs);
      used -= s.airtimeMs;
      if (used + airtimeMs <= limit) return s.atMs + HOUR_MS;
    }
    return nowMs;
  }

  private forget(nowMs: number): void {
    while (this.spent.length > 0 && (this.spent[0] as { atMs: number }).atMs <= nowMs - HOUR_MS) this.spent.shift();
  }
}
