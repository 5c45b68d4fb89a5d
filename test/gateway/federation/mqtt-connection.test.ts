/**
 * The broker connection's retry message names the wait mqtt.js really scheduled: it announced the doubled, next
 * one before. Against a port nobody listens on, so every attempt fails at once. And it closes promptly when the
 * broker never acks what is in flight, keeping that in the outbox.
 */
import { createServer, type Socket } from 'node:net';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { MqttOutbox } from '../../../gateway/federation/mqtt-outbox.ts';
import { MqttConnection } from '../../../gateway/federation/mqtt-connection.ts';
import { eventually } from '../../support/eventually.ts';
import { freePort } from '../../../support/local-ports.ts';

let connection: MqttConnection | undefined;
afterEach(async () => {
  await connection?.close();
});

it('says the delay it really waits before each reconnect', async () => {
  const port = await freePort();
  const outbox = { add: () => undefined, next: () => [], remove: () => undefined } as unknown as MqttOutbox;
  connection = new MqttConnection({ url: `mqtt://127.0.0.1:${port}`, clientId: 'retry-test', subscriptions: [], outbox, minBackoffMs: 100, maxBackoffMs: 800 });
  const scheduled: number[] = [];
  // First in line on each close, before mqtt.js's own handler schedules the reconnect: the period it will use.
  connection.client.prependListener('close', () => scheduled.push(connection?.client.options.reconnectPeriod ?? -1));
  const announced: number[] = [];
  connection.on('state', ({ detail }) => {
    const seconds = /retrying in ([\d.]+) s/.exec(detail)?.[1];
    if (seconds) announced.push(Number(seconds) * 1000);
  });
  await eventually('four retries', () => announced.length >= 4, 10_000);
  expect(announced.slice(0, 4)).toEqual(scheduled.slice(0, 4));
  expect(announced.slice(0, 4)).toEqual([100, 200, 400, 800]);
});

it('closes within seconds when the broker never acks a publish in flight, and the publish stays in the outbox', async () => {
  // A broker that accepts the session and then answers nothing (it is stopping, or the link died half-way).
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('data', () => socket.write(Buffer.from([0x20, 0x02, 0x00, 0x00])));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const db = new Database(':memory:');
  db.exec('CREATE TABLE mqtt_outbox (id INTEGER PRIMARY KEY, topic TEXT NOT NULL, payload BLOB NOT NULL, created_at INTEGER NOT NULL)');
  const outbox = new MqttOutbox(db);
  const mute = new MqttConnection({ url: `mqtt://127.0.0.1:${port}`, clientId: 'mute-test', subscriptions: [], outbox });
  await eventually('connected', () => mute.client.connected, 5_000);
  mute.publish('meshloom/test', new Uint8Array([1, 2, 3]));
  const started = performance.now();
  // Before, a graceful end waited for the ack for ever: the gateway hung on SIGTERM.
  await mute.close();
  expect(performance.now() - started).toBeLessThan(5_000);
  expect(outbox.size()).toBe(1);
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  db.close();
});
