/**
 * One-shot timers kept by name as a table of deadlines, for state machines that never touch a clock: the owner
 * arms `handshake` for `now + 30 s`, asks `next()` when to be woken, and `takeDue(now)` says which have fired.
 * A driver runs one real timer for the earliest deadline, so the machine itself is tested with numbers.
 */
export class Deadlines<Name extends string> {
  private readonly at = new Map<Name, number>();

  /** (Re)arm `name` to fire at `atMs`. */
  set(name: Name, atMs: number): void {
    this.at.set(name, atMs);
  }

  has(name: Name): boolean {
    return this.at.has(name);
  }

  clear(...names: Name[]): void {
    for (const name of names) this.at.delete(name);
  }

  clearAll(): void {
    this.at.clear();
  }

  /** The earliest deadline, if any is armed. */
  next(): number | undefined {
    let earliest: number | undefined;
    for (const atMs of this.at.values()) if (earliest === undefined || atMs < earliest) earliest = atMs;
    return earliest;
  }

  /** The timers due by `nowMs`, earliest first; they are disarmed. */
  takeDue(nowMs: number): Name[] {
    const due = [...this.at].filter(([, atMs]) => atMs <= nowMs).sort((a, b) => a[1] - b[1]);
    for (const [name] of due) this.at.delete(name);
    return due.map(([name]) => name);
  }
}
