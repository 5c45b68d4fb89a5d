/**
 * The gateway's outgoing packets on their way into the radio, with the firmware's flow control: a packet is
 * handed over only while the radio's transmit queue has room (QueueStatus.free), never faster than the firmware
 * accepts on its port, and with a fresh packet id on every retry (the firmware ignores an id it saw among its
 * last 20). Pure state: time comes in as `nowMs`, ids from the injected generator; the session does the I/O.
 *
 * Nothing the radio refuses is dropped: a QueueStatus with res != 0 (its queue full) or a RATE_LIMIT_EXCEEDED NAK
 * puts the packet back with a growing pause, and it fails, with the reason, only after `maxRefusals`. What people
 * send is bounded: past `maxWaiting` packets below high priority, a `refuseWhenBusy` request is refused (the caller
 * says "try again later") rather than build hours of backlog on a channel that carries a packet every few seconds;
 * high-priority packets (alerts and their acks) go first.
 */
import { create } from '@bufbuild/protobuf';
import { Mesh } from '@meshtastic/protobufs';
import { assertPayloadFits, PORT_MIN_INTERVAL_MS } from '../protocol/meshtastic/packet-limits.ts';
import type { MeshloomError } from '../protocol/meshloom-error.ts';
import { radioErrors } from './errors.ts';

export interface SendRequest {
  /** Destination node number; 0xffffffff broadcasts. */
  to: number;
  portnum: number;
  payload: Uint8Array;
  /** Channel index, 0 (primary) by default. */
  channel?: number;
  wantAck?: boolean;
  wantResponse?: boolean;
  /** MeshPacket.Priority; the firmware picks one from the port when unset. */
  priority?: number;
  hopLimit?: number;
  /** Mark it as come from MQTT, so no gateway uplinks it again. */
  viaMqtt?: boolean;
  /** Data.bitfield: bit 0 is OK-to-MQTT. */
  bitfield?: number;
  /**
   * Refuse (MESHLOOM_ERR_RADIO_BUSY) rather than wait behind `maxWaiting` others: for what people send, such as
   * chat, where "try again later" beats a backlog of hours. The engine's own packets are paced by its airtime
   * budget instead and always wait.
   */
  refuseWhenBusy?: boolean;
}

/** queued: waiting in meshloom; sent: the radio took it; acked: delivery confirmed; failed: see `error`. */
export type SendState = 'queued' | 'sent' | 'acked' | 'failed';

export interface OutboundPacket {
  /** Stable handle for this send; `id` changes with every retry. */
  readonly key: number;
  readonly request: SendRequest;
  id: number;
  state: SendState;
  /** How many times it was handed to the radio. */
  attempts: number;
  error?: MeshloomError;
  /** The mesh's routing error, when the radio reported one for it (MAX_RETRANSMIT: no ack after its resends). */
  routingError?: Mesh.Routing_Error;
  /** When it was last handed to the radio (awaiting its QueueStatus) or accepted (awaiting its ack). */
  sinceMs: number;
  /** Times the radio refused it; it waits until `notBeforeMs` after each. */
  refusals: number;
  notBeforeMs: number;
}

export interface SendStatusChange {
  packet: OutboundPacket;
  state: SendState;
}

export interface SendQueueOptions {
  /** Returns a fresh non-zero packet id. */
  newPacketId: () => number;
  /** Slots of the radio's queue left for its own traffic and relaying. Default 2. */
  reserveSlots?: number;
  /** Hand-overs before a packet the radio never confirmed is given up. Default 3. */
  maxAttempts?: number;
  /** Wait for the QueueStatus that follows every ToRadio packet before handing it over again. Default 10 s. */
  queueStatusTimeoutMs?: number;
  /** Wait for the mesh's ack (or the firmware's NAK) of a want_ack packet. Default 120 s. */
  ackTimeoutMs?: number;
  /** Least interval per portnum; defaults to the firmware's limits. */
  portIntervalsMs?: ReadonlyMap<number, number>;
  /** Packets below high priority waiting at once beyond which a `refuseWhenBusy` request is refused. Default 64. */
  maxWaiting?: number;
  /**
   * Hop limit for a request that names none: the radio's configured one. The firmware sends a client's packet
   * with the hop_limit it was given, and 0 (unset) means one hop only, except for want_ack packets (Router.cpp
   * sendLocal); the phone apps always set it. Default 3, the firmware's own default.
   */
  defaultHopLimit?: () => number;
  /** Refusals by the radio (queue full, rate limit) before a packet fails. Default 6 (about a minute of pauses). */
  maxRefusals?: number;
  /** First pause after a refusal, doubled after each. Default 2 s. */
  refusalPauseMs?: number;
}

