/**
 * The phone API of a firmware node in the simulated air, offered on a TCP port of its own: the simulator holds the
 * node's only API connection (the firmware takes one client at a time), so a gateway, `meshloom info` or the
 * official apps' TCP clients connect here instead. Everything passes through except what is the simulator's
 * business (the node's transmissions, the answers to packets written into it) and a client's `disconnect`, which
 * would close the simulator's connection. Packets the node receives while no client is there wait, as in the
 * firmware's own to-phone queue, and follow the next client's config download. While the node is down the port
 * refuses clients, and a connected one is dropped, as a radio that loses power drops its clients.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { Portnums } from '@meshtastic/protobufs';
import { encodeFrame } from '../../protocol/meshtastic/frame-encoder.ts';
import { decodeToRadio, type FromRadio, type ToRadio } from '../../protocol/meshtastic/radio-codec.ts';
import { FrameParser } from '../../radio/frame-parser.ts';
import type { FirmwareAir } from './firmware-air.ts';

export interface ApiProxy {
  readonly port: number;
  close(): Promise<void>;
}

/** The firmware's to-phone queue on Linux (MAX_RX_TOPHONE). */
const TO_PHONE_QUEUE = 32;

interface Client {
  socket: Socket;
  /** It asked for the configuration: frames flow to it from then on. */
  asked: boolean;
  /** Its config download is complete: packets held while nobody listened follow. */
  configured: boolean;
}

export async function serveFirmwareApi(
  air: FirmwareAir,
  node: number,
  options: { port?: number; host?: string; onClient?: () => void } = {},
): Promise<ApiProxy> {
  let client: Client | undefined;
  let held: { payload: Uint8Array; text: boolean }[] = [];
  const drop = () => {
    client?.socket.destroy();
    client = undefined;
  };
  const hold = (payload: Uint8Array, message: FromRadio) => {
    if (message.payloadVariant.case !== 'packet') return;
    const packet = message.payloadVariant.value;
    const text = packet.payloadVariant.case === 'decoded' && packet.payloadVariant.value.portnum === Portnums.PortNum.TEXT_MESSAGE_APP;
    // Full: the firmware makes room for text by dropping the oldest, and drops anything else that comes.
    if (held.length >= TO_PHONE_QUEUE) {
      if (!text) return;
      held.shift();
    }
    held.push({ payload, text });
  };
  const forward = (payload: Uint8Array, message: FromRadio) => {
    const to = client;
    if (!to?.asked || to.socket.destroyed) {
      hold(payload, message);
      return;
    }
    to.socket.write(encodeFrame(payload));
    if (message.payloadVariant.case === 'configCompleteId' && !to.configured) {
      to.configured = true;
      for (const waiting of held) to.socket.write(encodeFrame(waiting.payload));
      held = [];
    }
  };
  let offFrames = air.apiOf(node)?.on('frame', forward);
  const offApi = air.on('api', (changed, api) => {
    if (changed !== node) return;
    offFrames?.();
    offFrames = api?.on('frame', forward);
    if (api === undefined) {
      // A node that loses power loses what it held for its phone.
      held = [];
      drop();
    }
  });
  const server: Server = createServer((socket) => {
    const api = air.apiOf(node);
    if (!api) {
      socket.destroy();
      return;
    }
    // One client at a time, as the firmware: a new one closes the old.
    drop();
    socket.setNoDelay(true);
    const me: Client = { socket, asked: false, configured: false };
    client = me;
    const parser = new FrameParser<ToRadio>({ decodePayload: decodeToRadio });
    parser.on('data', (item: { kind: string; message?: ToRadio; payload?: Uint8Array }) => {
      if (item.kind !== 'frame' || !item.message || !item.payload) return;
      if (item.message.payloadVariant.case === 'disconnect') {
        socket.end();
        return;
      }
      if (item.message.payloadVariant.case === 'wantConfigId') me.asked = true;
      air.apiOf(node)?.writeFromClient(encodeFrame(item.payload));
    });
    socket.on('data', (chunk: Buffer) => parser.write(chunk));
    socket.on('close', () => {
      parser.destroy();
      if (client === me) client = undefined;
    });
    socket.on('error', () => socket.destroy());
    options.onClient?.();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    close: async () => {
      offApi();
      offFrames?.();
      drop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
