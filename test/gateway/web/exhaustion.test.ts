/**
 * One machine on the WiFi must not exhaust the gateway for everyone: live streams that stop reading are dropped,
 * and held connections and streams are capped per address and in all. Real sockets on a listening server, from
 * two loopback addresses (Linux answers all of 127.0.0.0/8).
 */
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { EventHub } from '../../../gateway/web/event-hub.ts';
import { eventually } from '../../support/eventually.ts';
import { startWebFixture, type WebFixture } from './web-fixture.ts';

let fixture: WebFixture | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await fixture?.close();
  fixture = undefined;
});

async function listen(f: WebFixture): Promise<number> {
  await f.app.listen({ host: '127.0.0.1', port: 0 });
  const address = f.app.server.address();
  if (typeof address !== 'object' || !address) throw new Error('not listening');
  return address.port;
}

/** A raw HTTP/1.1 request kept open; `received` collects what came back. */
function request(port: number, path: string, localAddress = '127.0.0.1'): Socket & { received: string } {
  const socket = connect({ host: '127.0.0.1', port, localAddress }) as Socket & { received: string };
  socket.on('error', () => {});
  socket.received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    socket.received += chunk.length > 4096 ? chunk.slice(0, 4096) : chunk;
  });
  socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`);
  sockets.push(socket);
  return socket;
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('live streams that stop reading', () => {
  it('drops the stalled page and keeps serving the one that reads', async () => {
    const hub = new EventHub({ maxBufferedBytes: 256 * 1024 });
    fixture = await startWebFixture({ hub });
    const port = await listen(fixture);
    const stalled = request(port, '/api/events');
    const reading = request(port, '/api/events');
    await eventually('both streams open', () => hub.size === 2);
    stalled.pause();

    const event = { text: 'x'.repeat(8 * 1024) };
    let published = 0;
    while (hub.counters.dropped === 0 && published < 8_000) {
      for (let i = 0; i < 4; i++) hub.publish('message', event);
      published += 4;
      await yieldToLoop();
    }

    expect(hub.counters.dropped).toBe(1);
    stalled.resume();
    await eventually('the stalled stream closed', () => stalled.closed);
    expect(reading.closed).toBe(false);
    expect(hub.size).toBe(1);
    const metrics = await fixture.app.inject({ url: '/metrics' });
    expect(metrics.body).toContain('meshloom_sse_dropped_total 1');
  });
});

describe('caps on what one address may hold', () => {
  it('refuses live streams over the per-address limit with 503, and not to another address', async () => {
    const hub = new EventHub({ maxClientsPerAddress: 2 });
    fixture = await startWebFixture({ hub });
    const port = await listen(fixture);
    request(port, '/api/events');
    request(port, '/api/events');
    await eventually('two streams open', () => hub.size === 2);

    const third = request(port, '/api/events');
    await eventually('the third answered', () => third.received.includes('\r\n\r\n{'));
    expect(third.received).toMatch(/^HTTP\/1.1 503/);
    expect(third.received).toContain('MESHLOOM_ERR_BUSY');

    request(port, '/api/events', '127.0.0.2');
    await eventually('a stream from another address', () => hub.size === 3);
    const metrics = await fixture.app.inject({ url: '/metrics' });
    expect(metrics.body).toContain('meshloom_refused_total{what="stream"} 1');
  });

  it('closes connections over the per-address cap while other neighbours still get in', async () => {
    fixture = await startWebFixture({ connectionCaps: { maxPerAddress: 5 } });
    const port = await listen(fixture);
    const held = Array.from({ length: 20 }, () => {
      const socket = connect({ host: '127.0.0.1', port, localAddress: '127.0.0.1' });
      socket.on('error', () => {});
      sockets.push(socket);
      return socket;
    });
    await eventually('the surplus closed', () => held.filter((s) => s.destroyed || s.readableEnded).length === 15);

    const neighbour = request(port, '/api/status', '127.0.0.2');
    await eventually('the neighbour is served', () => neighbour.received.includes('"gateway"'));
    expect(neighbour.received).toMatch(/^HTTP\/1.1 200/);
    const metrics = await fixture.app.inject({ url: '/metrics' });
    expect(metrics.body).toContain('meshloom_refused_total{what="connection"} 15');
  });
});
