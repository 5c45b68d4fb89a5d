/**
 * A list of subscribers to one kind of event, after ns-3's TracedCallback: any number of observers connect
 * (metrics, a live log, the engines on gateway nodes), none replaces another, and firing with nobody connected
 * costs a length check.
 */
export class TracedCallback<Args extends unknown[]> {
  private readonly sinks: ((...args: Args) => void)[] = [];

  /** Subscribe; returns the function that unsubscribes. */
  connect(sink: (...args: Args) => void): () => void {
    this.sinks.push(sink);
    return () => {
      const index = this.sinks.indexOf(sink);
      if (index >= 0) this.sinks.splice(index, 1);
    };
  }

  fire(...args: Args): void {
    for (let i = 0; i < this.sinks.length; i++) (this.sinks[i] as (...args: Args) => void)(...args);
  }
}
