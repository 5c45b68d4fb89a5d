/**
 * The broker connection's retry message names the wait mqtt.js really scheduled: it announced the doubled, next
 * one before. Against a port nobody listens on, so every attempt fails at once.
 */
import { afterEach, expect, it } from 'vitest';
import { MqttConnection } from '../../../gateway/federation/mqtt-connection.ts';
import type { MqttOutbox } from '../../../gateway/federation/mqtt-outbox.ts';
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
