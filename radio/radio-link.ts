/**
 * The link with one radio running the stock Meshtastic firmware, as a state machine without I/O: what the
 * device said and the passing of time come in with `now`; bytes to write, events and the next deadline come out
 * (`pollTransmit`, `pollEvent`, `pollTimeout`), the shape of the engine and of quinn-proto. RadioSession is the
 * thin driver that owns the transport and the clock; tests drive this with numbers.
 *
 * It keeps the link alive the way the official clients do and then some: wake bytes and a want_config_id with a
 * fresh random nonce, completion only on the matching config_complete_id, the download again after `rebooted`,
 * heartbeats, a silent radio taken for gone, and reconnection with jittered backoff. Outgoing packets live in a
 * SendQueue that survives reconnects.
 */
import { create, toBinary } from '@bufbuild/protobuf';
import { Admin, Mesh, Portnums } from '@meshtastic/protobufs';
import { asMeshloomError, errorMessage, type MeshloomError } from '../protocol/meshloom-error.ts';
import { NodeDb, type NodeRecord } from '../protocol/meshtastic/node-db.ts';
import { type FromRadio, type ToRadioInit, toRadioFrame } from '../protocol/meshtastic/radio-codec.ts';
import { routingErrorOf } from '../protocol/meshtastic/routing-packet.ts';
import { HEARTBEAT_INTERVAL_MS, NONCE_ONLY_CONFIG, NONCE_ONLY_NODES, WAKE_BYTES, WAKE_SETTLE_MS } from '../protocol/meshtastic/stream-constants.ts';
import { Deadlines } from '../support/deadlines.ts';
import { collectConfigFrame, type DeviceState, emptyDeviceState } from './device-state.ts';
import { radioErrors } from './errors.ts';
import { ResponseWaiters } from './response-waiters.ts';
import { type OutboundPacket, SendQueue, type SendRequest, type SendStatusChange } from './send-queue.ts';
import type { DeviceItem } from './transport.ts';

export type SessionState = 'idle' | 'connecting' | 'configuring' | 'ready' | 'backoff' | 'closed';

export interface LogEvent {
  /** 'text': raw console text between frames; 'record': a LogRecord frame. */
  source: 'text' | 'record';
  text: string;
  level?: string;
}

export type RadioLinkEvent =
  /** Open a transport, then call `handleOpened` or `handleOpenFailed`. */
  | { type: 'open' }
  /** Close the transport (a silent radio, a download that never completes); `handleClosed` follows. */
  | { type: 'close' }
  | { type: 'configured'; device: DeviceState }
  | { type: 'packet'; packet: Mesh.MeshPacket }
  | { type: 'node'; node: NodeRecord }
  | { type: 'log'; log: LogEvent }
  | { type: 'disconnected'; reason: string; willRetry: boolean }
  | { type: 'error'; error: MeshloomError }
  | { type: 'sendStatus'; change: SendStatusChange };

export interface RadioLinkOptions {
  /** Uniform [0, 1); drives nonces, packet ids and backoff jitter. */
  random: () => number;
  /** Default 300 s, as the official clients. */
  heartbeatIntervalMs?: number;
  /** A radio that says nothing for this long after a heartbeat is taken for gone. Default 20 s. */
  heartbeatReplyTimeoutMs?: number;
  /** A config download that does not complete in this time is asked for again. Default 30 s. */
  configTimeoutMs?: number;
  /** Downloads tried on one connection before it is reopened. Default 3. */
  configAttempts?: number;
  /** Pause between the wake bytes and want_config_id. Default 100 ms. */
  wakeSettleMs?: number;
  /** First reconnect delay, doubled after each failure up to `reconnectMaxMs`. Default 500 ms. */
  reconnectInitialMs?: number;
  /** Default 30 s. */
  reconnectMaxMs?: number;
  /** How often to ask the radio for room when its queue was full. Default 1 s. */
  roomPollMs?: number;
  sendQueue?: { reserveSlots?: number; maxAttempts?: number; queueStatusTimeoutMs?: number; ackTimeoutMs?: number };
}

/** The liveness probe and room poll every firmware version answers: get-owner, to the radio itself. */
const OWNER_REQUEST = toBinary(Admin.AdminMessageSchema, create(Admin.AdminMessageSchema, { payloadVariant: { case: 'getOwnerRequest', value: true } }));

