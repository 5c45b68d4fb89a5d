/**
 * The simulator's one connection to a firmware node's phone API (the firmware takes one client at a time). It
 * does the handshake, then sorts what the node says into:
 * - `transmit`: what the node put on the air (in simulation mode a SIMULATOR_APP packet, see
 *   ../shared/firmware/README.md), with the QueueStatus the firmware announces each transmission with;
 * - `packet`: packets the node hands its phone (what it received for itself or for everyone, acks);
 * - `frame`: everything a phone client of this node should see, for the API proxy (what the simulator does with
 *   the node, its transmissions and the answers to its injections, left out).
 * `inject` makes the node hear a packet as if over LoRa, with the SNR and RSSI the medium computed.
 */
import { connect, type Socket } from 'node:net';
import { create } from '@bufbuild/protobuf';
import { Config, Mesh, Portnums } from '@meshtastic/protobufs';
import type { ModemPreset } from '../../protocol/meshtastic/airtime.ts';
import { errorMessage } from '../../protocol/meshloom-error.ts';
import { decodeFromRadio, type FromRadio, type ToRadioInit, toRadioFrame } from '../../protocol/meshtastic/radio-codec.ts';
import { FrameParser } from '../../radio/frame-parser.ts';
import { TypedEmitter } from '../../support/typed-emitter.ts';
import { simulatorErrors } from './errors.ts';

/** The settings the simulator gives every firmware node, as the firmware reported them in the handshake. */
export interface FirmwareSettings {
  role: string;
  hopLimit: number;
  preset: ModemPreset | string;
  region: string;
}

export type FirmwareApiEvents = {
  transmit: [Mesh.MeshPacket];
  packet: [Mesh.MeshPacket];
  frame: [payload: Uint8Array, message: FromRadio];
  closed: [reason: string];
};

/** The firmware's API closes a client silent this long; a heartbeat well inside it keeps ours. */
const HEARTBEAT_MS = 60_000;
/** A QueueStatus is held this long to see whether it announces a transmission (the firmware writes both at once). */
const HOLD_MS = 30;

export class FirmwareApi extends TypedEmitter<FirmwareApiEvents> {
  private myNodeNum = 0;
  /** The device and LoRa settings from the handshake. */
  deviceConfig: Config.Config_DeviceConfig = create(Config.Config_DeviceConfigSchema);
  loraConfig: Config.Config_LoRaConfig = create(Config.Config_LoRaConfigSchema);
  /** Packets written in with `inject`, whose QueueStatus answer no phone client asked for. */
  private readonly injected = new Set<number>();
  /** Heartbeats sent whose QueueStatus answer (2.7 and later) is ours, not a client's. */
  private heartbeatAnswers = 0;
  private held: { payload: Uint8Array; message: FromRadio; timer: NodeJS.Timeout } | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private open = true;

  private constructor(
    private readonly socket: Socket,
    readonly label: number,
  ) {
    super();
  }

  /** Connect to the API on 127.0.0.1:`port` and complete the handshake. `label` names the node in errors. */
  static async connect(port: number, label: number, timeoutMs = 15_000): Promise<FirmwareApi> {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setNoDelay(true);
    const api = new FirmwareApi(socket, label);
    await api.handshake(timeoutMs);
    return api;
  }

  get nodeNum(): number {
    return this.myNodeNum;
  }

  get settings(): FirmwareSettings {
    return {
      role: Config.Config_DeviceConfig_Role[this.deviceConfig.role] ?? String(this.deviceConfig.role),
      hopLimit: this.loraConfig.hopLimit,
      preset: Config.Config_LoRaConfig_ModemPreset[this.loraConfig.modemPreset] ?? String(this.loraConfig.modemPreset),
      region: Config.Config_LoRaConfig_RegionCode[this.loraConfig.region] ?? String(this.loraConfig.region),
    };
  }

  /** The node hears `packet` (a transmission in SIMULATOR_APP form) as if over LoRa. */
  inject(packet: Mesh.MeshPacket, snrDb: number, rssiDbm: number): void {
    const heard = create(Mesh.MeshPacketSchema, { ...packet, rxSnr: snrDb, rxRssi: Math.round(rssiDbm) });
    // 0 and 0 mean "made here" to the firmware.
    if (heard.rxSnr === 0 && heard.rxRssi === 0) heard.rxSnr = 0.25;
    this.injected.add(packet.id);
    if (this.injected.size > 4_096) this.injected.delete(this.injected.values().next().value as number);
    this.write(toRadioFrame({ payloadVariant: { case: 'packet', value: heard } }));
  }

