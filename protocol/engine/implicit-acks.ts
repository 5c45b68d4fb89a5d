/**
 * Whether asking want_ack on our news broadcasts pays, judged from how the last asks ended. The firmware sends
 * such a broadcast again, up to three sends, until it hears a neighbour relay it (its implicit ack). For a
 * gateway at the end of a line that resend is what saves a packet lost at its one neighbour. A gateway between
 * two relays that always relay at the same moment hears their copies collide: the implicit ack never comes,
 * though the packet went on, and every news packet of it goes out three times and floods the mesh three times
 * (a third of the sync airtime of the street scenario's middle gateway). So while most asks end without an
 * ack we stop asking, except now and then, to notice when acks come again.
 */

/** Outcomes remembered: the newest this many. */
const WINDOW = 16;
/** Before this many outcomes are known, we ask. */
const MIN_OUTCOMES = 8;
/** While asking does not pay, one news broadcast in this many still asks. */
const PROBE_EVERY = 8;

export class ImplicitAcks {
  private readonly outcomes: boolean[] = [];
  private sinceProbe = 0;

  /** One of our want_ack broadcasts was relayed within the radio's sends (true), or the radio gave up (false). */
  note(acked: boolean): void {
    this.outcomes.push(acked);
    if (this.outcomes.length > WINDOW) this.outcomes.shift();
  }

  /** Whether the next news broadcast asks want_ack. */
  ask(): boolean {
    if (this.paying()) {
      this.sinceProbe = 0;
      return true;
    }
    this.sinceProbe++;
    if (this.sinceProbe < PROBE_EVERY) return false;
    this.sinceProbe = 0;
    return true;
  }

  /**
   * Most of the last asks were acked, or too few are known to say; or the last two were: a neighbour back from
   * an outage is relaying again, and the gateway at the end of a line should not wait for a majority of probes
   * (64 news packets) before its first hop is covered again.
   */
  paying(): boolean {
    if (this.outcomes.length < MIN_OUTCOMES) return true;
    if (this.outcomes.at(-1) && this.outcomes.at(-2)) return true;
    return this.outcomes.filter(Boolean).length * 2 >= this.outcomes.length;
  }
}
