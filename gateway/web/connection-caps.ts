/**
 * Caps on held connections, so one machine on the WiFi cannot shut its neighbours out by opening thousands
 * (about 20,000 from one host did, before these): at most `maxPerAddress` from one address and `maxTotal` in all.
 * Connections over a cap are closed at once, before any byte is read, and reported through `onLimit`.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface ConnectionCaps {
  maxTotal: number;
  maxPerAddress: number;
}

export const CONNECTION_CAP_DEFAULTS: ConnectionCaps = {
  // Below the usual 1,024 open files of a process, with room for the radio, SQLite and the broker.
  maxTotal: 900,
  // A phone's browser opens at most 6 connections to a host, plus the live stream.
  maxPerAddress: 32,
};

export interface ConnectionCounters {
  refused: number;
}

export function capConnections(server: Server, caps: ConnectionCaps, onLimit: (kind: 'total' | 'per-address', line: string) => void): ConnectionCounters {
  const counters: ConnectionCounters = { refused: 0 };
  const open = new Map<string, number>();
  server.maxConnections = caps.maxTotal;
  server.on('drop', (data) => {
    counters.refused += 1;
    onLimit('total', `connection from ${data?.remoteAddress ?? 'unknown'} refused: ${caps.maxTotal} connections already open`);
  });
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = (open.get(address) ?? 0) + 1;
    if (count > caps.maxPerAddress) {
      counters.refused += 1;
      onLimit('per-address', `connection from ${address} refused: it already holds ${caps.maxPerAddress}`);
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
  return counters;
}
