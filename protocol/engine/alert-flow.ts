/**
 * Alerts across the mesh: signed, flooded at high priority, mirrored once as bell-prefixed text on ALERT_APP for
 * people with only the stock app, acknowledged by every gateway that receives them (once, after a random delay,
 * so acks do not collide; again only if the alert keeps coming long after), and re-sent by their author with
 * backoff until every gateway heard on the link has acked, the alert expires or is superseded, or the attempts run
 * out. Updates and cancels supersede the alerts they reference.
 *
 * A gateway on two links (radio and federation) relays federated alerts from one to the other, as sender of
 * record on the second: acks go back to whoever passed the alert on, so each link is made reliable by its own
 * sender, and an author never waits for gateways it cannot hear.
 */
import { Portnums } from '@meshtastic/protobufs';
import { LIMITS, MsgType, Scope, Severity, type AlertAckBody, type AlertBody, type DigestBody, validateAlertBody } from '../app/messages.ts';
import { fromMinute, toMinute } from '../app/meshloom-time.ts';
import { encodeMessage } from '../app/packet-format.ts';
import { signMessage, verifyMessage } from '../app/signatures.ts';
import { BROADCAST_NUM } from '../meshtastic/stream-constants.ts';
import { RANK, type EngineContext } from './engine-context.ts';
import type { StoredAlert } from './engine-store.ts';
import { PRIORITY } from './engine-types.ts';

export interface AlertFlowOptions {
  ackSpreadMs: number;
  resendMs: number;
  attempts: number;
  mirrorText: boolean;
}

/** What a user fills in; the engine adds the id, author, times and signature. */
export type AlertInput = Omit<AlertBody, 'id' | 'author' | 'sentMinute' | 'expiresMinute'> & { expiresAtMs: number };

const BELL = '\u0007';

/** Messages held per unknown author, and unknown authors held for: a flood of made-up authors stays small. */
const HELD_PER_AUTHOR = 8;
const HELD_AUTHORS = 64;

/** Keep `item` until `author`'s key comes; false when there is no room (then the key is not asked for either). */
function hold<T>(waiting: Map<number, T[]>, author: number, item: T): boolean {
  const list = waiting.get(author);
  if (!list && waiting.size >= HELD_AUTHORS) return false;
  if (list && list.length >= HELD_PER_AUTHOR) return true;
  if (list) list.push(item);
  else waiting.set(author, [item]);
  return true;
}

/** The longest wait between copies of an alert nobody has acked yet: the digest interval's order. */
const MAX_RESEND_INTERVAL_MS = 15 * 60_000;

export class AlertFlow {
  /** Alerts from authors whose key has not arrived yet, to check once it does. */
  private readonly waitingForKey = new Map<number, { body: AlertBody; signature: Uint8Array; from: number }[]>();
  /** Acks from gateways whose key we do not hold yet (their announcement was lost): checked when it comes. */
  private readonly acksWaitingForKey = new Map<number, { body: AlertAckBody; signature: Uint8Array; from: number }[]>();

  constructor(
    private readonly ctx: EngineContext,
    private readonly options: AlertFlowOptions,
    /** Ask the sender for the key of an author we cannot check yet. */
    private readonly askForKey: (author: number, from: number, nowMs: number) => void,
  ) {}

  submit(input: AlertInput, nowMs: number): StoredAlert {
    const { store, self, keys } = this.ctx;
    const { expiresAtMs, ...fields } = input;
    const body = {
      ...fields,
      id: store.nextAlertId(self),
      author: self,
      sentMinute: toMinute(nowMs),
      expiresMinute: Math.max(toMinute(expiresAtMs), toMinute(nowMs) + 1),
    };
    // Checked as every receiver will check it, before anything is signed or stored.
    validateAlertBody(body);
    const signature = signMessage(keys, { type: 'alert', body });
    const alert: StoredAlert = { author: self, body, signature, superseded: false, receivedAtMs: nowMs };
    store.putAlert(alert);
    if (body.msgType !== MsgType.ALERT) this.supersede(self, body.references);
    store.putSending({ link: this.ctx.link, author: self, id: body.id, attempts: 0, nextAtMs: nowMs });
    this.queueText(body);
    this.ctx.emit({ type: 'alert', alert, local: true });
    return alert;
  }

