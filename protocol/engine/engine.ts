/**
 * The meshloom node engine: one per gateway, live or simulated. Pure in the quinn-proto way: it never touches a
 * radio or a clock. Packets heard, user submissions and the passing of time come in with `now`; packets to send
 * and events come out of `pollTransmit` and `pollEvent`; `pollTimeout` says when `handleTimeout` next has work (the
 * shape of quinn-proto's Connection). One EngineDriver (engine-driver.ts) drives it live, simulated and in tests.
 * Its state lives in an EngineStore (SQLite), so a restarted gateway carries on where it stopped.
 */
import { Reassembler } from '../app/fragments.ts';
import { validateEntry, type Entry } from '../app/messages.ts';
import { decodeMessage, type AppMessage } from '../app/packet-format.ts';
import { errorMessage } from '../meshloom-error.ts';
import { packetAirtimeMs, type ModemPreset } from '../meshtastic/airtime.ts';
import { BROADCAST_NUM } from '../meshtastic/stream-constants.ts';
import type { KeyPair } from '../app/signatures.ts';
import { AirtimeBudget } from './airtime-budget.ts';
import { AlertFlow, type AlertInput } from './alert-flow.ts';
import { ChainSync, ownAuthorInStore } from './chain-sync.ts';
import { EngineContext } from './engine-context.ts';
import type { StoredAlert } from './engine-store.ts';
import type { EngineEvent, EngineOptions, OutboundPacket, ReceivedPacket } from './engine-types.ts';

