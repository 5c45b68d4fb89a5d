/**
 * Duplicate suppression as the firmware's PacketHistory does it: a packet is known by (sender, id) for
 * 10 minutes. Pure: time comes in as `nowMs`. Keys are numbers in a map per sender and expiry walks a queue in
 * time order, so a busy node (or a simulation of ten thousand) allocates nothing per packet but its entry.
 */
export const PACKET_HISTORY_MS = 10 * 60_000;

export class PacketHistory {
  private readonly bySender = new Map<number, Map<number, number>>();
  /** (sender, id, seen at) in the order seen, which is time order; `head` is the oldest still kept. */
  private readonly senders: number[] = [];
  private readonly ids: number[] = [];
  private readonly times: number[] = [];
  private head = 0;

  constructor(private readonly windowMs = PACKET_HISTORY_MS) {}

  /** True if (from, id) was already seen within the window; records it either way. */
  wasSeenRecently(from: number, id: number, nowMs: number): boolean {
    this.expire(nowMs);
    let ids = this.bySender.get(from);
    if (ids?.has(id)) return true;
    if (!ids) {
      ids = new Map();
      this.bySender.set(from, ids);
    }
    ids.set(id, nowMs);
    this.senders.push(from);
    this.ids.push(id);
    this.times.push(nowMs);
    return false;
  }

  private expire(nowMs: number): void {
    while (this.head < this.times.length && nowMs - (this.times[this.head] as number) >= this.windowMs) {
      const ids = this.bySender.get(this.senders[this.head] as number);
      ids?.delete(this.ids[this.head] as number);
      if (ids?.size === 0) this.bySender.delete(this.senders[this.head] as number);
      this.head++;
    }
    // Drop the expired prefix now and then, so the queue stays as long as the window holds.
    if (this.head > 4096 && this.head * 2 > this.times.length) {
      this.senders.splice(0, this.head);
      this.ids.splice(0, this.head);
      this.times.splice(0, this.head);
      this.head = 0;
    }
  }
}
