/**
 * A session with one radio running the stock Meshtastic firmware, over any RadioTransport: the thin driver of a
 * RadioLink. The link is the state machine (handshake, liveness, backoff, the send queue) and never touches I/O;
 * this owns the transport (opened when the link asks, closed when it asks or at `close()`), the clock and the one
 * real timer for the link's next deadline, and turns the link's events into typed events and promises.
 */
import type { Mesh } from '@meshtastic/protobufs';
import { asMeshloomError, type MeshloomError } from '../protocol/meshloom-error.ts';
import type { NodeRecord } from '../protocol/meshtastic/node-db.ts';
import { TypedEmitter } from '../support/typed-emitter.ts';
import type { DeviceState } from './device-state.ts';
import { radioErrors } from './errors.ts';
import { type LogEvent, RadioLink, type RadioLinkEvent, type RadioLinkOptions, type SessionState } from './radio-link.ts';
import type { OutboundPacket, SendRequest, SendStatusChange } from './send-queue.ts';
import type { DeviceItem, RadioTransport, TransportOpener } from './transport.ts';

export type { SessionState } from './radio-link.ts';

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

export interface RadioSessionOptions extends Omit<RadioLinkOptions, 'random'> {
  open: TransportOpener;
  /** Uniform [0, 1); drives nonces, packet ids and backoff jitter. Default Math.random. */
  random?: () => number;
  now?: () => number;
}

export interface SendHandle {
  readonly packet: OutboundPacket;
  /** Settles when the packet is sent (no want_ack), acked, or failed; never rejects. */
  readonly settled: Promise<OutboundPacket>;
}

export class RadioSession extends TypedEmitter<RadioSessionEvents> {
  private readonly link: RadioLink;
  private readonly open: TransportOpener;
  private readonly now: () => number;
  private readonly settleWaiters = new Map<number, (packet: OutboundPacket) => void>();
  private transport: RadioTransport | undefined;
  /** The transport being opened or open; close() waits for it to end. */
  private connection: Promise<void> | undefined;
  private description = '';
  private timer: NodeJS.Timeout | undefined;

  constructor(options: RadioSessionOptions) {
    super();
    if (typeof options?.open !== 'function') throw new TypeError('"open" must be a function returning a transport');
    const { open, now, random, ...link } = options;
    this.open = open;
    this.now = now ?? Date.now;
    this.link = new RadioLink({ ...link, random: random ?? Math.random });
  }

  get state(): SessionState {
    return this.link.state;
  }

  /** Every node heard of, kept across reconnects. */
  get nodes(): RadioLink['nodes'] {
    return this.link.nodes;
  }

  /** The radio's settings from the last completed config download. */
  get device(): DeviceState | undefined {
    return this.link.device;
  }

  get myNodeNum(): number | undefined {
    return this.link.device?.myInfo?.myNodeNum;
  }

  /** Frames from a firmware newer than our protobufs that were skipped, by kind. */
  get skipped(): Readonly<RadioLink['skipped']> {
    return this.link.skipped;
  }

  /** How the radio's liveness was checked, and how often it answered. */
  get liveness(): Readonly<RadioLink['liveness']> {
    return this.link.liveness;
  }

  /** Packets not yet settled. */
  get queuedCount(): number {
    return this.link.queuedCount;
  }

  get linkDescription(): string | undefined {
    return this.transport?.description;
  }

  /** Connect, and keep connecting after every loss, until `close()`. */
  start(): void {
    this.link.start();
    this.drive();
  }