type TimerName = 'wake' | 'handshake' | 'heartbeat' | 'heartbeatReply' | 'queue' | 'roomPoll' | 'reconnect' | 'rebootCheck';

export class RadioLink {
  /** Every node heard of, kept across reconnects. */
  readonly nodes = new NodeDb();
  /** What the radio sent that this version cannot read but need not: counted, not reported one by one. */
  readonly skipped = { unknownVariants: 0 };
  /**
   * How the link checks the radio is alive. Firmware 2.7 and later answer a heartbeat with a QueueStatus; 2.6
   * answers nothing. Any frame is a sign of life, but when a heartbeat goes unanswered the radio is asked for its
   * owner (a local admin request every version answers) before it is taken for gone, and from then on this
   * connection asks that instead of sending heartbeats.
   */
  readonly liveness = { heartbeats: 0, ownerProbes: 0, answered: 0 };
  /** False once a heartbeat on this connection went unanswered. */
  private heartbeatAnswered = true;
  private probe: 'heartbeat' | 'owner' | 'afterReboot' | undefined;
  /** Reboots seen so far (a `rebooted` frame, or the link dropping); expectReboot compares against it. */
  private rebootsSeen = 0;
  private rebootsSeenWhenExpected = 0;
  private readonly options: Required<Omit<RadioLinkOptions, 'sendQueue'>>;
  private readonly queue: SendQueue;
  private readonly responses = new ResponseWaiters();
  private readonly timers = new Deadlines<TimerName>();
  private readonly outgoing: Uint8Array[] = [];
  private readonly events: RadioLinkEvent[] = [];
  private stateValue: SessionState = 'idle';
  private deviceValue: DeviceState | undefined;
  private draft = emptyDeviceState();
  private open = false;
  private nonce = 0;
  private handshakeAttempts = 0;
  private reconnectFailures = 0;

  constructor(options: RadioLinkOptions) {
    if (typeof options?.random !== 'function') throw new TypeError('"random" must be a function returning [0, 1)');
    this.options = {
      random: options.random,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? HEARTBEAT_INTERVAL_MS,
      heartbeatReplyTimeoutMs: options.heartbeatReplyTimeoutMs ?? 20_000,
      configTimeoutMs: options.configTimeoutMs ?? 30_000,
      configAttempts: options.configAttempts ?? 3,
      wakeSettleMs: options.wakeSettleMs ?? WAKE_SETTLE_MS,
      reconnectInitialMs: options.reconnectInitialMs ?? 500,
      reconnectMaxMs: options.reconnectMaxMs ?? 30_000,
      roomPollMs: options.roomPollMs ?? 1_000,
    };
    this.queue = new SendQueue({
      ...options.sendQueue,
      newPacketId: () => this.randomU32(),
      defaultHopLimit: () => this.device?.config.lora?.hopLimit || 3,
    });
  }

  get state(): SessionState {
    return this.stateValue;
  }

  /** The radio's settings from the last completed config download. */
  get device(): DeviceState | undefined {
    return this.deviceValue;
  }

  /** Packets not yet settled. */
  get queuedCount(): number {
    return this.queue.size;
  }

  /** Begin: ask for a transport. */
  start(): void {
    if (this.stateValue === 'idle') this.connect();
  }

  handleOpened(nowMs: number): void {
    if (this.stateValue === 'closed') {
      this.events.push({ type: 'close' });
      return;
    }
    this.open = true;
    this.heartbeatAnswered = true;
    this.probe = undefined;
    this.armHeartbeat(nowMs);
    this.startHandshake(nowMs);
  }

  handleOpenFailed(nowMs: number, error: unknown): void {
    this.events.push({ type: 'error', error: asMeshloomError(error) });
    this.backoff(nowMs);
  }

  /** The transport closed, on our request or not. */
  handleClosed(nowMs: number, cause?: unknown): void {
    this.open = false;
    this.rebootsSeen++;
    const willRetry = this.stateValue !== 'closed';
    this.timers.clearAll();
    this.queue.onLinkLost();
    this.events.push({ type: 'disconnected', reason: cause ? errorMessage(cause) : 'link closed', willRetry });
    if (willRetry) this.backoff(nowMs);
  }

