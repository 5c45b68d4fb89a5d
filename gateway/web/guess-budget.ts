/**
 * A budget of wrong guesses for the whole gateway, not per address: an attacker on the WiFi can take any number
 * of addresses (a 4-digit PIN fell in 1.9 s that way while each address stayed under its limit). The first
 * `free` failures within `windowMs` cost nothing; each one after doubles a pause during which no guess is
 * checked at all, up to `maxPauseMs`. A window without failures forgives everything.
 *
 * So the sustained rate is one guess per `maxPauseMs`. Neighbours who already proved the secret carry a pass
 * (see neighbour-pass.ts) and are not stopped by a pause; only new sign-ins wait while someone is guessing.
 */
export interface GuessBudgetOptions {
  free?: number;
  windowMs?: number;
  firstPauseMs?: number;
  maxPauseMs?: number;
}

const GUESS_BUDGET_DEFAULTS = { free: 10, windowMs: 10 * 60_000, firstPauseMs: 1_000, maxPauseMs: 60_000 } as const;

export class GuessBudget {
  private readonly options: Required<GuessBudgetOptions>;
  private failures = 0;
  private lastFailureMs = Number.NEGATIVE_INFINITY;
  private pausedUntilMs = Number.NEGATIVE_INFINITY;
  private refusedCount = 0;

  constructor(options: GuessBudgetOptions = {}) {
    this.options = { ...GUESS_BUDGET_DEFAULTS, ...options };
  }

  /** Guesses refused unchecked because of a pause. */
  get refused(): number {
    return this.refusedCount;
  }

  /** Milliseconds until a guess may be checked; 0 when one may be checked now (and then it counts as refused). */
  waitMs(nowMs: number): number {
    this.forgive(nowMs);
    const wait = Math.max(0, this.pausedUntilMs - nowMs);
    if (wait > 0) this.refusedCount += 1;
    return wait;
  }

  failed(nowMs: number): void {
    this.forgive(nowMs);
    this.failures += 1;
    this.lastFailureMs = nowMs;
    const over = this.failures - this.options.free;
    if (over > 0) this.pausedUntilMs = nowMs + Math.min(this.options.maxPauseMs, this.options.firstPauseMs * 2 ** (over - 1));
  }

  private forgive(nowMs: number): void {
    if (nowMs - this.lastFailureMs >= this.options.windowMs) this.failures = 0;
  }
}