/** MeshPacket.Priority HIGH (alerts); at or above it a packet is never refused and jumps the queue. */
const HIGH_PRIORITY = 100;
const isHigh = (request: SendRequest) => (request.priority ?? 0) >= HIGH_PRIORITY;

export class SendQueue {
  private readonly newPacketId: () => number;
  private readonly defaultHopLimit: () => number;
  private readonly reserveSlots: number;
  private readonly maxAttempts: number;
  private readonly queueStatusTimeoutMs: number;
  private readonly ackTimeoutMs: number;
  private readonly portIntervalsMs: ReadonlyMap<number, number>;
  private readonly maxWaiting: number;
  private readonly maxRefusals: number;
  private readonly refusalPauseMs: number;

  private readonly waiting: OutboundPacket[] = [];
  /** Handed to the radio, no QueueStatus yet; by packet id. */
  private readonly awaitingStatus = new Map<number, OutboundPacket>();
  /** Accepted by the radio, want_ack, no routing answer yet; by packet id. */
  private readonly awaitingAck = new Map<number, OutboundPacket>();
  /** Accepted without want_ack, kept a while in case the firmware NAKs it after all (its rate limit); by id. */
  private readonly recentlySent = new Map<number, OutboundPacket>();
  private readonly lastSentOnPortMs = new Map<number, number>();
  /** The radio's last reported free slots; undefined until it tells us, when one packet at a time is safe. */
  private radioFree: number | undefined;
  private nextKey = 1;

  constructor(options: SendQueueOptions) {
    if (typeof options?.newPacketId !== 'function') throw new TypeError('"newPacketId" must be a function');
    this.newPacketId = options.newPacketId;
    this.defaultHopLimit = options.defaultHopLimit ?? (() => 3);
    this.reserveSlots = nonNegative('reserveSlots', options.reserveSlots ?? 2);
    this.maxAttempts = nonNegative('maxAttempts', options.maxAttempts ?? 3);
    this.queueStatusTimeoutMs = nonNegative('queueStatusTimeoutMs', options.queueStatusTimeoutMs ?? 10_000);
    this.ackTimeoutMs = nonNegative('ackTimeoutMs', options.ackTimeoutMs ?? 120_000);
    this.portIntervalsMs = options.portIntervalsMs ?? PORT_MIN_INTERVAL_MS;
    this.maxWaiting = nonNegative('maxWaiting', options.maxWaiting ?? 64);
    this.maxRefusals = nonNegative('maxRefusals', options.maxRefusals ?? 6);
    this.refusalPauseMs = nonNegative('refusalPauseMs', options.refusalPauseMs ?? 2_000);
  }

  /** Packets not yet settled: waiting, handed over, or awaiting their ack. */
  get size(): number {
    return this.waiting.length + this.awaitingStatus.size + this.awaitingAck.size;
  }

  get waitingCount(): number {
    return this.waiting.length;
  }

  /**
   * Queue a packet; throws before anything is queued when it cannot fit (MESHLOOM_ERR_PAYLOAD_TOO_LARGE) or, for a
   * `refuseWhenBusy` request, when too many below high priority already wait (MESHLOOM_ERR_RADIO_BUSY).
   */
  enqueue(request: SendRequest, nowMs: number): OutboundPacket {
    assertPayloadFits({ portnum: request.portnum, payload: request.payload, wantResponse: request.wantResponse });
    const high = isHigh(request);
    const ordinary = this.waiting.filter((p) => !isHigh(p.request)).length;
    if (request.refuseWhenBusy && !high && ordinary >= this.maxWaiting) throw radioErrors.MESHLOOM_ERR_RADIO_BUSY(ordinary);
    const packet: OutboundPacket = {
      key: this.nextKey++,
      request,
      id: 0,
      state: 'queued',
      attempts: 0,
      sinceMs: nowMs,
      refusals: 0,
      notBeforeMs: 0,
    };
    if (high) {
      const firstOrdinary = this.waiting.findIndex((p) => !isHigh(p.request));
      this.waiting.splice(firstOrdinary === -1 ? this.waiting.length : firstOrdinary, 0, packet);
    } else this.waiting.push(packet);
    return packet;
  }

