/**
 * A session with one radio running the stock Meshtastic firmware, over any RadioTransport.
 *
 * It keeps the link alive the way the official clients do and then some: wake bytes and a want_config_id with a
 * fresh random nonce, completion only on the matching config_complete_id, the download again after `rebooted`,
 * heartbeats, and reconnection with backoff when the link closes or falls silent. Outgoing packets live in a
 * SendQueue that survives reconnects. Everything the radio says comes out as typed events.
 *
 * Longer than our usual 400 lines: it is one state machine (link, handshake, liveness, queue pump) whose
 * transitions share the transport and the device state; the queue, response matching, timers and config
 * collection are modules of their own.
 */
import { Mesh, Portnums } from '@meshtastic/protobufs';
import { MeshloomError, errorMessage } from '../protocol/meshloom-error.ts';
import { NodeDb, type NodeRecord } from '../protocol/meshtastic/node-db.ts';
import { toRadioFrame, type FromRadio } from '../protocol/meshtastic/radio-codec.ts';
import { routingErrorOf } from '../protocol/meshtastic/routing-packet.ts';
import { HEARTBEAT_INTERVAL_MS, NONCE_ONLY_CONFIG, NONCE_ONLY_NODES, WAKE_BYTES, WAKE_SETTLE_MS } from '../protocol/meshtastic/stream-constants.ts';
import { NamedTimers } from '../support/named-timers.ts';
import { TypedEmitter } from '../support/typed-emitter.ts';
import { collectConfigFrame, emptyDeviceState, type DeviceState } from './device-state.ts';
import { radioErrors } from './errors.ts';
import { ResponseWaiters } from './response-waiters.ts';
import { SendQueue, type OutboundPacket, type SendRequest, type SendStatusChange } from './send-queue.ts';
import type { DeviceItem, RadioTransport, TransportOpener } from './transport.ts';

export type SessionState = 'idle' | 'connecting' | 'configuring' | 'ready' | 'backoff' | 'closed';

interface LogEvent {
  /** 'text': raw console text between frames; 'record': a LogRecord frame. */
  source: 'text' | 'record';
  text: string;
  level?: string;
}

export type RadioSessionEvents = {
  connected: [{ description: string }];
  configured: [DeviceState];
  packet: [Mesh.MeshPacket];
  node: [NodeRecord];
  log: [LogEvent];
  disconnected: [{ description: string; reason: string; willRetry: boolean }];
  error: [MeshloomError];
  sendStatus: [SendStatusChange];
};

export interface RadioSessionOptions {
  open: TransportOpener;
  /** Uniform [0, 1); drives nonces, packet ids and backoff jitter. Default Math.random. */
  random?: () => number;
  now?: () => number;
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

export interface SendHandle {
  readonly packet: OutboundPacket;
  /** Settles when the packet is sent (no want_ack), acked, or failed; never rejects. */
  readonly settled: Promise<OutboundPacket>;
}

export class RadioSession extends TypedEmitter<RadioSessionEvents> {
  /** Every node heard of, kept across reconnects. */
  readonly nodes = new NodeDb();
  private readonly options: Required<Omit<RadioSessionOptions, 'sendQueue'>>;
  private readonly queue: SendQueue;
  private stateValue: SessionState = 'idle';
  private deviceValue: DeviceState | undefined;
  private transport: RadioTransport | undefined;
  private draft = emptyDeviceState();
  private nonce = 0;
  private handshakeAttempts = 0;
  private reconnectFailures = 0;
  private readonly settleWaiters = new Map<number, (packet: OutboundPacket) => void>();
  private readonly responses = new ResponseWaiters();
  private readonly timers = new NamedTimers<'wake' | 'handshake' | 'heartbeat' | 'heartbeatReply' | 'queue' | 'roomPoll'>();
  private wakeUp: (() => void) | undefined;
  private loop: Promise<void> | undefined;