export const DEFAULT_PORTNUM = 287;
const HOUR_MS = 3_600_000;
/** Bytes the Data protobuf adds around our payload on air (portnum, payload tag and length, bitfield). */
export const DATA_OVERHEAD_BYTES = 8;
/** The firmware sends a want_ack broadcast three times in all when it hears no relay: two resends. */
const RESENDS_UNACKED = 2;
/** Largest meshloom payload per packet: PRIVATE_APP on a channel. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 231;

type Handler = (message: never, from: number, nowMs: number) => void;

export class MeshloomEngine {
  readonly nodeNum: number;
  readonly portnum: number;
  readonly link: string;
  readonly budget: AirtimeBudget;
  private readonly ctx: EngineContext;
  private readonly chain: ChainSync;
  private readonly alerts: AlertFlow;
  private readonly reassembler = new Reassembler();
  private readonly preset: ModemPreset;
  private readonly handlers: { [K in AppMessage['type']]: (message: Extract<AppMessage, { type: K }>, from: number, nowMs: number) => void };
  /** When the budget frees the first packet the last `pollTransmit` held back. */
  private blockedUntilMs = Number.POSITIVE_INFINITY;
  /** Packets wait until then: the last one's relays are still on air near us (see EngineOptions.paceAirtimes). */
  private paceUntilMs = 0;
  private readonly paceAirtimes: number;

  constructor(options: EngineOptions, nowMs: number) {
    this.nodeNum = options.nodeNum >>> 0;
    this.portnum = options.portnum ?? DEFAULT_PORTNUM;
    if (!Number.isInteger(this.portnum) || this.portnum < 256 || this.portnum > 511) {
      throw new TypeError('"portnum" must be a private Meshtastic portnum, 256..511');
    }
    this.preset = options.preset ?? 'LONG_FAST';
    this.link = options.link ?? 'radio';
    // IP links (no share) have no air to share: their budget never runs out and they are not paced.
    this.paceAirtimes = options.airtimeShare === null ? 0 : (options.paceAirtimes ?? 3);
    this.budget = new AirtimeBudget(options.airtimeShare === null ? Number.POSITIVE_INFINITY : HOUR_MS * (options.airtimeShare ?? 0.05));
    // An operator's new identity (from the key file), else the chain the store holds for this key, else the radio.
    const author = (options.author ?? ownAuthorInStore(options.store, options.keys) ?? this.nodeNum) >>> 0;
    this.ctx = new EngineContext(
      options.store,
      this.nodeNum,
      author,
      options.keys,
      options.label,
      options.random,
      this.portnum,
      options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES,
      this.link,
      options.airtimeShare !== null,
    );
    this.chain = new ChainSync(
      this.ctx,
      {
        digestIntervalMs: options.digestIntervalMs ?? 15 * 60_000,
        digestDebounceMs: options.digestDebounceMs ?? 20_000,
        requestRetryMs: options.requestRetryMs ?? 30_000,
        announceIntervalMs: options.announceIntervalMs ?? 6 * HOUR_MS,
        answerMaxEntries: options.answerMaxEntries ?? 64,
        pushSpreadMs: options.pushSpreadMs ?? 10_000,
        recoveryQuietMs: options.recoveryQuietMs ?? 60_000,
        startCheckMs: options.startCheckMs ?? 90_000,
      },
      nowMs,
      options.retired ?? [],
      options.author === undefined ? author : undefined,
    );
    this.alerts = new AlertFlow(
      this.ctx,
      {
        ackSpreadMs: options.ackSpreadMs ?? 15_000,
        resendMs: options.alertResendMs ?? 30_000,
        attempts: options.alertAttempts ?? 5,
        mirrorText: options.mirrorAlertText ?? true,
      },
      (author, from, now) => this.chain.askForKey(author, from, now),
    );
    this.handlers = {
      entries: (m, from, now) => this.chain.onEntries(m.body, m.signature, from, now),
      announce: (m, from, now) => {
        this.chain.onAnnounce(m.body, m.signature, from, now);
        this.alerts.keyArrived(m.body.author ?? from, now);
      },
      alert: (m, from, now) => this.alerts.onAlert(m.body, m.signature, from, now),
      alertAck: (m, from, now) => this.alerts.onAck(m.body, m.signature, from, now),
      digest: (m, from, now) => {
        this.chain.onDigest(m.body, from, now);
        this.alerts.onDigest(m.body, from, now);
      },
      request: (m, from, now) => this.chain.onRequest(m.body, from, now),
      fragment: (m, from, now) => this.onFragment(m.body, from, now),
    };
  }

  /**
   * A packet heard on our portnum. Bad input is counted and reported as an event, never thrown. Packets for
   * other nodes are ignored, but for alert acks: they are signed, and a relay uses them to stop re-sending.
   */
  receive(nowMs: number, packet: ReceivedPacket): void {
    if (packet.portnum !== this.portnum || packet.from === this.nodeNum) return;
    const forUs = packet.to === this.nodeNum || packet.to === BROADCAST_NUM;
    let message: AppMessage;
    try {
      message = decodeMessage(packet.payload);
    } catch (err) {
      if (forUs) this.ctx.reject('malformed', packet.from, errorMessage(err));
      return;
    }
    if (!forUs && message.type !== 'alertAck') return;
    this.ctx.store.transaction(() => {
      this.chain.notePath(packet.from, packet.hops);
      this.dispatch(message, packet.from, nowMs);
      if (this.ctx.store.getAuthor(packet.from)) this.ctx.store.notePeer(this.link, packet.from, nowMs);
    });
  }

  /**
   * The radio heard a packet from `from` on any portnum (node info, position, ours...): a radio that comes back
   * after a long silence may bring a neighbourhood back with it. True when that brought work forward: drive then.
   */
  heardRadio(nowMs: number, from: number, portnum: number): boolean {
    return this.chain.radioHeard(from >>> 0, portnum, nowMs);
  }

  /**
   * How one of our want_ack broadcasts (of `payloadBytes`) ended: a neighbour was heard relaying it (acked), or
   * the radio gave up after its resends, which the airtime budget then counts too (it counted one send when the
   * packet left). Other failures (the radio refused it, the link went down) say nothing about the air.
   */
  noteImplicitAck(nowMs: number, acked: boolean, payloadBytes: number): void {
    this.ctx.implicitAcks.note(acked);
    this.ctx.store.bumpCounter(acked ? 'implicit_acks_acked' : 'implicit_acks_missed');
    if (!acked) this.budget.record(nowMs, RESENDS_UNACKED * packetAirtimeMs(this.preset, payloadBytes + DATA_OVERHEAD_BYTES));
  }

  /** Pass on a federated alert that arrived on another of this gateway's links; false when it does not go here. */
  relayAlert(nowMs: number, alert: StoredAlert): boolean {
    return this.ctx.store.transaction(() => this.alerts.relay(alert, nowMs));
  }

  /**
   * Tell this link's peers soon where our ledger stands: it grew through another link, or the link came back and
   * they may have missed what we sent meanwhile.
   */
  digestSoon(nowMs: number): void {
    this.chain.changed(nowMs);
  }

  /**
   * Record a ledger entry by a member of this gateway; throws MeshloomError when it is not valid. While the own
   * chain is being recovered the entry is held and `seq` is 0: it is recorded (and an `entry` event emitted) then.
   */
  submitEntry(nowMs: number, entry: Entry): { author: number; seq: number } {
    const checked = validateEntry(entry as unknown as Record<string, unknown>);
    const seq = this.ctx.store.transaction(() => this.chain.submit(checked, nowMs));
    if (seq > 0) this.ctx.emit({ type: 'entry', author: this.author, seq, entry: checked, local: true });
    return { author: this.author, seq };
  }

  /** How far this gateway's own chain has gone out on this link (sent to the radio, or to the broker). */
  get publishedSeq(): number {
    return this.chain.publishedSeq();
  }

  /**
   * The author id this gateway writes as: the radio's node number, unless the operator started a new identity or
   * the radio was swapped under an existing ledger (then the author its chain was written as).
   */
  get author(): number {
    return this.ctx.self;
  }

  /**
   * Leave the current identity for a new one (the operator's command, when the own chain cannot be recovered):
   * what was written as the old one stays, signed and pinned like any peer's chain, and is still served; held
   * submissions are recorded as the new one's first entries. Never a fork: the new chain has its own author.
   */
  adoptIdentity(nowMs: number, author: number, keys: KeyPair): void {
    this.ctx.store.transaction(() => this.chain.adoptIdentity(author >>> 0, keys, nowMs));
  }

  /** The own chain is being recovered from peers (after the store was lost): submissions are held meanwhile. */
  get recovering(): boolean {
    return this.chain.recovering;
  }

  /** Just started with its own chain in the store: submissions are held until no peer has shown a longer one. */
  get checkingStart(): boolean {
    return this.chain.checkingStart;
  }

  /** While recovering: whether a neighbouring gateway has answered since this start (if none ever does, see adoptIdentity). */
  get recoveryPeersHeard(): boolean {
    return this.chain.recoveryPeersHeard;
  }

  /**
   * Send `author`'s chain from `fromSeq` now, unasked, broadcast as an answer is. The protocol decides this from
   * digests by itself; the simulator calls it to measure what perfect knowledge of a gap would gain.
   */
  offerChain(nowMs: number, author: number, fromSeq: number): void {
    this.ctx.store.transaction(() => this.chain.offer(author >>> 0, fromSeq, nowMs));
  }

  /** Raise an alert (or update or cancel one) as this gateway. */
  submitAlert(nowMs: number, input: AlertInput): StoredAlert {
    return this.ctx.store.transaction(() => this.alerts.submit(input, nowMs));
  }

  /** Do what has fallen due by `nowMs`: publish, digest, announce, re-send alerts, ack. Call when `pollTimeout()` has passed. */
  handleTimeout(nowMs: number): void {
    this.ctx.store.transaction(() => {
      this.alerts.collectDue(nowMs);
      this.chain.collectDue(nowMs);
    });
  }

  /** The next packet to hand the link, if one is waiting and the airtime budget allows it. Call until undefined. */
  pollTransmit(nowMs: number): OutboundPacket | undefined {
    if (nowMs < this.paceUntilMs && this.ctx.readyCount > 0) {
      this.blockedUntilMs = this.paceUntilMs;
      return undefined;
    }
    let blockedUntilMs = Number.POSITIVE_INFINITY;
    const packet = this.ctx.takeReady((candidate) => {
      const airtime = packetAirtimeMs(this.preset, candidate.payload.length + DATA_OVERHEAD_BYTES);
      if (this.budget.allows(nowMs, airtime, candidate.urgent)) return true;
      blockedUntilMs = Math.min(blockedUntilMs, this.budget.availableAtMs(nowMs, airtime, candidate.urgent));
      return false;
    });
    if (!packet) {
      this.blockedUntilMs = blockedUntilMs;
      return undefined;
    }
    this.blockedUntilMs = Number.POSITIVE_INFINITY;
    const airtime = packetAirtimeMs(this.preset, packet.payload.length + DATA_OVERHEAD_BYTES);
    this.budget.record(nowMs, airtime);
    this.paceUntilMs = nowMs + this.paceAirtimes * airtime;
    packet.onSent?.(nowMs);
    const { rank: _rank, urgent: _urgent, onSent: _onSent, ...out } = packet;
    return out;
  }

  pollEvent(): EngineEvent | undefined {
    return this.ctx.takeEvent();
  }

  /**
   * The next moment `handleTimeout` has work, or the airtime budget frees a packet `pollTransmit` held back;
   * undefined when nothing is scheduled. Packets lined up by input are not counted: the driver polls after input.
   */
  pollTimeout(): number | undefined {
    const due = Math.min(this.chain.nextDueMs(), this.alerts.nextDueMs(), this.blockedUntilMs);
    return Number.isFinite(due) ? due : undefined;
  }

  /** Entries peers have told us of that we do not hold yet. */
  syncLag(nowMs: number): number {
    return this.chain.missingEntries(nowMs);
  }

  activeAlerts(nowMs: number): StoredAlert[] {
    return this.alerts.active(nowMs);
  }

  /** Counters of what was rejected or replayed, kept in the store. */
  counters(): Record<string, number> {
    return this.ctx.store.counters();
  }

  private dispatch(message: AppMessage, from: number, nowMs: number): void {
    (this.handlers[message.type] as Handler)(message as never, from, nowMs);
  }

  private onFragment(body: Extract<AppMessage, { type: 'fragment' }>['body'], from: number, nowMs: number): void {
    let whole: Uint8Array | undefined;
    let inner: AppMessage;
    try {
      whole = this.reassembler.add(from, body, nowMs);
      if (!whole) return;
      inner = decodeMessage(whole);
    } catch (err) {
      this.ctx.reject('fragment', from, errorMessage(err));
      return;
    }
    if (inner.type === 'fragment') {
      this.ctx.reject('fragment', from, 'a fragment inside a fragment');
      return;
    }
    this.dispatch(inner, from, nowMs);
  }
}
