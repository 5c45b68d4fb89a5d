/**
 * Duplicate suppression as the firmware's PacketHistory does it: a packet is known by (sender, id) for
 * 10 minutes. Pure: time comes in as `nowMs`.
 */
export const PACKET_HISTORY_MS = 10 * 60_000;

export class PacketHistory {
  /** Insertion order is time order, so expiry only ever looks at the front. */
  private readonly seenAtMs = new Map<string, number>();

  constructor(private readonly windowMs = PACKET_HISTORY_MS) {}

  /** True if (from, id) was already seen within the window; records it either way. */
  wasSeenRecently(from: number, id: number, nowMs: number): boolean {
    this.expire(nowMs);
    const key = `${from}:${id}`;
    if (this.seenAtMs.has(key)) return true;
    this.seenAtMs.set(key, nowMs);
    return false;
  }

  private expire(nowMs: number): void {
    for (const [key, at] of this.seenAtMs) {
      if (nowMs - at < this.windowMs) break;
      this.seenAtMs.delete(key);
    }
  }
}
