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

  push(atMs: number, value: T): void {
    const item = { atMs, seq: this.seq++, value };
    const heap = this.heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i] as Item<T>, heap[parent] as Item<T>)) break;
      [heap[i], heap[parent]] = [heap[parent] as Item<T>, heap[i] as Item<T>];
      i = parent;
    }
  }

  peekTime(): number | undefined {
    return this.heap[0]?.atMs;
  }

  pop(): { atMs: number; value: T } | undefined {
    const heap = this.heap;
    const top = heap[0];
    if (!top) return undefined;
    const last = heap.pop() as Item<T>;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && before(heap[left] as Item<T>, heap[smallest] as Item<T>)) smallest = left;
        if (right < heap.length && before(heap[right] as Item<T>, heap[smallest] as Item<T>)) smallest = right;
        if (smallest === i) break;
        [heap[i], heap[smallest]] = [heap[smallest] as Item<T>, heap[i] as Item<T>];
        i = smallest;
      }
    }
    return { atMs: top.atMs, value: top.value };
  }
}

function before<T>(a: Item<T>, b: Item<T>): boolean {
  return a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq);
}
