/** The radio over WiFi or Ethernet: the firmware's TCP API (port 4403, one client at a time). */
import { connect } from 'node:net';
import { errorMessage } from '../protocol/meshloom-error.ts';
import { DEFAULT_TCP_PORT } from '../protocol/meshtastic/stream-constants.ts';
import { radioErrors } from './errors.ts';
import { transportOverDuplex, type RadioTransport, type TransportOpener } from './transport.ts';

export interface TcpTransportOptions {
  host: string;
  /** Default 4403. */
  port?: number;
  /** Give up opening after this long. Default 10 s. */
  connectTimeoutMs?: number;
}

export async function openTcpTransport(options: TcpTransportOptions): Promise<RadioTransport> {
  const port = options.port ?? DEFAULT_TCP_PORT;
  const target = `tcp ${options.host}:${port}`;
  const socket = connect({ host: options.host, port });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.destroy();
      reject(radioErrors.MESHLOOM_ERR_CONNECT_FAILED(target, 'timed out'));
    }, options.connectTimeoutMs ?? 10_000);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(radioErrors.MESHLOOM_ERR_CONNECT_FAILED(target, errorMessage(err)));
    });
  });
  socket.setNoDelay(true);
  socket.setKeepAlive(true, 30_000);
  return transportOverDuplex(socket, target);
}

export function tcpOpener(options: TcpTransportOptions): TransportOpener {
  return () => openTcpTransport(options);
}

/** Parse `host`, `host:port` or `[v6]:port`; the port defaults to 4403. */
export function parseTcpTarget(target: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]+))(?::(\d+))?$/.exec(target.trim());
  const host = match?.[1] ?? match?.[2];
  if (!match || !host) throw radioErrors.MESHLOOM_ERR_BAD_TARGET(`"${target}" is not HOST or HOST:PORT`);
  const port = match[3] === undefined ? DEFAULT_TCP_PORT : Number(match[3]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw radioErrors.MESHLOOM_ERR_BAD_TARGET(`port ${match[3]} is not between 1 and 65535`);
  }
  return { host, port };
}
