/**
 * Logs that cannot be flooded: the first line of a kind is written at once, repeats within the interval are only
 * counted, and when the interval is over one line says how many there were. A hostile radio or a connection flood
 * then costs a line per kind per interval instead of a line per event (11 MB in 14 s before this existed).
 *
 * Pure bookkeeping with the time passed in; the owner calls `flush(now)` from a timer (or lets `note` do it).
 */
export interface RepeatLogOptions {
  /** Writes one line. */
  write(line: string): void;
  /** How long repeats of one kind are gathered into one line. */
  intervalMs?: number;
  /** Kinds tracked at once; beyond that, further kinds are counted under one "other" line. */
  maxKinds?: number;
}

interface Pending {
  since: number;
  count: number;
  last: string;
}

const OTHER = '\u0000other';

export class RepeatLog {
  private readonly pending = new Map<string, Pending>();
  private readonly write: (line: string) => void;
  private readonly intervalMs: number;
  private readonly maxKinds: number;

  constructor(options: RepeatLogOptions) {
    this.write = options.write;
    this.intervalMs = options.intervalMs ?? 10_000;
    this.maxKinds = options.maxKinds ?? 64;
  }

  /** One event of `kind`; `line` describes it. Returns true when the line was written now. */
  note(kind: string, line: string, now: number): boolean {
    this.flush(now);
    const key = this.pending.has(kind) || this.pending.size < this.maxKinds ? kind : OTHER;
    const seen = this.pending.get(key);
    if (seen) {
      seen.count += 1;
      seen.last = line;
      return false;
    }
    this.pending.set(key, { since: now, count: 0, last: line });
    this.write(line);
    return true;
  }

  /** Write the count of every kind whose interval is over (all of them with `everything`). */
  flush(now: number, everything = false): void {
    for (const [kind, seen] of this.pending) {
      if (!everything && now - seen.since < this.intervalMs) continue;
      this.pending.delete(kind);
      if (seen.count > 0) {
        const seconds = Math.max(1, Math.round((now - seen.since) / 1000));
        const what = kind === OTHER ? 'other problems' : 'more like it';
        this.write(`${seen.count} ${what} in ${seconds} s; the last: ${seen.last}`);
      }
    }
  }

  /** When the next `flush` has something to write, if anything is pending. */
  nextFlush(): number | undefined {
    let earliest: number | undefined;
    for (const seen of this.pending.values()) {
      const at = seen.since + this.intervalMs;
      if (earliest === undefined || at < earliest) earliest = at;
    }
    return earliest;
  }
}

/**
 * A RepeatLog on the real clock, flushed by a timer that does not keep the process alive; `stop()` ends the
 * timer and writes the counts still pending.
 */
export function timedRepeatLog(write: (line: string) => void, flushEveryMs = 5_000): { note(kind: string, line: string): void; stop(): void } {
  const log = new RepeatLog({ write });
  const timer = setInterval(() => log.flush(Date.now()), flushEveryMs);
  timer.unref();
  return {
    note: (kind, line) => log.note(kind, line, Date.now()),
    stop: () => {
      clearInterval(timer);
      log.flush(Date.now(), true);
    },
  };
}
