/**
 * The discrete-event queue of the simulator: a binary heap on (time, insertion order), so events at the same
 * moment run in the order they were scheduled and a run is the same every time for the same seed. Times,
 * orders and values sit in three parallel arrays and sift with a hole: millions of events go through here,
 * and none of them costs an allocation of the queue's own.
 */
export class EventQueue<T> {
  private times: Float64Array = new Float64Array(1024);
  private seqs: Float64Array = new Float64Array(1024);
  private values: (T | undefined)[] = [];
  private length = 0;
  private seq = 0;

  get size(): number {
    return this.length;
  }

  push(atMs: number, value: T): void {
    if (this.length === this.times.length) this.grow();
    const seq = this.seq++;
    const { times, seqs, values } = this;
    let i = this.length++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent] as number;
      if (pt < atMs || (pt === atMs && (seqs[parent] as number) < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[parent] as number;
      values[i] = values[parent];
      i = parent;
    }
    times[i] = atMs;
    seqs[i] = seq;
    values[i] = value;
  }

  peekTime(): number | undefined {
    return this.length > 0 ? this.times[0] : undefined;
  }

  pop(): { atMs: number; value: T } | undefined {
    if (this.length === 0) return undefined;
    const atMs = this.times[0] as number;
    return { atMs, value: this.popValue() as T };
  }

  /** The earliest value without its time (read it first with peekTime): no allocation, for the hot loop. */
  popValue(): T | undefined {
    if (this.length === 0) return undefined;
    const { times, seqs, values } = this;
    const top = values[0];
    const n = --this.length;
    if (n > 0) {
      const lt = times[n] as number;
      const ls = seqs[n] as number;
      const lv = values[n];
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= n) break;
        const right = left + 1;
        let child = left;
        if (right < n) {
          const rt = times[right] as number;
          const lft = times[left] as number;
          if (rt < lft || (rt === lft && (seqs[right] as number) < (seqs[left] as number))) child = right;
        }
        const ct = times[child] as number;
        if (ct > lt || (ct === lt && (seqs[child] as number) > ls)) break;
        times[i] = ct;
        seqs[i] = seqs[child] as number;
        values[i] = values[child];
        i = child;
      }
      times[i] = lt;
      seqs[i] = ls;
      values[i] = lv;
    }
    values[n] = undefined;
    return top;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    times.set(this.times);
    const seqs = new Float64Array(this.seqs.length * 2);
    seqs.set(this.seqs);
    this.times = times;
    this.seqs = seqs;
  }
}