  /** The next packet the radio can take now, with the MeshPacket to write; it then awaits its QueueStatus. */
  takeNext(nowMs: number): { outbound: OutboundPacket; meshPacket: Mesh.MeshPacket } | undefined {
    if (!this.hasRadioRoom()) return undefined;
    const index = this.waiting.findIndex((p) => this.openAtMs(p) <= nowMs);
    if (index === -1) return undefined;
    const [packet] = this.waiting.splice(index, 1) as [OutboundPacket];
    packet.id = this.newPacketId();
    packet.attempts++;
    packet.sinceMs = nowMs;
    this.awaitingStatus.set(packet.id, packet);
    this.lastSentOnPortMs.set(packet.request.portnum, nowMs);
    return { outbound: packet, meshPacket: toMeshPacket(packet, this.defaultHopLimit()) };
  }

  /**
   * True when packets wait only because the radio's last report left no room: the radio reports again only
   * when spoken to, so the session should poll it (a heartbeat is answered with a QueueStatus).
   */
  needsRoomReport(): boolean {
    return this.waiting.length > 0 && this.awaitingStatus.size === 0 && !this.hasRadioRoom();
  }

  onQueueStatus(status: Mesh.QueueStatus, nowMs: number): SendStatusChange[] {
    const packet = this.awaitingStatus.get(status.meshPacketId);
    if (packet) this.awaitingStatus.delete(status.meshPacketId);
    this.radioFree = status.free;
    if (!packet) return [];
    if (status.res !== 0) return this.refused(packet, nowMs, radioErrors.MESHLOOM_ERR_RADIO_REFUSED(status.res, packet.refusals + 1));
    packet.sinceMs = nowMs;
    if (packet.request.wantAck) this.awaitingAck.set(packet.id, packet);
    else this.recentlySent.set(packet.id, packet);
    return [this.move(packet, 'sent')];
  }

  /** A ROUTING_APP packet whose request_id names one of ours: the mesh's ack, or the firmware's NAK. */
  onRouting(requestId: number, errorReason: Mesh.Routing_Error, nowMs: number): SendStatusChange[] {
    const packet = this.awaitingAck.get(requestId) ?? this.awaitingStatus.get(requestId) ?? this.recentlySent.get(requestId);
    if (!packet) return [];
    this.awaitingAck.delete(requestId);
    this.awaitingStatus.delete(requestId);
    this.recentlySent.delete(requestId);
    // A packet sent without want_ack hears nothing more unless it was refused after all.
    if (errorReason === Mesh.Routing_Error.NONE && !packet.request.wantAck) return [];
    if (errorReason === Mesh.Routing_Error.NONE) return [this.settle(packet, 'acked')];
    // The firmware's own rate limit on texts from the phone: it refused to send, so it is ours to send later.
    if (errorReason === Mesh.Routing_Error.RATE_LIMIT_EXCEEDED) {
      return this.refused(packet, nowMs, radioErrors.MESHLOOM_ERR_ROUTING('RATE_LIMIT_EXCEEDED'));
    }
    packet.routingError = errorReason;
    return [this.settle(packet, 'failed', radioErrors.MESHLOOM_ERR_ROUTING(Mesh.Routing_Error[errorReason] ?? String(errorReason)))];
  }

  /** Retry packets whose QueueStatus never came; give up on acks that never came. */
  onTimer(nowMs: number): SendStatusChange[] {
    const changes: SendStatusChange[] = [];
    for (const packet of [...this.awaitingStatus.values()]) {
      if (nowMs - packet.sinceMs >= this.queueStatusTimeoutMs) {
        this.awaitingStatus.delete(packet.id);
        changes.push(...this.retryOrFail(packet, radioErrors.MESHLOOM_ERR_NO_QUEUE_STATUS(packet.attempts)));
      }
    }
    for (const packet of [...this.recentlySent.values()]) {
      if (nowMs - packet.sinceMs >= this.queueStatusTimeoutMs) this.recentlySent.delete(packet.id);
    }
    for (const packet of [...this.awaitingAck.values()]) {
      if (nowMs - packet.sinceMs >= this.ackTimeoutMs) {
        this.awaitingAck.delete(packet.id);
        changes.push(this.settle(packet, 'failed', radioErrors.MESHLOOM_ERR_ACK_TIMEOUT(this.ackTimeoutMs)));
      }
    }
    return changes;
  }