  /** Resolves with the device state once configured; rejects after `timeoutMs` or when closed. */
  whenConfigured(timeoutMs = 60_000): Promise<DeviceState> {
    const device = this.link.device;
    if (this.link.state === 'ready' && device) return Promise.resolve(device);
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
      // The answer can arrive before enqueue returns (an in-process radio replies synchronously).
      const { packet, settled } = this.enqueue({ ...request, wantResponse: true }, (response) => {
        clearTimeout(timer);
        resolve(response);
      });
      if (!this.link.isWaitingForResponse(packet.key)) return;
      timer = setTimeout(() => {
        this.link.forgetResponse(packet.key);
        reject(radioErrors.MESHLOOM_ERR_RESPONSE_TIMEOUT(request.portnum, timeoutMs));
      }, timeoutMs);
      void settled.then((outcome) => {
        if (outcome.state !== 'failed' || !this.link.isWaitingForResponse(packet.key)) return;
        clearTimeout(timer);
        this.link.forgetResponse(packet.key);
        reject(outcome.error);
      });
    });
  }

  /** The radio was told to reboot and should have by `withinMs` from now (RadioLink.expectReboot). */
  expectReboot(withinMs: number): void {
    this.link.expectReboot(this.now(), withinMs);
    this.drive();
  }

  /** Tell the radio we are leaving, close the link, and fail whatever is still queued. */
  async close(): Promise<void> {
    if (this.link.state === 'closed') return;
    this.link.close();
    this.drive();
    await this.connection;
  }

  private enqueue(request: SendRequest, onResponse?: (packet: Mesh.MeshPacket) => void): SendHandle {
    const packet = this.link.send(this.now(), request, onResponse);
    // Its events are dispatched in drive(), after the waiter exists, however fast the radio answers.
    const settled = new Promise<OutboundPacket>((resolve) => this.settleWaiters.set(packet.key, resolve));
    this.drive();
    return { packet, settled };
  }

  /** Carry out what the link asks: bytes to the device, events to listeners, one timer for its next deadline. */
  private drive(): void {
    for (let bytes = this.link.pollTransmit(); bytes; bytes = this.link.pollTransmit()) {
      const transport = this.transport;
      if (transport && !transport.toDevice.destroyed) transport.toDevice.write(bytes);
    }
    for (let event = this.link.pollEvent(); event; event = this.link.pollEvent()) this.dispatch(event);
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const deadline = this.link.pollTimeout();
    if (deadline === undefined) return;
    // A started session is a live resource until close(): its timer holds the process open.
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.link.handleTimeout(this.now());
        this.drive();
      },
      Math.max(0, deadline - this.now()),
    );
  }

  private dispatch(event: RadioLinkEvent): void {
    switch (event.type) {
      case 'open':
        this.connection = this.connect();
        return;
      case 'close':
        void this.transport?.close();
        return;
      case 'configured':
        this.emit('configured', event.device);
        return;
      case 'packet':
        this.emit('packet', event.packet);
        return;
      case 'node':
        this.emit('node', event.node);
        return;
      case 'log':
        this.emit('log', event.log);
        return;
      case 'disconnected':
        this.emit('disconnected', { description: this.description, reason: event.reason, willRetry: event.willRetry });
        return;
      case 'error':
        this.emit('error', event.error);
        return;
      case 'sendStatus':
        this.emit('sendStatus', event.change);
        if (isSettled(event.change.packet, event.change.state)) this.settle(event.change.packet);
        return;
    }
  }

  /** Open a transport and feed the link until it closes. */
  private async connect(): Promise<void> {
    let transport: RadioTransport;
    try {
      transport = await this.open();
    } catch (err) {
      this.link.handleOpenFailed(this.now(), asMeshloomError(err));
      this.drive();
      return;
    }
    this.transport = transport;
    this.description = transport.description;
    if (this.link.state !== 'closed') this.emit('connected', { description: transport.description });
    transport.fromDevice.on('data', (item: DeviceItem) => {
      this.link.handleItem(this.now(), item);
      this.drive();
    });
    this.link.handleOpened(this.now());
    this.drive();
    const cause = await transport.closed;
    this.transport = undefined;
    this.link.handleClosed(this.now(), cause);
    this.drive();
  }

  private settle(packet: OutboundPacket): void {
    const resolve = this.settleWaiters.get(packet.key);
    this.settleWaiters.delete(packet.key);
    resolve?.(packet);
  }
}

/** Sent without want_ack, acked, or failed: nothing more will happen to it. */
function isSettled(packet: OutboundPacket, state: OutboundPacket['state']): boolean {
  return state === 'acked' || state === 'failed' || (state === 'sent' && !packet.request.wantAck);
}