  onAlert(body: AlertBody, signature: Uint8Array, from: number, nowMs: number): void {
    const author = body.author ?? from;
    if (author === this.ctx.self) return;
    const key = this.ctx.store.getAuthor(author);
    if (!key) {
      if (hold(this.waitingForKey, author, { body, signature, from })) this.askForKey(author, from, nowMs);
      return;
    }
    const signed = { ...body, author };
    if (!verifyMessage(key.publicKey, { type: 'alert', body: signed }, signature)) {
      this.ctx.reject('forged', from, `alert ${body.id} of !${author.toString(16)} does not match its author's signature`);
      return;
    }
    const { store, link } = this.ctx;
    if (store.getAlert(author, body.id)) {
      // A re-send: our ack may have been lost; answer again, but not more often than the author re-sends.
      const last = store.lastAckSentAt(link, author, body.id);
      if (last === undefined || nowMs - last >= this.options.resendMs) store.scheduleAck(link, author, body.id, from, nowMs + this.spread());
      return;
    }
    const alert: StoredAlert = { author, body: signed, signature, superseded: false, receivedAtMs: nowMs };
    store.putAlert(alert);
    if (body.msgType !== MsgType.ALERT) this.supersede(author, body.references);
    store.scheduleAck(link, author, body.id, from, nowMs + this.spread());
    this.ctx.emit({ type: 'alert', alert, local: false });
  }

  onAck(body: AlertAckBody, signature: Uint8Array, from: number, nowMs: number): void {
    const acker = body.acker ?? from;
    const key = this.ctx.store.getAuthor(acker);
    if (!key) {
      // Only for an alert we hold: acks for anything else are not worth a key request.
      if (this.ctx.store.getAlert(body.alertAuthor, body.alertId) && hold(this.acksWaitingForKey, acker, { body, signature, from })) {
        this.askForKey(acker, from, nowMs);
      }
      return;
    }
    if (!verifyMessage(key.publicKey, { type: 'alertAck', body: { ...body, acker } }, signature)) {
      this.ctx.reject('forged', from, `ack for alert ${body.alertId} claims to come from !${acker.toString(16)}`);
      return;
    }
    const { store, link } = this.ctx;
    if (!store.putAck(body.alertAuthor, body.alertId, acker, nowMs)) return;
    this.ctx.emit({ type: 'alert-ack', author: body.alertAuthor, id: body.alertId, acker });
    if (store.isSending(link, body.alertAuthor, body.alertId) && this.ackState(body.alertAuthor, body.alertId).allAcked) {
      store.dropSending(body.alertAuthor, body.alertId, link);
    }
  }

  /** Send on this link a federated alert raised or received on another link (as its sender of record here). */
  relay(alert: StoredAlert, nowMs: number): boolean {
    const { store, link } = this.ctx;
    if (alert.body.scope === Scope.LOCAL || alert.superseded) return false;
    if (fromMinute(alert.body.expiresMinute) <= nowMs || store.isSending(link, alert.author, alert.body.id)) return false;
    store.putSending({ link, author: alert.author, id: alert.body.id, attempts: 0, nextAtMs: nowMs });
    this.queueText(alert.body);
    return true;
  }

  /**
   * A peer's digest lists the alerts in force it holds: each one we hold in force on this link that it lacks,
   * and that it has not acked, is sent again (after a random spread, so not every gateway answers at once). So a
   * partition that heals after the author stopped re-sending still gets every alert, update and cancel.
   */
  onDigest(body: DigestBody, from: number, nowMs: number): void {
    if (from === this.ctx.self) return;
    const { store, link } = this.ctx;
    const theirs = new Set((body.alerts ?? []).map((a) => `${a.author}:${a.id}`));
    for (const alert of alertsInForce(this.ctx, nowMs)) {
      const { author } = alert;
      const { id } = alert.body;
      if (author === from || theirs.has(`${author}:${id}`) || store.ackers(author, id).includes(from) || store.isSending(link, author, id)) continue;
      store.putSending({ link, author, id, attempts: 0, nextAtMs: nowMs + this.options.ackSpreadMs * this.ctx.random() });
    }
  }

  /** A key arrived: check the alerts that were waiting for it. */
  keyArrived(author: number, nowMs: number): void {
    const waiting = this.waitingForKey.get(author);
    this.waitingForKey.delete(author);
    for (const item of waiting ?? []) this.onAlert(item.body, item.signature, item.from, nowMs);
    const acks = this.acksWaitingForKey.get(author);
    this.acksWaitingForKey.delete(author);
    for (const item of acks ?? []) this.onAck(item.body, item.signature, item.from, nowMs);
  }

