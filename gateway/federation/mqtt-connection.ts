/**
 * The gateway's one connection to the broker (mqtt.js): credentials and TLS when given, reconnect with
 * exponential backoff, a persistent session (the broker keeps our subscriptions and queues for us while we are
 * away), and every publish through the SQLite outbox, a window of them in flight at QoS 1.
 */
import { readFileSync } from 'node:fs';
import mqtt, { type MqttClient } from 'mqtt';
import { errorMessage } from '../../protocol/meshloom-error.ts';
import { TypedEmitter } from '../../support/typed-emitter.ts';
import type { MqttOutbox } from './mqtt-outbox.ts';

/** How long a closing connection waits for the broker's acks of what is in flight before it ends the session anyway. */
const CLOSE_GRACE_MS = 2_000;

export interface MqttConnectionOptions {
  url: string;
  clientId: string;
  username?: string;
  password?: string;
  /** PEM file of the CA that signed the broker's certificate (mqtts://). */
  caFile?: string;
  /** Topic filters to subscribe to on every connect. */
  subscriptions: string[];
  outbox: MqttOutbox;
  /** Publishes waiting for the broker's ack at once. Default 256. */
  window?: number;
  /** Backoff bounds. Defaults 500 ms and 30 s. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  now?: () => number;
}

export type MqttConnectionEvents = {
  message: [{ topic: string; payload: Uint8Array }];
  state: [{ connected: boolean; detail: string }];
  /** Connected and our subscriptions are in place: from now on we hear what others publish. */
  listening: [];
};

export class MqttConnection extends TypedEmitter<MqttConnectionEvents> {
  readonly client: MqttClient;
  published = 0;
  /** The broker's IP address as last connected (a host name may resolve anywhere); undefined before. */
  remoteAddress: string | undefined;
  private readonly inFlight = new Set<number>();
  private lastQueuedId = 0;
  private backoffMs: number;
  private closed = false;
  private listeningNow = false;
  private subscriptions: string[];
  /** Rows the broker has acknowledged, deleted together at the end of the turn. */
  private readonly acked: number[] = [];

  constructor(private readonly options: MqttConnectionOptions) {
    super();
    this.backoffMs = options.minBackoffMs ?? 500;
    this.subscriptions = options.subscriptions;
    this.client = mqtt.connect(options.url, {
      clientId: options.clientId,
      clean: false,
      reconnectPeriod: this.backoffMs,
      connectTimeout: 10_000,
      ...(options.username !== undefined ? { username: options.username } : {}),
      ...(options.password !== undefined ? { password: options.password } : {}),
      ...(options.caFile ? { ca: readFileSync(options.caFile) } : {}),
      // The outbox is the queue; mqtt.js must not keep a second one of its own while offline.
      queueQoSZero: false,
    });
    this.client.on('connect', (ack) => {
      this.remoteAddress = (this.client.stream as { remoteAddress?: string } | undefined)?.remoteAddress ?? this.remoteAddress;
      this.backoffMs = options.minBackoffMs ?? 500;
      this.client.options.reconnectPeriod = this.backoffMs;
      this.emit('state', { connected: true, detail: `connected to ${options.url}` });
      // A session the broker kept still has our subscriptions; a new one needs them again.
      if (ack.sessionPresent) this.nowListening();
      else this.subscribe();
      this.flush();
    });
    this.client.on('close', () => {
      // Unacknowledged rows go again after the reconnect; receivers drop the copies.
      this.inFlight.clear();
      this.lastQueuedId = 0;
      this.listeningNow = false;
      if (this.closed) return;
      // mqtt.js has already scheduled this reconnect (its own close handler runs first) with the period set
      // before: that is the wait to announce; the doubled one is for the time after.
      const waitMs = this.client.options.reconnectPeriod ?? this.backoffMs;
      this.backoffMs = Math.min(this.backoffMs * 2, options.maxBackoffMs ?? 30_000);
      this.client.options.reconnectPeriod = this.backoffMs;
      this.emit('state', { connected: false, detail: `broker connection lost; retrying in ${Math.round(waitMs / 100) / 10} s` });
    });
    this.client.on('error', (err) => this.emit('state', { connected: false, detail: `broker: ${errorMessage(err)}` }));
    this.client.on('message', (topic, payload) => this.emit('message', { topic, payload: new Uint8Array(payload) }));
  }

  get connected(): boolean {
    return this.client.connected;
  }

  /** Connected, and the broker has confirmed our subscriptions. */
  get listening(): boolean {
    return this.client.connected && this.listeningNow;
  }

  /** Replace the topic filters (subscribing now when connected). */
  setSubscriptions(filters: string[]): void {
    const dropped = this.subscriptions.filter((f) => !filters.includes(f));
    this.subscriptions = filters;
    if (!this.client.connected) return;
    // The broker's session would go on delivering them; what arrives on them anyway is refused downstream.
    if (dropped.length > 0) this.client.unsubscribe(dropped);
    this.subscribe();
  }

  publish(topic: string, payload: Uint8Array): void {
    this.options.outbox.add(topic, payload, (this.options.now ?? Date.now)());
    this.flush();
  }

  /**
   * End the session, letting in-flight publishes finish for a moment. A graceful end waits for their acks, and a
   * broker that went away first (both stopped together) never sends them: the gateway hung on shutdown. What was
   * not acked stays in the outbox and goes at the next start, so forcing the end then loses nothing.
   */
  async close(): Promise<void> {
    this.closed = true;
    let timer: NodeJS.Timeout | undefined;
    const graceful = this.client.endAsync().then(() => true);
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), CLOSE_GRACE_MS);
    });
    const ended = await Promise.race([graceful, late]);
    clearTimeout(timer);
    if (!ended) await this.client.endAsync(true);
  }

  private subscribe(): void {
    if (this.subscriptions.length === 0) return;
    this.client.subscribe(this.subscriptions, { qos: 1 }, (err) => {
      if (err) this.emit('state', { connected: true, detail: `broker refused our subscriptions: ${errorMessage(err)}` });
      else this.nowListening();
    });
  }

  private nowListening(): void {
    if (this.closed) return;
    this.listeningNow = true;
    this.emit('listening');
  }

  private flush(): void {
    if (!this.client.connected) return;
    const room = (this.options.window ?? 256) - this.inFlight.size;
    if (room <= 0) return;
    for (const row of this.options.outbox.next(this.lastQueuedId, room)) {
      this.lastQueuedId = row.id;
      this.inFlight.add(row.id);
      this.client.publish(row.topic, Buffer.from(row.payload), { qos: 1 }, (err) => {
        this.inFlight.delete(row.id);
        if (err) return;
        this.published++;
        if (this.acked.push(row.id) === 1) {
          setImmediate(() => {
            // After close the store may be closed too; those rows are sent again after the next start.
            if (this.closed) return;
            this.options.outbox.remove(this.acked.splice(0));
            this.flush();
          });
        }
      });
    }
  }
}