  handleItem(nowMs: number, item: DeviceItem): void {
    this.timers.clear('heartbeatReply');
    if (this.probe) {
      this.liveness.answered += 1;
      this.probe = undefined;
    }
    switch (item.kind) {
      case 'log':
        this.log({ source: 'text', text: item.text });
        return;
      case 'error':
        this.events.push({ type: 'error', error: item.error });
        return;
      case 'frame':
        this.onFromRadio(nowMs, item.message);
        return;
    }
  }

  /** Fire the timers due by `nowMs`. */
  handleTimeout(nowMs: number): void {
    for (const name of this.timers.takeDue(nowMs)) this.fire(name, nowMs);
  }

  /**
   * Queue a packet for the mesh; `onResponse` gets the packet answering it (same request_id). Throws
   * MESHLOOM_ERR_PAYLOAD_TOO_LARGE at once when it cannot fit; otherwise it waits through reconnects until it is
   * sent, acked or failed.
   */
  send(nowMs: number, request: SendRequest, onResponse?: (packet: Mesh.MeshPacket) => void): OutboundPacket {
    const packet = this.queue.enqueue(request, nowMs);
    if (onResponse) this.responses.wait(packet.key, onResponse);
    this.events.push({ type: 'sendStatus', change: { packet, state: 'queued' } });
    this.pump(nowMs);
    return packet;
  }

  isWaitingForResponse(key: number): boolean {
    return this.responses.isWaiting(key);
  }

  forgetResponse(key: number): void {
    this.responses.forget(key);
  }

  /**
   * The radio was told to reboot (a committed edit, reboot_seconds) and should have done so within `withinMs`.
   * A reboot is not always visible on the link: a USB-serial bridge stays powered while the board restarts, and
   * firmware 2.6's Linux build hands the open TCP connection to its restarted self, which never reads it. So if
   * by then neither a `rebooted` frame nor a drop was seen, the radio is asked for its owner, and a link that
   * does not answer is reopened, which downloads the config again.
   */
  expectReboot(nowMs: number, withinMs: number): void {
    this.rebootsSeenWhenExpected = this.rebootsSeen;
    this.timers.set('rebootCheck', nowMs + withinMs);
  }

  /** Tell the radio we are leaving, ask for the transport closed, and fail whatever is still queued. */
  close(): void {
    if (this.stateValue === 'closed') return;
    this.stateValue = 'closed';
    this.timers.clearAll();
    if (this.open) {
      this.write({ payloadVariant: { case: 'disconnect', value: true } });
      this.events.push({ type: 'close' });
    }
    for (const change of this.queue.abandonAll(radioErrors.MESHLOOM_ERR_SESSION_CLOSED())) this.report(change);
  }

  /** The next bytes to write to the device. */
  pollTransmit(): Uint8Array | undefined {
    return this.outgoing.shift();
  }

  pollEvent(): RadioLinkEvent | undefined {
    return this.events.shift();
  }

  /** When `handleTimeout` next has work; undefined when no timer is armed. */
  pollTimeout(): number | undefined {
    return this.timers.next();
  }

  private connect(): void {
    this.stateValue = 'connecting';
    this.events.push({ type: 'open' });
  }

  private backoff(nowMs: number): void {
    if (this.stateValue === 'closed') return;
    this.stateValue = 'backoff';
    const base = Math.min(this.options.reconnectMaxMs, this.options.reconnectInitialMs * 2 ** this.reconnectFailures);
    this.reconnectFailures++;
    this.timers.set('reconnect', nowMs + base * (0.8 + 0.4 * this.options.random()));
  }