  constructor(options: RadioSessionOptions) {
    super();
    if (typeof options?.open !== 'function') throw new TypeError('"open" must be a function returning a transport');
    this.options = {
      open: options.open,
      random: options.random ?? Math.random,
      now: options.now ?? Date.now,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? HEARTBEAT_INTERVAL_MS,
      heartbeatReplyTimeoutMs: options.heartbeatReplyTimeoutMs ?? 20_000,
      configTimeoutMs: options.configTimeoutMs ?? 30_000,
      configAttempts: options.configAttempts ?? 3,
      wakeSettleMs: options.wakeSettleMs ?? WAKE_SETTLE_MS,
      reconnectInitialMs: options.reconnectInitialMs ?? 500,
      reconnectMaxMs: options.reconnectMaxMs ?? 30_000,
      roomPollMs: options.roomPollMs ?? 1_000,
    };
    this.queue = new SendQueue({ ...options.sendQueue, newPacketId: () => this.randomU32() });
  }

  get state(): SessionState {
    return this.stateValue;
  }

  /** The radio's settings from the last completed config download. */
  get device(): DeviceState | undefined {
    return this.deviceValue;
  }

  get myNodeNum(): number | undefined {
    return this.deviceValue?.myInfo?.myNodeNum;
  }

  /** Packets not yet settled. */
  get queuedCount(): number {
    return this.queue.size;
  }

  get linkDescription(): string | undefined {
    return this.transport?.description;
  }

  /** Connect, and keep connecting after every loss, until `close()`. */
  start(): void {
    if (this.loop) return;
    this.loop = this.connectLoop();
  }