  /**
   * The link dropped or the radio rebooted: packets handed over but unconfirmed may never have reached the
   * radio, so they go back to the front of the queue (to be sent with fresh ids), and the radio's room is unknown.
   */
  onLinkLost(): void {
    const unconfirmed = [...this.awaitingStatus.values()];
    this.awaitingStatus.clear();
    for (const packet of unconfirmed) packet.attempts = Math.max(0, packet.attempts - 1);
    this.waiting.unshift(...unconfirmed);
    this.radioFree = undefined;
  }

  /** Fail everything unsettled (the session is closing for good). */
  abandonAll(error: MeshloomError): SendStatusChange[] {
    const all = [...this.waiting, ...this.awaitingStatus.values(), ...this.awaitingAck.values()];
    this.waiting.length = 0;
    this.awaitingStatus.clear();
    this.awaitingAck.clear();
    this.recentlySent.clear();
    return all.map((packet) => this.settle(packet, 'failed', error));
  }

  /** Earliest time at which `onTimer` or `takeNext` may have something to do. */
  nextDeadlineMs(): number | undefined {
    const times: number[] = [];
    for (const p of this.awaitingStatus.values()) times.push(p.sinceMs + this.queueStatusTimeoutMs);
    for (const p of this.awaitingAck.values()) times.push(p.sinceMs + this.ackTimeoutMs);
    for (const p of this.recentlySent.values()) times.push(p.sinceMs + this.queueStatusTimeoutMs);
    if (this.hasRadioRoom()) for (const p of this.waiting) times.push(this.openAtMs(p));
    return times.length > 0 ? Math.min(...times) : undefined;
  }

  /** The packet currently known by this id, to match responses to requests. */
  findById(id: number): OutboundPacket | undefined {
    return this.awaitingAck.get(id) ?? this.awaitingStatus.get(id);
  }

  private hasRadioRoom(): boolean {
    if (this.radioFree === undefined) return this.awaitingStatus.size === 0;
    return this.radioFree - this.awaitingStatus.size > this.reserveSlots;
  }

  /** When a waiting packet may go: its port's interval and any pause after a refusal. */
  private openAtMs(packet: OutboundPacket): number {
    return Math.max(packet.notBeforeMs, this.portOpenAtMs(packet.request.portnum));
  }

  private refused(packet: OutboundPacket, nowMs: number, error: MeshloomError): SendStatusChange[] {
    packet.refusals += 1;
    if (packet.refusals >= this.maxRefusals) return [this.settle(packet, 'failed', error)];
    packet.notBeforeMs = nowMs + this.refusalPauseMs * 2 ** (packet.refusals - 1);
    packet.attempts = Math.max(0, packet.attempts - 1);
    this.waiting.unshift(packet);
    return [this.move(packet, 'queued')];
  }

  private portOpenAtMs(portnum: number): number {
    const last = this.lastSentOnPortMs.get(portnum);
    const interval = this.portIntervalsMs.get(portnum);
    return last === undefined || interval === undefined ? 0 : last + interval;
  }

  private retryOrFail(packet: OutboundPacket, error: MeshloomError): SendStatusChange[] {
    if (packet.attempts >= this.maxAttempts) return [this.settle(packet, 'failed', error)];
    this.waiting.unshift(packet);
    return [];
  }

  private move(packet: OutboundPacket, state: SendState): SendStatusChange {
    packet.state = state;
    return { packet, state };
  }

  private settle(packet: OutboundPacket, state: 'acked' | 'failed', error?: MeshloomError): SendStatusChange {
    if (error) packet.error = error;
    return this.move(packet, state);
  }
}

function toMeshPacket(packet: OutboundPacket, defaultHopLimit: number): Mesh.MeshPacket {
  const r = packet.request;
  return create(Mesh.MeshPacketSchema, {
    id: packet.id,
    to: r.to,
    channel: r.channel ?? 0,
    wantAck: r.wantAck ?? false,
    priority: r.priority ?? 0,
    hopLimit: r.hopLimit ?? defaultHopLimit,
    viaMqtt: r.viaMqtt ?? false,
    payloadVariant: {
      case: 'decoded',
      value: { portnum: r.portnum, payload: r.payload, wantResponse: r.wantResponse ?? false, ...(r.bitfield !== undefined ? { bitfield: r.bitfield } : {}) },
    },
  });
}

function nonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw new TypeError(`"${name}" must be a non-negative number`);
  return value;
}
