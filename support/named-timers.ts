/**
 * One-shot timers kept by name, so a state machine can re-arm, cancel and test them by what they are for
 * ('handshake', 'heartbeat') instead of juggling handles. Timers do not hold the process open unless asked to.
 */
export class NamedTimers<Name extends string> {
  private readonly timers = new Map<Name, NodeJS.Timeout>();

  /** (Re)arm `name`; `keepAlive` makes this timer hold the process open while it waits. */
  set(name: Name, delayMs: number, fn: () => void, options: { keepAlive?: boolean } = {}): void {
    this.clear(name);
    const timer = setTimeout(() => {
      this.timers.delete(name);
      fn();
    }, delayMs);
    if (!options.keepAlive) timer.unref();
    this.timers.set(name, timer);
  }

  has(name: Name): boolean {
    return this.timers.has(name);
  }

  clear(...names: Name[]): void {
    for (const name of names) {
      clearTimeout(this.timers.get(name));
      this.timers.delete(name);
    }
  }

  clearAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
