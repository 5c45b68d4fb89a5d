/**
 * Regional duty-cycle limits, as the firmware enforces them: airtime over a rolling hour may not pass the
 * region's share; past it the radio refuses to send (its own packets and relays alike) until old airtime ages out.
 */
export const DUTY_CYCLE_PERCENT = {
  US: 100,
  EU_433: 10,
  EU_868: 10,
  UA_868: 1,
  ANZ: 100,
  JP: 100,
  CN: 100,
  IN: 100,
} as const;

export type Region = keyof typeof DUTY_CYCLE_PERCENT;

const HOUR_MS = 3_600_000;

export class RollingAirtime {
  private readonly sends: { atMs: number; ms: number }[] = [];
  private head = 0;
  private totalMs = 0;

  constructor(private readonly percent: number) {}

  /** Whether `ms` more airtime at `nowMs` stays within the limit; records it when it does. */
  take(nowMs: number, ms: number): boolean {
    if (this.percent >= 100) return true;
    while (this.head < this.sends.length && (this.sends[this.head] as { atMs: number }).atMs <= nowMs - HOUR_MS) {
      this.totalMs -= (this.sends[this.head] as { ms: number }).ms;
      this.head++;
    }
    if (this.head > 1024) {
      this.sends.splice(0, this.head);
      this.head = 0;
    }
    if (this.totalMs + ms > (HOUR_MS * this.percent) / 100) return false;
    this.sends.push({ atMs: nowMs, ms });
    this.totalMs += ms;
    return true;
  }
}