  /** What a phone client of this node sends, passed on as it is. */
  writeFromClient(frame: Uint8Array): void {
    this.write(frame);
  }

  send(init: ToRadioInit): void {
    this.write(toRadioFrame(init));
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    clearInterval(this.heartbeat);
    if (this.held) clearTimeout(this.held.timer);
    this.socket.destroy();
  }

  private write(frame: Uint8Array): void {
    if (this.open && !this.socket.destroyed) this.socket.write(frame);
  }

  private async handshake(timeoutMs: number): Promise<void> {
    const nonce = 1 + Math.floor(Math.random() * 0x7fff_0000);
    const parser = new FrameParser<FromRadio>({ decodePayload: decodeFromRadio });
    let configured = false;
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => fail('no answer to the handshake'), timeoutMs);
      const fail = (reason: string) => {
        clearTimeout(timer);
        this.close();
        reject(simulatorErrors.MESHLOOM_ERR_FIRMWARE_API(this.label, reason));
      };
      this.socket.once('connect', () => this.send({ payloadVariant: { case: 'wantConfigId', value: nonce } }));
      this.socket.on('error', (err) => (configured ? this.ended(errorMessage(err)) : fail(errorMessage(err))));
      this.socket.on('close', () => (configured ? this.ended('the node closed its API') : fail('the node closed its API')));
      parser.on('data', (item: { kind: string; message?: FromRadio; payload?: Uint8Array }) => {
        if (item.kind !== 'frame' || !item.message || !item.payload) return;
        const variant = item.message.payloadVariant;
        if (!configured) {
          if (variant.case === 'myInfo') this.myNodeNum = variant.value.myNodeNum;
          if (variant.case === 'config' && variant.value.payloadVariant.case === 'device') this.deviceConfig = variant.value.payloadVariant.value;
          if (variant.case === 'config' && variant.value.payloadVariant.case === 'lora') this.loraConfig = variant.value.payloadVariant.value;
          if (variant.case === 'configCompleteId' && variant.value === nonce) {
            configured = true;
            clearTimeout(timer);
            resolve();
          }
          return;
        }
        this.sort(item.payload, item.message);
      });
    });
    this.socket.on('data', (chunk: Buffer) => parser.write(chunk));
    await ready;
    this.heartbeat = setInterval(() => {
      this.heartbeatAnswers++;
      this.send({ payloadVariant: { case: 'heartbeat', value: {} } });
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private ended(reason: string): void {
    if (!this.open) return;
    this.close();
    this.emit('closed', reason);
  }

  private sort(payload: Uint8Array, message: FromRadio): void {
    const variant = message.payloadVariant;
    if (this.held) {
      const held = this.held;
      this.held = undefined;
      clearTimeout(held.timer);
      const announced = held.message.payloadVariant.case === 'queueStatus' ? held.message.payloadVariant.value.meshPacketId : -1;
      if (!(transmission(message) && variant.case === 'packet' && variant.value.id === announced)) this.emit('frame', held.payload, held.message);
    }
    if (variant.case === 'queueStatus') {
      const id = variant.value.meshPacketId;
      if (id !== 0 && this.injected.delete(id)) return;
      if (id === 0 && this.heartbeatAnswers > 0) {
        this.heartbeatAnswers--;
        return;
      }
      this.held = { payload, message, timer: setTimeout(() => this.flushHeld(), HOLD_MS) };
      return;
    }
    if (variant.case === 'packet') {
      if (transmission(message)) {
        this.emit('transmit', variant.value);
        return;
      }
      this.emit('packet', variant.value);
    }
    this.emit('frame', payload, message);
  }

  private flushHeld(): void {
    const held = this.held;
    this.held = undefined;
    if (held) this.emit('frame', held.payload, held.message);
  }
}

function transmission(message: FromRadio): boolean {
  const variant = message.payloadVariant;
  return (
    variant.case === 'packet' &&
    variant.value.payloadVariant.case === 'decoded' &&
    variant.value.payloadVariant.value.portnum === Portnums.PortNum.SIMULATOR_APP
  );
}
