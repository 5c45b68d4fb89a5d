/**
 * The one loop that drives engines, live and simulated: a gateway runs one engine per link (its radio, the MQTT
 * federation) over one store, and this carries out what they ask. It fires timeouts that have passed, hands each
 * link the packets its engine releases, passes events to the host and across links (a federated alert is
 * relayed, a grown ledger is announced in every other link's next digest), and tells the host when to wake it.
 *
 * Pure like the engine: the clock, the sending and the wake-up are the host's (real timers in the gateway, the
 * event queue in the simulator, a loop that jumps to `pollTimeout()` in tests, as quinn's `Pair::drive` does).
 */
import type { MeshloomEngine } from './engine.ts';
import type { EngineEvent, OutboundPacket, ReceivedPacket } from './engine-types.ts';

export interface DriverLink {
  /** The link's name, e.g. "radio" or "federation"; events are reported with it. */
  name: string;
  engine: MeshloomEngine;
  send(packet: OutboundPacket): void;
  /**
   * Whether the link can carry packets now (the radio is configured, the node is up). While it cannot, its engine
   * neither fires timeouts nor releases packets, so no alert attempt is spent on a dead link; drive again when it
   * comes back.
   */
  canSend?(): boolean;
  /**
   * Send at the host's `defer` (the end of the event loop's turn) instead of at once: a burst of submissions or
   * received frames then leaves as one signed run per packet, in one transaction. For IP links.
   */
  batched?: boolean;
}

export interface EngineDriverOptions {
  now(): number;
  /** Every event of every engine, in order. */
  onEvent?(link: string, event: EngineEvent): void;
  /** Asks the host to call `drive()` at this moment (replacing any earlier request); undefined: nothing scheduled. */
  wake?(atMs: number | undefined): void;
  /** Runs `fn` later in this turn of the host's loop; needed for batched links. */
  defer?(fn: () => void): void;
  /** Runs the batched sends in one store transaction. */
  transaction?<T>(fn: () => T): T;
}

/** Rounds of relays between links one `drive()` runs before it leaves the rest to the next wake-up. */
const MAX_ROUNDS = 64;
/** Packets one link sends in one round at most, so a burst cannot hold the event loop for long. */
const MAX_SENDS_PER_DRIVE = 4_096;

export class EngineDriver {
  private readonly links = new Map<string, DriverLink>();
  private driving = false;
  private driveAgain = false;
  private flushPending = false;
  private stopped = false;

  constructor(private readonly options: EngineDriverOptions) {}

  /** Add (or replace) a link; call `drive()` when the host is ready for it to send. */
  attach(link: DriverLink): void {
    this.links.set(link.name, link);
  }

  detach(name: string): void {
    this.links.delete(name);
  }

  engine(name: string): MeshloomEngine | undefined {
    return this.links.get(name)?.engine;
  }

  /** A packet that arrived on a link: the engine takes it, then whatever it answers goes out. */
  receive(name: string, packet: ReceivedPacket): void {
    const link = this.links.get(name);
    if (!link) return;
    link.engine.receive(this.options.now(), packet);
    this.drive();
  }

  /** The earliest moment a link that can send has work; undefined when none has. */
  pollTimeout(): number | undefined {
    let earliest = Number.POSITIVE_INFINITY;
    for (const link of this.links.values()) {
      if (!this.canSend(link)) continue;
      earliest = Math.min(earliest, link.engine.pollTimeout() ?? Number.POSITIVE_INFINITY);
    }
    return Number.isFinite(earliest) ? earliest : undefined;
  }

  /**
   * Fire what is due, relay events across links, send what the engines release, then ask to be woken. Call after
   * any input to an engine (a submission, a packet) and whenever the wake-up asked for comes.
   */
  drive(): void {
    if (this.stopped) return;
    // A send may loop back into receive (a test network delivers at once): finish this round first.
    if (this.driving) {
      this.driveAgain = true;
      return;
    }
    this.driving = true;
    try {
      this.run(false);
      if (!this.flushPending && [...this.links.values()].some((l) => l.batched)) {
        this.flushPending = true;
        this.defer(() => {
          this.flushPending = false;
          if (this.stopped) return;
          this.driving = true;
          try {
            this.transaction(() => this.run(true));
          } finally {
            this.driving = false;
          }
          this.armWake();
        });
      }
    } finally {
      this.driving = false;
    }
    this.armWake();
  }

  /** No more sending or waking: whatever was not sent is in the store and goes out after the next start. */
  stop(): void {
    this.stopped = true;
    this.options.wake?.(undefined);
  }

  private run(withBatched: boolean): void {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      this.driveAgain = false;
      const now = this.options.now();
      const active = [...this.links.values()].filter((l) => (withBatched || !l.batched) && this.canSend(l));
      let sent = false;
      for (const link of active) sent = this.transmit(link, now) || sent;
      this.drainEvents(now);
      const stillDue = active.some((l) => (l.engine.pollTimeout() ?? Number.POSITIVE_INFINITY) <= now);
      if (!sent && !stillDue && !this.driveAgain) return;
    }
  }

  /**
   * Send what the link's engine releases, firing its timeout again whenever a send makes work due: a run of own
   * entries queued after the last one went out still goes before lower-ranked packets (digests, announcements).
   */
  private transmit(link: DriverLink, now: number): boolean {
    const { engine } = link;
    let sent = false;
    for (let count = 0; count < MAX_SENDS_PER_DRIVE; count++) {
      const due = engine.pollTimeout();
      if (due !== undefined && due <= now) engine.handleTimeout(now);
      const packet = engine.pollTransmit(now);
      if (!packet) break;
      link.send(packet);
      sent = true;
    }
    return sent;
  }

  private drainEvents(now: number): void {
    const links = [...this.links.values()];
    for (const source of links) {
      for (let event = source.engine.pollEvent(); event; event = source.engine.pollEvent()) {
        for (const other of links) {
          if (other === source) continue;
          if (event.type === 'alert') other.engine.relayAlert(now, event.alert);
          else if (event.type === 'entry') other.engine.digestSoon(now);
        }
        this.options.onEvent?.(source.name, event);
      }
    }
  }

  private armWake(): void {
    if (this.stopped) return;
    this.options.wake?.(this.pollTimeout());
  }

  private canSend(link: DriverLink): boolean {
    return link.canSend ? link.canSend() : true;
  }

  private defer(fn: () => void): void {
    if (!this.options.defer) throw new TypeError('a batched link needs the "defer" option');
    this.options.defer(fn);
  }

  private transaction(fn: () => void): void {
    if (this.options.transaction) this.options.transaction(fn);
    else fn();
  }
}
