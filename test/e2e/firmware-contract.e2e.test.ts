/**
 * The virtual radio against the real firmware: one script of requests over the phone API, run against each real
 * build in ../shared/firmware and against the virtual radio with that generation's profile; what each answered
 * must be the same. Absence is observed by order, not by waiting: the firmware answers requests in the order it
 * got them, so a request that is always answered is sent after one that may not be, as a fence.
 */
import { connect, type Socket } from 'node:net';
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { Admin, type Mesh, Portnums } from '@meshtastic/protobufs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFromRadio, type FromRadio, type ToRadioInit, toRadioFrame } from '../../protocol/meshtastic/radio-codec.ts';
import { BROADCAST_NUM } from '../../protocol/meshtastic/stream-constants.ts';
import { FrameParser } from '../../radio/frame-parser.ts';
import { serveTcp, type TcpEndpoint } from '../../simulator/virtual-radio/endpoints.ts';
import { type FIRMWARE_PROFILES, isFirmwareGeneration } from '../../simulator/virtual-radio/firmware-profiles.ts';
import { VirtualRadio } from '../../simulator/virtual-radio/virtual-radio.ts';
import { eventually } from '../support/eventually.ts';
import { FirmwareNode, firmwareBinaries, NO_FIRMWARE_REASON } from '../support/real-firmware.ts';

/** A phone-API client that keeps every FromRadio in order. */
class ScriptClient {
  readonly heard: FromRadio[] = [];
  private readonly socket: Socket;

  private constructor(port: number) {
    this.socket = connect({ host: '127.0.0.1', port });
    const parser = new FrameParser<FromRadio>({ decodePayload: decodeFromRadio });
    this.socket.on('data', (chunk: Buffer) => parser.write(chunk));
    this.socket.on('error', () => {});
    parser.on('data', (item: { kind: string; message?: FromRadio }) => {
      if (item.kind === 'frame' && item.message) this.heard.push(item.message);
    });
  }

  static async open(port: number): Promise<ScriptClient> {
    const client = new ScriptClient(port);
    await new Promise<void>((resolve, reject) => {
      client.socket.once('connect', () => resolve());
      client.socket.once('error', reject);
    });
    return client;
  }

  send(message: ToRadioInit): void {
    this.socket.write(toRadioFrame(message));
  }

  /** Index of the first frame from `from` on that matches, waiting for it. */
  async waitFor(what: string, match: (m: FromRadio) => boolean, from = 0): Promise<number> {
    let index = -1;
    await eventually(what, () => {
      index = this.heard.findIndex((m, i) => i >= from && match(m));
      return index >= 0;
    });
    return index;
  }

  close(): void {
    this.socket.destroy();
  }
}

const adminPacket = (to: number, id: number, message: Admin.AdminMessage, flags: { wantAck: boolean; wantResponse: boolean }): ToRadioInit => ({
  payloadVariant: {
    case: 'packet',
    value: {
      to,
      id,
      wantAck: flags.wantAck,
      payloadVariant: {
        case: 'decoded',
        value: { portnum: Portnums.PortNum.ADMIN_APP, payload: toBinary(Admin.AdminMessageSchema, message), wantResponse: flags.wantResponse },
      },
    },
  },
});

const decodedOf = (m: FromRadio) =>
  m.payloadVariant.case === 'packet' && m.payloadVariant.value.payloadVariant.case === 'decoded' ? m.payloadVariant.value.payloadVariant.value : undefined;
const answersRequest = (id: number, portnum: number) => (m: FromRadio) => decodedOf(m)?.requestId === id && decodedOf(m)?.portnum === portnum;

