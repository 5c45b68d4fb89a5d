/**
 * Duplicate suppression as the firmware's PacketHistory does it: a packet is known by (sender, id) for
 * 10 minutes. Pure: time comes in as `nowMs`. Packet ids are 32 random-ish bits, so one map from id to sender
 * holds nearly everything; the rare second sender of an id goes to a side map. Expiry walks a queue in time
 * order. A busy node (or a simulation of ten thousand) thus allocates almost nothing per packet.
 */
export const PACKET_HISTORY_MS = 10 * 60_000;

export class PacketHistory {
  private readonly senderOf = new Map<number, number>();
  private readonly clashes = new Set<string>();
  /** (sender, id, seen at) in the order seen, which is time order; `head` is the oldest still kept. */
  private readonly senders: number[] = [];
  private readonly ids: number[] = [];
  private readonly times: number[] = [];
  private head = 0;

  constructor(private readonly windowMs = PACKET_HISTORY_MS) {}

  /** True if (from, id) was already seen within the window; records it either way. */
  wasSeenRecently(from: number, id: number, nowMs: number): boolean {
    this.expire(nowMs);
    const sender = this.senderOf.get(id);
    if (sender === from) return true;
    // A (sender, id) lives in exactly one of the two: the side map only while another sender holds the id.
    if (this.clashes.size > 0 && this.clashes.has(`${from}:${id}`)) return true;
    if (sender === undefined) this.senderOf.set(id, from);
    else this.clashes.add(`${from}:${id}`);
    this.senders.push(from);
    this.ids.push(id);
    this.times.push(nowMs);
    return false;
  }

  private expire(nowMs: number): void {
    while (this.head < this.times.length && nowMs - (this.times[this.head] as number) >= this.windowMs) {
      const [from, id] = [this.senders[this.head] as number, this.ids[this.head] as number];
      if (this.senderOf.get(id) === from) this.senderOf.delete(id);
      else this.clashes.delete(`${from}:${id}`);
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