  /** Resolves with the device state once configured; rejects after `timeoutMs` or when closed. */
  whenConfigured(timeoutMs = 60_000): Promise<DeviceState> {
    if (this.stateValue === 'ready' && this.deviceValue) return Promise.resolve(this.deviceValue);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(radioErrors.MESHLOOM_ERR_CONFIG_TIMEOUT(timeoutMs));
      }, timeoutMs);
      const off = this.once('configured', (state) => {
        clearTimeout(timer);
        resolve(state);
      });
    });
  }

  /**
   * Queue a packet for the mesh. Throws MESHLOOM_ERR_PAYLOAD_TOO_LARGE at once when it cannot fit; otherwise
   * the packet waits through reconnects until it is sent, acked or failed.
   */
  send(request: SendRequest): SendHandle {
    return this.enqueue(request);
  }

  /** Send a want_response packet and resolve with the packet that answers it (same request_id). */
  request(request: Omit<SendRequest, 'wantResponse'>, timeoutMs = 30_000): Promise<Mesh.MeshPacket> {
    return new Promise<Mesh.MeshPacket>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const finish = (key: number) => {
        clearTimeout(timer);
        this.responses.forget(key);
      };
      // The answer can arrive before enqueue returns (an in-process radio replies synchronously).
      const { packet, settled } = this.enqueue({ ...request, wantResponse: true }, (key, response) => {
        finish(key);
        resolve(response);
      });
      if (!this.responses.isWaiting(packet.key)) return;
      timer = setTimeout(() => {
        finish(packet.key);
        reject(radioErrors.MESHLOOM_ERR_RESPONSE_TIMEOUT(request.portnum, timeoutMs));
      }, timeoutMs);
      void settled.then((outcome) => {
        if (outcome.state !== 'failed' || !this.responses.isWaiting(packet.key)) return;
        finish(packet.key);
        reject(outcome.error);
      });
    });
  }

  /** Tell the radio we are leaving, close the link, and fail whatever is still queued. */
  async close(): Promise<void> {
    if (this.stateValue === 'closed') return;
    this.stateValue = 'closed';
    this.timers.clearAll();
    const transport = this.transport;
    if (transport) {
      this.write(toRadioFrame({ payloadVariant: { case: 'disconnect', value: true } }));
      await transport.close();
    }
    this.wakeUp?.();
    await this.loop;
    for (const change of this.queue.abandonAll(radioErrors.MESHLOOM_ERR_SESSION_CLOSED())) this.report(change);
  }

  private async connectLoop(): Promise<void> {
    while (this.stateValue !== 'closed') {
      this.stateValue = 'connecting';
      let transport: RadioTransport;
      try {
        transport = await this.options.open();
      } catch (err) {
        this.emit('error', asMeshloomError(err));
        await this.backoff();
        continue;
      }
      if (this.isClosed()) {
        await transport.close();
        return;
      }
      this.transport = transport;
      this.emit('connected', { description: transport.description });
      transport.fromDevice.on('data', (item: DeviceItem) => this.onItem(item));
      this.startHeartbeats();
      this.startHandshake();
      const cause = await transport.closed;
      this.transport = undefined;
      this.timers.clearAll();
      this.queue.onLinkLost();
      const willRetry = !this.isClosed();
      this.emit('disconnected', {
        description: transport.description,
        reason: cause ? errorMessage(cause) : 'link closed',
        willRetry,
      });
      if (willRetry) await this.backoff();
    }
  }

  private isClosed(): boolean {
    return this.stateValue === 'closed';
  }

  private async backoff(): Promise<void> {
    if (this.isClosed()) return;
    this.stateValue = 'backoff';
    const base = Math.min(this.options.reconnectMaxMs, this.options.reconnectInitialMs * 2 ** this.reconnectFailures);
    this.reconnectFailures++;
    const delay = base * (0.8 + 0.4 * this.options.random());
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, delay);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.wakeUp = undefined;
  }

  private startHandshake(): void {
    if (!this.transport || this.isClosed()) return;
    this.handshakeAttempts++;
    if (this.handshakeAttempts > this.options.configAttempts) {
      this.emit('error', radioErrors.MESHLOOM_ERR_CONFIG_TIMEOUT(this.options.configTimeoutMs * this.options.configAttempts));
      this.handshakeAttempts = 0;
      void this.transport.close();
      return;
    }
    this.stateValue = 'configuring';
    this.nonce = this.newNonce();
    this.draft = emptyDeviceState();
    this.write(WAKE_BYTES);
    this.timers.set('wake', this.options.wakeSettleMs, () => {
      this.write(toRadioFrame({ payloadVariant: { case: 'wantConfigId', value: this.nonce } }));
    });
    this.timers.set('handshake', this.options.configTimeoutMs, () => this.startHandshake());
  }

  /** The heartbeat timer alone keeps the process alive: a started session is a live resource until close(). */
  private startHeartbeats(): void {
    const beat = () => {
      this.sendHeartbeat();
      this.timers.set('heartbeatReply', this.options.heartbeatReplyTimeoutMs, () => {
        this.emit('error', radioErrors.MESHLOOM_ERR_LINK_SILENT(this.options.heartbeatReplyTimeoutMs));
        void this.transport?.close();
      });
      this.startHeartbeats();
    };
    this.timers.set('heartbeat', this.options.heartbeatIntervalMs, beat, { keepAlive: true });
  }

  private sendHeartbeat(): void {
    this.write(toRadioFrame({ payloadVariant: { case: 'heartbeat', value: {} } }));
  }

  private onItem(item: DeviceItem): void {
    this.timers.clear('heartbeatReply');
    switch (item.kind) {
      case 'log':
        this.emit('log', { source: 'text', text: item.text });
        return;
      case 'error':
        this.emit('error', item.error);
        return;
      case 'frame':
        this.onFromRadio(item.message);
        return;
    }
  }

  private onFromRadio(message: FromRadio): void {
    const variant = message.payloadVariant;
    if (this.stateValue === 'configuring' && collectConfigFrame(this.draft, message)) {
      if (variant.case === 'nodeInfo') this.emit('node', this.nodes.upsertNodeInfo(variant.value));
      return;
    }
    switch (variant.case) {
      case 'configCompleteId':
        this.onConfigComplete(variant.value);
        return;
      case 'rebooted':
        this.emit('log', { source: 'record', text: 'radio rebooted; downloading its config again', level: 'INFO' });
        this.queue.onLinkLost();
        this.handshakeAttempts = 0;
        this.startHandshake();
        return;
      case 'queueStatus':
        for (const change of this.queue.onQueueStatus(variant.value, this.options.now())) this.report(change);
        this.pump();
        return;
      case 'packet':
        this.onPacket(variant.value);
        return;
      case 'nodeInfo':
        this.emit('node', this.nodes.upsertNodeInfo(variant.value));
        return;
      case 'logRecord':
        this.emit('log', {
          source: 'record',
          text: variant.value.source ? `${variant.value.source}: ${variant.value.message}` : variant.value.message,
          level: Mesh.LogRecord_Level[variant.value.level] ?? String(variant.value.level),
        });
        return;
      case 'clientNotification':
        this.emit('log', { source: 'record', text: variant.value.message, level: 'WARNING' });
        return;
      default:
        return;
    }
  }

  private onConfigComplete(nonce: number): void {
    if (this.stateValue !== 'configuring' || nonce !== this.nonce) {
      this.emit('log', { source: 'record', text: `ignored stale config_complete_id ${nonce}`, level: 'DEBUG' });
      return;
    }
    this.timers.clear('handshake');
    this.handshakeAttempts = 0;
    this.reconnectFailures = 0;
    const own = this.draft.myInfo ? this.nodes.get(this.draft.myInfo.myNodeNum) : undefined;
    if (!this.draft.ownNode && own) this.draft.ownNode = own.info;
    this.deviceValue = this.draft;
    this.stateValue = 'ready';
    this.emit('configured', this.deviceValue);
    this.pump();
  }

  private onPacket(packet: Mesh.MeshPacket): void {
    const observed = this.nodes.observePacket(packet, Math.floor(this.options.now() / 1000));
    if (observed.problem) this.emit('error', observed.problem);
    if (packet.payloadVariant.case === 'decoded') {
      const data = packet.payloadVariant.value;
      if (data.portnum === Portnums.PortNum.ROUTING_APP && data.requestId !== 0) this.onRouting(data);
      if (data.requestId !== 0) this.responses.answer(data.requestId, packet);
    }
    this.emit('packet', packet);
    if (observed.node) this.emit('node', observed.node);
  }

  private onRouting(data: Mesh.Data): void {
    let error: Mesh.Routing_Error | undefined;
    try {
      error = routingErrorOf(data.payload);
    } catch (err) {
      this.emit('error', asMeshloomError(err));
      return;
    }
    if (error === undefined) return;
    for (const change of this.queue.onRouting(data.requestId, error)) this.report(change);
  }

  private enqueue(request: SendRequest, onResponse?: (key: number, packet: Mesh.MeshPacket) => void): SendHandle {
    const packet = this.queue.enqueue(request, this.options.now());
    if (onResponse) this.responses.wait(packet.key, (response) => onResponse(packet.key, response));
    const settled = new Promise<OutboundPacket>((resolve) => this.settleWaiters.set(packet.key, resolve));
    this.emit('sendStatus', { packet, state: 'queued' });
    this.pump();
    return { packet, settled };
  }

  /** Hand the radio what it has room for, and arrange to be called again when something can change. */
  private pump(): void {
    if (this.stateValue !== 'ready' || !this.transport) return;
    const now = this.options.now();
    for (;;) {
      const next = this.queue.takeNext(now);
      if (!next) break;
      this.responses.sentAs(next.outbound.key, next.meshPacket.id);
      this.write(toRadioFrame({ payloadVariant: { case: 'packet', value: next.meshPacket } }));
    }
    if (this.queue.needsRoomReport() && !this.timers.has('roomPoll')) {
      this.timers.set('roomPoll', this.options.roomPollMs, () => this.sendHeartbeat());
    }
    const deadline = this.queue.nextDeadlineMs();
    this.timers.clear('queue');
    if (deadline !== undefined) {
      this.timers.set('queue', Math.max(0, deadline - now), () => {
        for (const change of this.queue.onTimer(this.options.now())) this.report(change);
        this.pump();
      });
    }
  }

  private report(change: SendStatusChange): void {
    this.emit('sendStatus', change);
    const settledNow = change.state === 'acked' || change.state === 'failed' || (change.state === 'sent' && !change.packet.request.wantAck);
    if (!settledNow) return;
    const resolve = this.settleWaiters.get(change.packet.key);
    this.settleWaiters.delete(change.packet.key);
    resolve?.(change.packet);
  }

  private write(bytes: Uint8Array): void {
    const transport = this.transport;
    if (!transport || transport.toDevice.destroyed) return;
    transport.toDevice.write(bytes);
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

function asMeshloomError(err: unknown): MeshloomError {
  return err instanceof MeshloomError ? err : new MeshloomError('MESHLOOM_ERR_UNEXPECTED', errorMessage(err), { cause: err });
}
