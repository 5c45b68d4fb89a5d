/**
 * The discrete-event queue of the simulator: a binary heap on (time, insertion order), so events at the same
 * moment run in the order they were scheduled and a run is the same every time for the same seed.
 */
interface Item<T> {
  atMs: number;
  seq: number;
  value: T;
}

export class EventQueue<T> {
  private readonly heap: Item<T>[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  /** Sift up with a hole (no swaps, no temporary arrays: millions of events go through here). */
  push(atMs: number, value: T): void {
    const item = { atMs, seq: this.seq++, value };
    const heap = this.heap;
    let i = heap.length;
    heap.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const above = heap[parent] as Item<T>;
      if (!before(item, above)) break;
      heap[i] = above;
      i = parent;
    }
    heap[i] = item;
  }

  peekTime(): number | undefined {
    return this.heap[0]?.atMs;
  }

  pop(): { atMs: number; value: T } | undefined {
    const heap = this.heap;
    const top = heap[0];
    if (!top) return undefined;
    const last = heap.pop() as Item<T>;
    const n = heap.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= n) break;
        const right = left + 1;
        const child = right < n && before(heap[right] as Item<T>, heap[left] as Item<T>) ? right : left;
        if (!before(heap[child] as Item<T>, last)) break;
        heap[i] = heap[child] as Item<T>;
        i = child;
      }
      heap[i] = last;
    }
    return top;
  }
}

function before<T>(a: Item<T>, b: Item<T>): boolean {
  return a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq);
}
