/**
 * One client connection to a virtual radio (one serial line or one TCP socket): the firmware's PhoneAPI and
 * StreamAPI for that client. It parses ToRadio frames, answers want_config, heartbeats and packets with the
 * frames the firmware sends, forwards packets to the client once its config download is done, and forgets the
 * client after the firmware's 15-minute silence.
 */
import type { Mesh } from '@meshtastic/protobufs';
import { StreamFrameDecoder } from '../../protocol/meshtastic/frame-decoder.ts';
import { decodeToRadio, fromRadioFrame, type FromRadioInit, type ToRadio } from '../../protocol/meshtastic/radio-codec.ts';
import type { Clock } from '../clock.ts';

/** What the radio offers to each of its client connections. */
export interface PhoneApiHost {
  configAnswer(nonce: number): FromRadioInit[];
  /** A packet the client asks the radio to send; the host answers with a QueueStatus through `api`. */
  handleClientPacket(packet: Mesh.MeshPacket, api: PhoneApi): void;
  queueStatus(meshPacketId: number, res: number): Mesh.QueueStatus;
  /** Packets heard while no client was listening, oldest first; taking them empties the buffer. */
  takeBufferedPackets(): Mesh.MeshPacket[];
  log(level: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR', thread: string, message: string): void;
}

export interface PhoneApiOptions {
  host: PhoneApiHost;
  clock: Clock;
  /** Writes bytes to the client. */
  write: (bytes: Uint8Array) => void;
  /** Idle time after which the client is dropped; undefined for none (the firmware times out serial clients only). */
  clientTimeoutMs: number | undefined;
  /** Firmware 2.7 and later answer a heartbeat with a QueueStatus; 2.6 does not. */
  answersHeartbeat: boolean;
}

export class PhoneApi {
  /** 'nothing' until a want_config; 'packets' once its config_complete_id went out. */
  state: 'nothing' | 'packets' = 'nothing';
  private readonly decoder = new StreamFrameDecoder<ToRadio>({ decodePayload: decodeToRadio });
  private lastContactMs: number;
  private cancelTimeoutCheck: (() => void) | undefined;

  constructor(private readonly options: PhoneApiOptions) {
    this.lastContactMs = options.clock.nowMs();
  }

  /** Bytes from the client. */
  receive(chunk: Uint8Array): void {
    for (const item of this.decoder.push(chunk)) {
      if (item.kind === 'frame') this.handleToRadio(item.message);
      else if (item.kind === 'error') this.options.host.log('ERROR', 'SerialConsole', 'Error: ignore malformed toradio');
    }
  }

  sendFromRadio(init: FromRadioInit): void {
    this.options.write(fromRadioFrame(init));
  }

  /** A packet for the client; dropped unless the client finished its config download. */
  deliver(packet: Mesh.MeshPacket): boolean {
    if (this.state !== 'packets') return false;
    this.sendFromRadio({ payloadVariant: { case: 'packet', value: packet } });
    return true;
  }

  /** Raw bytes outside frames: the console log text a serial client sees. */
  writeRaw(bytes: Uint8Array): void {
    this.options.write(bytes);
  }

  close(): void {
    if (this.state !== 'nothing') this.options.host.log('INFO', 'PhoneAPI', 'Lost phone connection');
    this.state = 'nothing';
    this.cancelTimeoutCheck?.();
    this.cancelTimeoutCheck = undefined;
  }

  private handleToRadio(message: ToRadio): void {
    const { host, clock } = this.options;
    this.lastContactMs = clock.nowMs();
    this.armTimeoutCheck();
    const variant = message.payloadVariant;
    switch (variant.case) {
      case 'wantConfigId':
        host.log('INFO', 'PhoneAPI', `Client wants config, nonce=${variant.value}`);
        this.state = 'nothing';
        for (const frame of host.configAnswer(variant.value)) this.sendFromRadio(frame);
        this.state = 'packets';
        for (const packet of host.takeBufferedPackets()) this.deliver(packet);
        return;
      case 'packet':
        host.handleClientPacket(variant.value, this);
        return;
      case 'heartbeat':
        host.log('DEBUG', 'PhoneAPI', 'Got client heartbeat');
        if (this.options.answersHeartbeat) this.sendFromRadio({ payloadVariant: { case: 'queueStatus', value: host.queueStatus(0, 0) } });
        return;
      case 'disconnect':
        host.log('INFO', 'PhoneAPI', 'Disconnect from phone');
        this.close();
        return;
      default:
        return;
    }
  }

  private armTimeoutCheck(): void {
    const { clock, clientTimeoutMs } = this.options;
    if (this.cancelTimeoutCheck || clientTimeoutMs === undefined) return;
    const check = () => {
      const idle = clock.nowMs() - this.lastContactMs;
      if (idle >= clientTimeoutMs) {
        this.cancelTimeoutCheck = undefined;
        this.close();
        return;
      }
      this.cancelTimeoutCheck = clock.schedule(clientTimeoutMs - idle, check);
    };
    this.cancelTimeoutCheck = clock.schedule(clientTimeoutMs, check);
  }
}
