/**
 * A small air between real firmware nodes for tests: each node's phone API is offered on a port of the bridge,
 * which passes everything through to the node's client except what the node transmits (in simulation mode a
 * transmission comes to the client as a SIMULATOR_APP packet): that is written into every other connected node,
 * which then hears it as if over LoRa. The QueueStatus a node answers an injected packet with is hidden from
 * its client. A perfect medium: everyone hears everyone at a fixed SNR. Issue #17 grows this into the
 * simulator's physical medium; this is only enough to join two or three nodes in a test.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import { Portnums } from '@meshtastic/protobufs';
import { encodeFrame } from '../../protocol/meshtastic/frame-encoder.ts';
import { decodeFromRadio, type FromRadio, toRadioFrame } from '../../protocol/meshtastic/radio-codec.ts';
import { FrameParser } from '../../radio/frame-parser.ts';

interface Upstream {
  socket: Socket;
  /** Ids of packets this bridge injected, whose QueueStatus the client must not see. */
  injected: Set<number>;
}

export interface BridgedNode {
  /** The port a client connects to instead of the node's own. */
  port: number;
}

export class FirmwareBridge {
  /** Transmissions carried from one node to the others. */
  carried = 0;
  private readonly servers: Server[] = [];
  private readonly upstreams = new Set<Upstream>();

  /** Offer the node whose API listens on `nodePort`; returns the bridge's port for its client. */
  async add(nodePort: number): Promise<BridgedNode> {
    const server = createServer((client) => this.serve(client, nodePort));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.servers.push(server);
    const address = server.address();
    if (typeof address !== 'object' || !address) throw new Error('bridge not listening');
    return { port: address.port };
  }

  async close(): Promise<void> {
    for (const upstream of this.upstreams) upstream.socket.destroy();
    await Promise.all(this.servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }

  private serve(client: Socket, nodePort: number): void {
    const upstream: Upstream = { socket: connect({ host: '127.0.0.1', port: nodePort }), injected: new Set() };
    this.upstreams.add(upstream);
    const parser = new FrameParser<FromRadio>({ decodePayload: decodeFromRadio });
    upstream.socket.on('data', (chunk: Buffer) => parser.write(chunk));
    parser.on('data', (item: { kind: string; message?: FromRadio; payload?: Uint8Array }) => {
      if (item.kind !== 'frame' || !item.message || !item.payload) return;
      if (this.carry(upstream, item.message)) return;
      if (!client.destroyed) client.write(encodeFrame(item.payload));
    });
    client.on('data', (chunk: Buffer) => upstream.socket.write(chunk));
    const end = () => {
      this.upstreams.delete(upstream);
      client.destroy();
      upstream.socket.destroy();
    };
    client.on('close', end);
    client.on('error', end);
    upstream.socket.on('close', end);
    upstream.socket.on('error', end);
  }

  /** True when the frame was the bridge's business (a transmission, or the answer to an injection). */
  private carry(from: Upstream, message: FromRadio): boolean {
    const variant = message.payloadVariant;
    if (variant.case === 'queueStatus' && from.injected.delete(variant.value.meshPacketId)) return true;
    if (variant.case !== 'packet') return false;
    const packet = variant.value;
    if (packet.payloadVariant.case !== 'decoded' || packet.payloadVariant.value.portnum !== Portnums.PortNum.SIMULATOR_APP) return false;
    for (const to of this.upstreams) {
      if (to === from || to.socket.destroyed) continue;
      to.injected.add(packet.id);
      to.socket.write(toRadioFrame({ payloadVariant: { case: 'packet', value: { ...packet, rxSnr: 10, rxRssi: -60 } } }));
      this.carried += 1;
    }
    return true;
  }
}