  private fire(name: TimerName, nowMs: number): void {
    switch (name) {
      case 'reconnect':
        this.connect();
        return;
      case 'wake':
        this.write({ payloadVariant: { case: 'wantConfigId', value: this.nonce } });
        return;
      case 'handshake':
        this.startHandshake(nowMs);
        return;
      case 'heartbeat':
        if (!this.heartbeatAnswered) this.sendOwnerProbe();
        else {
          this.probe = 'heartbeat';
          this.liveness.heartbeats += 1;
          this.sendHeartbeat();
        }
        this.timers.set('heartbeatReply', nowMs + this.options.heartbeatReplyTimeoutMs);
        this.armHeartbeat(nowMs);
        return;
      case 'rebootCheck':
        if (!this.open || this.rebootsSeen !== this.rebootsSeenWhenExpected) return;
        this.probe = 'afterReboot';
        this.liveness.ownerProbes += 1;
        this.writeOwnerRequest();
        this.timers.set('heartbeatReply', nowMs + this.options.heartbeatReplyTimeoutMs);
        return;
      case 'heartbeatReply':
        if (this.probe === 'afterReboot') {
          this.log({ source: 'record', text: 'the radio said nothing since it was due to reboot; opening the link again', level: 'INFO' });
          this.events.push({ type: 'close' });
          return;
        }
        if (this.probe === 'heartbeat') {
          this.heartbeatAnswered = false;
          this.sendOwnerProbe();
          this.timers.set('heartbeatReply', nowMs + this.options.heartbeatReplyTimeoutMs);
          return;
        }
        this.events.push({ type: 'error', error: radioErrors.MESHLOOM_ERR_LINK_SILENT(this.options.heartbeatReplyTimeoutMs) });
        this.events.push({ type: 'close' });
        return;
      case 'roomPoll':
        // Every ToRadio packet is answered with a QueueStatus by every version; a heartbeat only from 2.7 on, so
        // polling with heartbeats locked the queue up on 2.6.
        this.writeOwnerRequest();
        return;
      case 'queue':
        for (const change of this.queue.onTimer(nowMs)) this.report(change);
        this.pump(nowMs);
        return;
    }
  }

  private startHandshake(nowMs: number): void {
    if (!this.open || this.stateValue === 'closed') return;
    this.handshakeAttempts++;
    if (this.handshakeAttempts > this.options.configAttempts) {
      this.events.push({ type: 'error', error: radioErrors.MESHLOOM_ERR_CONFIG_TIMEOUT(this.options.configTimeoutMs * this.options.configAttempts) });
      this.handshakeAttempts = 0;
      this.events.push({ type: 'close' });
      return;
    }
    this.stateValue = 'configuring';
    this.nonce = this.newNonce();
    this.draft = emptyDeviceState();
    this.outgoing.push(WAKE_BYTES);
    this.timers.set('wake', nowMs + this.options.wakeSettleMs);
    this.timers.set('handshake', nowMs + this.options.configTimeoutMs);
  }

  private armHeartbeat(nowMs: number): void {
    this.timers.set('heartbeat', nowMs + this.options.heartbeatIntervalMs);
  }

  private sendHeartbeat(): void {
    this.write({ payloadVariant: { case: 'heartbeat', value: {} } });
  }

  private sendOwnerProbe(): void {
    this.probe = 'owner';
    this.liveness.ownerProbes += 1;
    this.writeOwnerRequest();
  }

  /** Ask the radio for its own owner: local admin, no airtime, answered (and its QueueStatus sent) by every version. */
  private writeOwnerRequest(): void {
    const self = this.deviceValue?.myInfo?.myNodeNum ?? this.draft.myInfo?.myNodeNum;
    if (self === undefined) {
      // No config yet: the handshake's own timeout covers this radio.
      this.sendHeartbeat();
      return;
    }
    this.write({
      payloadVariant: {
        case: 'packet',
        value: {
          to: self,
          id: this.randomU32(),
          wantAck: false,
          payloadVariant: { case: 'decoded', value: { portnum: Portnums.PortNum.ADMIN_APP, payload: OWNER_REQUEST, wantResponse: true } },
        },
      },
    });
  }