  collectDue(nowMs: number): void {
    const { store, self, link } = this.ctx;
    for (const sending of store.sendingAlerts(link)) {
      if (sending.nextAtMs > nowMs) continue;
      const alert = store.getAlert(sending.author, sending.id);
      const over = !alert || alert.superseded || fromMinute(alert.body.expiresMinute) <= nowMs;
      // Nobody known to wait for and nobody has acked: a copy may have reached no one, so it keeps going (ever
      // more slowly) until someone acks or it expires.
      const acks = over ? undefined : this.ackState(sending.author, sending.id);
      if (!alert || !acks || (!acks.unheard && (sending.attempts >= this.options.attempts || (sending.attempts > 0 && acks.allAcked)))) {
        store.dropSending(sending.author, sending.id, link);
        continue;
      }
      // The author field is left out when it is the sender's node number; a relay or a new identity names it.
      const { author: _sender, ...unnamed } = alert.body;
      const onAir = { ...unnamed, ...this.ctx.authorOnAir(alert.author) };
      for (const payload of this.ctx.payloadsFor({ type: 'alert', body: onAir, signature: alert.signature })) {
        this.ctx.queue({ to: BROADCAST_NUM, payload, priority: PRIORITY.HIGH, kind: 'alert', rank: RANK.alert, urgent: true });
      }
      const attempts = sending.attempts + 1;
      const backoffMs = Math.min(this.options.resendMs * 2 ** (attempts - 1), MAX_RESEND_INTERVAL_MS);
      store.putSending({ ...sending, attempts, nextAtMs: nowMs + backoffMs * (0.9 + 0.2 * this.ctx.random()) });
    }
    for (const due of store.dueAcks(link, nowMs)) {
      const body = { alertAuthor: due.author, alertId: due.id, acker: self };
      const signature = signMessage(this.ctx.keys, { type: 'alertAck', body });
      const acker = this.ctx.authorOnAir(self).author;
      const onAir = { alertAuthor: due.author, alertId: due.id, ...(acker === undefined ? {} : { acker }) };
      const payload = encodeMessage({ type: 'alertAck', body: onAir, signature });
      this.ctx.queue({ to: due.replyTo, payload, priority: PRIORITY.HIGH, kind: 'ack', rank: RANK.ack, urgent: true });
      store.ackSent(link, due.author, due.id, nowMs);
    }
  }

  nextDueMs(): number {
    const times = this.ctx.store.sendingAlerts(this.ctx.link).map((s) => s.nextAtMs);
    const ack = this.ctx.store.nextAckDueAtMs(this.ctx.link) ?? Number.POSITIVE_INFINITY;
    return Math.min(ack, ...times);
  }

  /** Alerts in force: not expired, superseded or cancelled. */
  active(nowMs: number): StoredAlert[] {
    return this.ctx.store.alerts().filter((a) => !a.superseded && a.body.msgType !== MsgType.CANCEL && fromMinute(a.body.expiresMinute) > nowMs);
  }

  /**
   * allAcked: every gateway heard on this link, but the alert's author and us, has acked. unheard: no such
   * gateway is known and none has acked.
   */
  private ackState(author: number, id: number): { allAcked: boolean; unheard: boolean } {
    const { store, self, link } = this.ctx;
    const acked = new Set(store.ackers(author, id));
    const others = store.linkPeers(link).filter((peer) => peer !== self && peer !== author);
    return { allAcked: others.every((peer) => acked.has(peer)), unheard: acked.size === 0 && others.length === 0 };
  }

  private supersede(author: number, ids: number[]): void {
    this.ctx.store.supersede(author, ids);
    if (author === this.ctx.self) for (const id of ids) this.ctx.store.dropSending(author, id);
  }

  /** The plain-text copy for stock Meshtastic apps: bell, severity, headline, instruction; cut to fit. */
  private queueText(body: AlertBody): void {
    if (!this.options.mirrorText) return;
    const severity = Object.entries(Severity).find(([, v]) => v === body.severity)?.[0] ?? '';
    const prefix = body.msgType === MsgType.CANCEL ? 'CANCELLED' : severity.replace('SEVERITY_UNKNOWN', 'ALERT');
    const parts = [`${BELL}${prefix}: ${body.headline}`, body.instruction, body.area ? `Area: ${body.area}` : ''].filter(Boolean);
    const payload = truncateUtf8(parts.join(' - '), this.ctx.maxPayloadBytes);
    this.ctx.queue({
      portnum: Portnums.PortNum.ALERT_APP,
      to: BROADCAST_NUM,
      payload,
      priority: PRIORITY.HIGH,
      kind: 'alert-text',
      rank: RANK.alertText,
      urgent: true,
    });
  }

  private spread(): number {
    return Math.floor(this.ctx.random() * this.options.ackSpreadMs);
  }
}

function truncateUtf8(text: string, maxBytes: number): Uint8Array {
  const encoder = new TextEncoder();
  let out = text;
  while (encoder.encode(out).length > maxBytes) out = out.slice(0, -1);
  return encoder.encode(out);
}

/**
 * Alerts in force on a link, newest first, as many as a digest lists: not superseded or expired (updates and
 * cancels included: a cancel is what supersedes its alert elsewhere); alerts of local scope on radio links only.
 */
export function alertsInForce(ctx: EngineContext, nowMs: number): StoredAlert[] {
  return ctx.store
    .alerts()
    .filter((a) => !a.superseded && fromMinute(a.body.expiresMinute) > nowMs && (ctx.onAir || a.body.scope !== Scope.LOCAL))
    .sort((a, b) => b.receivedAtMs - a.receivedAtMs)
    .slice(0, LIMITS.digestAlerts);
}
