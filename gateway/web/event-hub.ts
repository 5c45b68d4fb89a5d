/**
 * The one Server-Sent Events stream: every page gets new alerts, entries, messages, node changes and the
 * link's state as they happen. Each event is serialised once, whatever the number of listeners; a comment
 * every 15 s keeps idle connections open through WiFi access points that drop quiet ones.
 *
 * Events of one turn of the event loop go out as one write per client: a radio flood makes thousands of events
 * a second, and 500 pages times thousands of writes is what froze the gateway before.
 *
 * A page that stops reading (a phone put to sleep, or someone holding streams open on purpose) must not make the
 * gateway buffer for it without end: once more than `maxBufferedBytes` wait for one client it is dropped. Its
 * page reconnects by itself and catches up from the API, so nothing is lost but the connection.
 */
import type { ServerResponse } from 'node:http';

export interface EventHubOptions {
  keepAliveMs?: number;
  /** Bytes queued for one client beyond which it is dropped. */
  maxBufferedBytes?: number;
  /** Streams open at once, in all and from one address. */
  maxClients?: number;
  maxClientsPerAddress?: number;
}

export type StreamLimitListener = (kind: 'stalled' | 'total' | 'per-address', line: string) => void;

export interface EventHubCounters {
  /** Clients dropped because they fell behind. */
  dropped: number;
  /** Streams refused because a limit was reached. */
  refused: number;
}

interface Client {
  response: ServerResponse;
  address: string;
}

const EVENT_HUB_DEFAULTS = {
  keepAliveMs: 15_000,
  maxBufferedBytes: 64 * 1024,
  maxClients: 500,
  maxClientsPerAddress: 8,
} as const;

export class EventHub {
  readonly counters: EventHubCounters = { dropped: 0, refused: 0 };
  private readonly clients = new Set<Client>();
  private readonly perAddress = new Map<string, number>();
  private readonly keepAlive: NodeJS.Timeout;
  private readonly limits: Required<Omit<EventHubOptions, 'keepAliveMs'>>;
  /** Told when a client is dropped or refused (the web app sets it to its aggregated log). */
  onLimit: StreamLimitListener | undefined;
  private nextId = 1;
  private queued = '';

  constructor(options: EventHubOptions = {}) {
    const { keepAliveMs = EVENT_HUB_DEFAULTS.keepAliveMs, ...limits } = options;
    this.limits = { ...EVENT_HUB_DEFAULTS, ...limits };
    this.keepAlive = setInterval(() => this.writeAll(': keep-alive\n\n'), keepAliveMs);
    this.keepAlive.unref();
  }

  get size(): number {
    return this.clients.size;
  }

  /** Why a new stream from `address` may not open now, or undefined when it may. */
  refusal(address: string): string | undefined {
    let why: string | undefined;
    if (this.clients.size >= this.limits.maxClients) {
      why = `the gateway already serves ${this.limits.maxClients} live streams`;
      this.onLimit?.('total', `live stream refused to ${address}: ${why}`);
    } else if ((this.perAddress.get(address) ?? 0) >= this.limits.maxClientsPerAddress) {
      why = `${address} already has ${this.limits.maxClientsPerAddress} live streams open`;
      this.onLimit?.('per-address', `live stream refused: ${why}`);
    }
    if (why) this.counters.refused += 1;
    return why;
  }

  add(response: ServerResponse, address: string): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    response.write('retry: 3000\n\n');
    const client: Client = { response, address };
    this.clients.add(client);
    this.perAddress.set(address, (this.perAddress.get(address) ?? 0) + 1);
    response.on('close', () => this.forget(client));
  }

  publish(type: string, data: unknown): void {
    this.writeAll(`id: ${this.nextId++}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** Writes what this turn queued, now (tests and shutdown; otherwise it happens by itself). */
  flush(): void {
    const chunk = this.queued;
    this.queued = '';
    if (chunk === '') return;
    for (const client of [...this.clients]) {
      if (client.response.writableLength > this.limits.maxBufferedBytes) {
        this.counters.dropped += 1;
        this.onLimit?.('stalled', `live stream to ${client.address} dropped: over ${this.limits.maxBufferedBytes} bytes unread`);
        this.forget(client);
        client.response.destroy();
        continue;
      }
      client.response.write(chunk);
    }
  }

  /** End every live connection (pages reconnect by themselves); for shutdown and for tests of a lost network. */
  disconnectAll(): void {
    for (const client of [...this.clients]) {
      this.forget(client);
      client.response.end();
    }
  }

  close(): void {
    clearInterval(this.keepAlive);
    this.flush();
    this.disconnectAll();
  }

  private forget(client: Client): void {
    if (!this.clients.delete(client)) return;
    const left = (this.perAddress.get(client.address) ?? 1) - 1;
    if (left > 0) this.perAddress.set(client.address, left);
    else this.perAddress.delete(client.address);
  }

  private writeAll(chunk: string): void {
    if (this.clients.size === 0) return;
    if (this.queued === '') setImmediate(() => this.flush());
    this.queued += chunk;
  }
}