/** Runs the script; returns what the radio answered, in terms that do not depend on the instance. */
async function runScript(port: number) {
  const client = await ScriptClient.open(port);
  try {
    const nonce = 0x1234_5678;
    client.send({ payloadVariant: { case: 'wantConfigId', value: nonce } });
    const complete = await client.waitFor('config_complete_id', (m) => m.payloadVariant.case === 'configCompleteId' && m.payloadVariant.value === nonce);
    const config = client.heard.slice(0, complete);
    const myInfo = config.find((m) => m.payloadVariant.case === 'myInfo')?.payloadVariant.value as Mesh.MyNodeInfo | undefined;
    const metadata = config.find((m) => m.payloadVariant.case === 'metadata')?.payloadVariant.value as Mesh.DeviceMetadata | undefined;
    const self = myInfo?.myNodeNum ?? 0;
    const getOwner = create(Admin.AdminMessageSchema, { payloadVariant: { case: 'getOwnerRequest', value: true } });

    // A heartbeat, fenced by a get-owner request that is always answered.
    const beforeHeartbeat = client.heard.length;
    client.send({ payloadVariant: { case: 'heartbeat', value: {} } });
    client.send(adminPacket(self, 0x0a0a_0001, getOwner, { wantAck: false, wantResponse: true }));
    const ownerAnswer = await client.waitFor('the owner', answersRequest(0x0a0a_0001, Portnums.PortNum.ADMIN_APP), beforeHeartbeat);
    const heartbeatAnswered = client.heard
      .slice(beforeHeartbeat, ownerAnswer)
      .some((m) => m.payloadVariant.case === 'queueStatus' && m.payloadVariant.value.meshPacketId === 0);
    const owner = fromBinary(Admin.AdminMessageSchema, decodedOf(client.heard[ownerAnswer] as FromRadio)?.payload ?? new Uint8Array());

    // A text to everyone: its QueueStatus.
    const text: ToRadioInit = {
      payloadVariant: {
        case: 'packet',
        value: {
          to: BROADCAST_NUM,
          id: 0x0a0a_0002,
          payloadVariant: { case: 'decoded', value: { portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: new TextEncoder().encode('contract') } },
        },
      },
    };
    const beforeText = client.heard.length;
    client.send(text);
    const textStatus = client.heard[
      await client.waitFor(
        'the text QueueStatus',
        (m) => m.payloadVariant.case === 'queueStatus' && m.payloadVariant.value.meshPacketId === 0x0a0a_0002,
        beforeText,
      )
    ]?.payloadVariant.value as Mesh.QueueStatus;

    // Admin with want_ack and no want_response, fenced by another get-owner.
    const beforeAckOnly = client.heard.length;
    client.send(adminPacket(self, 0x0a0a_0003, getOwner, { wantAck: true, wantResponse: false }));
    client.send(adminPacket(self, 0x0a0a_0004, getOwner, { wantAck: false, wantResponse: true }));
    const fence = await client.waitFor('the second owner', answersRequest(0x0a0a_0004, Portnums.PortNum.ADMIN_APP), beforeAckOnly);
    const ackOnly = client.heard.slice(beforeAckOnly, fence + 1);
    const ackOnlyRouting = ackOnly.some(answersRequest(0x0a0a_0003, Portnums.PortNum.ROUTING_APP));
    const ackOnlyAnswer = ackOnly.some(answersRequest(0x0a0a_0003, Portnums.PortNum.ADMIN_APP));

    return {
      firmwareGeneration: metadata?.firmwareVersion.split('.').slice(0, 2).join('.'),
      channels: config.filter((m) => m.payloadVariant.case === 'channel').length,
      ownNodeInfoInConfig: config.some((m) => m.payloadVariant.case === 'nodeInfo' && m.payloadVariant.value.num === self),
      heartbeatAnswered,
      ownerHasLongName: (owner.payloadVariant.case === 'getOwnerResponse' && owner.payloadVariant.value.longName.length > 0) || false,
      textQueueStatusRes: textStatus.res,
      adminWantAckOnly: { routingAck: ackOnlyRouting, adminAnswer: ackOnlyAnswer },
    };
  } finally {
    client.close();
  }
}

const binaries = firmwareBinaries().filter((b) => isFirmwareGeneration(b.generation));
if (binaries.length === 0) console.warn(NO_FIRMWARE_REASON);

describe.skipIf(binaries.length === 0).each(binaries)('the virtual radio as firmware $generation', (binary) => {
  let node: FirmwareNode;
  let radio: VirtualRadio;
  let endpoint: TcpEndpoint;
  beforeAll(async () => {
    node = await FirmwareNode.start(binary, 0x2b);
    const generation = binary.generation as keyof typeof FIRMWARE_PROFILES;
    radio = new VirtualRadio({ nodeNum: 0x2b, longName: 'Contract radio', shortName: 'CTR', firmware: generation, bootMs: 0 });
    endpoint = await serveTcp(radio, { port: 0, host: '127.0.0.1' });
    await eventually('the virtual radio up', () => radio.up);
  }, 30_000);
  afterAll(async () => {
    await endpoint?.close();
    await node?.remove();
  });

  it('answers the script as the real firmware does', async () => {
    const real = await runScript(node.port);
    const virtual = await runScript(endpoint.port);
    expect(real.firmwareGeneration).toBe(binary.generation);
    expect(virtual).toEqual(real);
  }, 30_000);
});
