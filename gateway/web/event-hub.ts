/**
 * The one Server-Sent Events stream: every page gets new alerts, entries, messages, node changes and the
 * link's state as they happen. Each event is serialised once, whatever the number of listeners; a comment
 * every 15 s keeps idle connections open through WiFi access points that drop quiet ones.
 */
import type { ServerResponse } from 'node:http';

export class EventHub {
  private readonly clients = new Set<ServerResponse>();
  private readonly keepAlive: NodeJS.Timeout;
  private nextId = 1;

  constructor(keepAliveMs = 15_000) {
    this.keepAlive = setInterval(() => this.writeAll(': keep-alive\n\n'), keepAliveMs);
    this.keepAlive.unref();
  }

  get size(): number {
    return this.clients.size;
  }

  add(response: ServerResponse): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    response.write('retry: 3000\n\n');
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }

  publish(type: string, data: unknown): void {
    this.writeAll(`id: ${this.nextId++}\nevent: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** End every live connection (pages reconnect by themselves); for shutdown and for tests of a lost network. */
  disconnectAll(): void {
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  close(): void {
    clearInterval(this.keepAlive);
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private writeAll(chunk: string): void {
    for (const client of this.clients) client.write(chunk);
  }
}