  private onFromRadio(nowMs: number, message: FromRadio): void {
    const variant = message.payloadVariant;
    if (this.stateValue === 'configuring' && collectConfigFrame(this.draft, message)) {
      if (variant.case === 'myInfo') this.nodes.keep(variant.value.myNodeNum);
      if (variant.case === 'nodeInfo') this.events.push({ type: 'node', node: this.nodes.upsertNodeInfo(variant.value) });
      return;
    }
    switch (variant.case) {
      case 'configCompleteId':
        this.onConfigComplete(nowMs, variant.value);
        return;
      case 'rebooted':
        this.rebootsSeen++;
        this.log({ source: 'record', text: 'radio rebooted; downloading its config again', level: 'INFO' });
        this.queue.onLinkLost();
        this.handshakeAttempts = 0;
        this.startHandshake(nowMs);
        return;
      case 'queueStatus':
        for (const change of this.queue.onQueueStatus(variant.value, nowMs)) this.report(change);
        this.pump(nowMs);
        return;
      case 'packet':
        this.onPacket(nowMs, variant.value);
        return;
      case 'nodeInfo':
        this.events.push({ type: 'node', node: this.nodes.upsertNodeInfo(variant.value) });
        return;
      case 'logRecord':
        this.log({
          source: 'record',
          text: variant.value.source ? `${variant.value.source}: ${variant.value.message}` : variant.value.message,
          level: Mesh.LogRecord_Level[variant.value.level] ?? String(variant.value.level),
        });
        return;
      case 'clientNotification':
        this.log({ source: 'record', text: variant.value.message, level: 'WARNING' });
        return;
      case undefined:
        this.skipped.unknownVariants += 1;
        return;
      default:
        return;
    }
  }

  private onConfigComplete(nowMs: number, nonce: number): void {
    if (this.stateValue !== 'configuring' || nonce !== this.nonce) {
      this.log({ source: 'record', text: `ignored stale config_complete_id ${nonce}`, level: 'DEBUG' });
      return;
    }
    this.timers.clear('handshake');
    this.handshakeAttempts = 0;
    this.reconnectFailures = 0;
    const own = this.draft.myInfo ? this.nodes.get(this.draft.myInfo.myNodeNum) : undefined;
    if (!this.draft.ownNode && own) this.draft.ownNode = own.info;
    this.deviceValue = this.draft;
    this.stateValue = 'ready';
    this.events.push({ type: 'configured', device: this.deviceValue });
    this.pump(nowMs);
  }

  private onPacket(nowMs: number, packet: Mesh.MeshPacket): void {
    const observed = this.nodes.observePacket(packet, Math.floor(nowMs / 1000));
    if (observed.problem) this.events.push({ type: 'error', error: observed.problem });
    if (packet.payloadVariant.case === 'decoded') {
      const data = packet.payloadVariant.value;
      if (data.portnum === Portnums.PortNum.ROUTING_APP && data.requestId !== 0) this.onRouting(data, nowMs);
      if (data.requestId !== 0) this.responses.answer(data.requestId, packet);
    }
    this.events.push({ type: 'packet', packet });
    if (observed.node) this.events.push({ type: 'node', node: observed.node });
  }

  private onRouting(data: Mesh.Data, nowMs: number): void {
    let error: Mesh.Routing_Error | undefined;
    try {
      error = routingErrorOf(data.payload);
    } catch (err) {
      this.events.push({ type: 'error', error: asMeshloomError(err) });
      return;
    }
    if (error === undefined) return;
    for (const change of this.queue.onRouting(data.requestId, error, nowMs)) this.report(change);
  }

  /** Hand the radio what it has room for, and arm the timers that can change that. */
  private pump(nowMs: number): void {
    if (this.stateValue !== 'ready' || !this.open) return;
    for (let next = this.queue.takeNext(nowMs); next; next = this.queue.takeNext(nowMs)) {
      this.responses.sentAs(next.outbound.key, next.meshPacket.id);
      this.write({ payloadVariant: { case: 'packet', value: next.meshPacket } });
    }
    if (this.queue.needsRoomReport() && !this.timers.has('roomPoll')) this.timers.set('roomPoll', nowMs + this.options.roomPollMs);
    const deadline = this.queue.nextDeadlineMs();
    if (deadline === undefined) this.timers.clear('queue');
    else this.timers.set('queue', Math.max(nowMs, deadline));
  }

  private report(change: SendStatusChange): void {
    this.events.push({ type: 'sendStatus', change });
  }

  private log(log: LogEvent): void {
    this.events.push({ type: 'log', log });
  }

  private write(message: ToRadioInit): void {
    this.outgoing.push(toRadioFrame(message));
  }

  private newNonce(): number {
    for (;;) {
      const nonce = this.randomU32();
      if (nonce !== NONCE_ONLY_CONFIG && nonce !== NONCE_ONLY_NODES) return nonce;
    }
  }

  private randomU32(): number {
    return 1 + Math.floor(this.options.random() * 0xfffffffe);
  }
}
