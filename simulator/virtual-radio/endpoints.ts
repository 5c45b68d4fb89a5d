/**
 * Ways to reach a virtual radio from outside its process, as a real radio is reached: a byte duplex wired like
 * a USB serial cable, the TCP API, and a pseudo-terminal (a real serial path made by socat).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { SerialPort } from 'serialport';
import { errorMessage } from '../../protocol/meshloom-error.ts';
import { endpointErrors } from './errors.ts';
import type { VirtualRadio } from './virtual-radio.ts';

/** Wire a byte duplex to the radio as its serial console; returns the detach function. */
export function attachDuplexAsSerial(radio: VirtualRadio, duplex: Duplex): () => void {
  const endpoint = radio.attachSerial((bytes) => {
    if (!duplex.destroyed) duplex.write(bytes);
  });
  duplex.on('data', (chunk: Buffer) => endpoint.receive(chunk));
  duplex.on('error', () => duplex.destroy());
  duplex.on('close', endpoint.detach);
  return () => {
    endpoint.detach();
    duplex.destroy();
  };
}

export interface TcpEndpoint {
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serve the radio's TCP API (port 0 picks a free port). One client at a time: a new one closes the old. While
 * the radio reboots nothing listens, so clients see their connection refused, as with a real radio.
 */
export async function serveTcp(radio: VirtualRadio, options: { port?: number; host?: string; onClient?: () => void } = {}): Promise<TcpEndpoint> {
  const host = options.host ?? '127.0.0.1';
  const sockets = new Set<Socket>();
  let closed = false;
  const server: Server = createServer((socket) => {
    if (closed || !radio.up) {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.setNoDelay(true);
    options.onClient?.();
    const endpoint = radio.attachConnection(
      (bytes) => {
        if (!socket.destroyed) socket.write(bytes);
      },
      () => socket.destroy(),
    );
    socket.on('data', (chunk: Buffer) => endpoint.receive(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      sockets.delete(socket);
      endpoint.detach();
    });
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listen(options.port ?? 0);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // While the radio reboots nothing listens, and the listening server was what kept the process alive (the
  // radio's own timers are unref'ed): without a hold, `virtual-radio` and `sim serve` exited with code 13.
  let hold: NodeJS.Timeout | undefined;
  const release = () => {
    clearInterval(hold);
    hold = undefined;
  };
  const offShutdown = radio.on('shutdown', () => {
    hold ??= setInterval(() => {}, 60_000);
    server.close();
  });
  const offRebooted = radio.on('rebooted', () => {
    release();
    if (!closed) void listen(port);
  });
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        closed = true;
        release();
        offShutdown();
        offRebooted();
        for (const socket of sockets) socket.destroy();
        if (server.listening) server.close(() => resolve());
        else resolve();
      }),
  };
}

export interface PtyEndpoint {
  /** The serial path clients open, e.g. /tmp/meshloom-radio. */
  readonly path: string;
  /** Pull the cable: the pseudo-terminal pair disappears and clients see their port close. */
  unplug(): Promise<void>;
  /** Plug it back in at the same path. */
  replug(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Expose the radio on a pseudo-terminal at `path`. socat makes a linked pair: clients open `path`; the radio
 * holds `${path}.radio` through the real serialport binding, so bytes cross a real tty in both directions.
 */
export async function exposeOverPty(radio: VirtualRadio, options: { path: string; socat?: string }): Promise<PtyEndpoint> {
  const socatBinary = options.socat ?? 'socat';
  const radioPath = `${options.path}.radio`;
  let socat: ChildProcess | undefined;
  let port: SerialPort | undefined;

  const plug = async () => {
    const child = spawn(socatBinary, [`pty,raw,echo=0,link=${options.path}`, `pty,raw,echo=0,link=${radioPath}`], { stdio: ['ignore', 'ignore', 'pipe'] });
    socat = child;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const spawnError = new Promise<never>((_, reject) => {
      child.once('error', (err) => reject(endpointErrors.MESHLOOM_ERR_SOCAT(`cannot run ${socatBinary} (install the socat package): ${errorMessage(err)}`)));
      child.once('exit', (code) => reject(endpointErrors.MESHLOOM_ERR_SOCAT(`socat exited with code ${code}: ${stderr.trim()}`)));
    });
    await Promise.race([waitForPaths([options.path, radioPath], 5_000), spawnError]);
    const opened = new SerialPort({ path: radioPath, baudRate: 115200, autoOpen: false });
    await new Promise<void>((resolve, reject) => opened.open((err) => (err ? reject(err) : resolve())));
    port = opened;
    attachDuplexAsSerial(radio, opened);
  };

  const unplug = async () => {
    const child = socat;
    socat = undefined;
    if (port?.isOpen) await new Promise<void>((resolve) => port?.close(() => resolve()));
    port = undefined;
    if (child && child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    }
  };

  await plug();
  return { path: options.path, unplug, replug: plug, close: unplug };
}

async function waitForPaths(paths: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!paths.every((p) => existsSync(p))) {
    if (Date.now() > deadline) {
      throw endpointErrors.MESHLOOM_ERR_SOCAT(`socat did not create ${paths.join(' and ')} within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
