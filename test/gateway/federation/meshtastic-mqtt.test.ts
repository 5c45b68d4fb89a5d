/**
 * Meshtastic MQTT as the firmware writes it, checked with an envelope codec written here from the protocol's
 * description (AES-CTR with the channel key, nonce = packet id and sender little-endian; the official
 * protobufs), not with the gateway's own: the topic root a radio with a region set uses, downlinked text on
 * the page and cut on a character boundary, plaintext refused on an encrypted channel, text to the gateway's
 * node shown and not relayed. The gateway runs on the embedded virtual radio; the broker is a recorder here
 * (federation-broker.test.ts covers the real broker).
 */
import { createDecipheriv, createCipheriv } from 'node:crypto';
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { Config, Mesh, Mqtt, Portnums } from '@meshtastic/protobufs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FederationOptions } from '../../../gateway/federation/federation-options.ts';
import { MeshtasticMqtt } from '../../../gateway/federation/meshtastic-mqtt.ts';
import type { MqttConnection } from '../../../gateway/federation/mqtt-connection.ts';
import { BROADCAST_NUM } from '../../../protocol/meshtastic/stream-constants.ts';
import { eventually } from '../../support/eventually.ts';
import { startWebFixture, type WebFixture } from '../web/web-fixture.ts';

/** The default channel key ("AQ==" expands to this well-known AES-128 key). */
const DEFAULT_KEY = Buffer.from('d4f1bb3a20290759f0bcffabcf4e6901', 'hex');

function ctr(packetId: number, from: number, bytes: Uint8Array, decrypt: boolean): Uint8Array {
  const nonce = Buffer.alloc(16);
  nonce.writeBigUInt64LE(BigInt(packetId >>> 0), 0);
  nonce.writeUInt32LE(from >>> 0, 8);
  const cipher = (decrypt ? createDecipheriv : createCipheriv)('aes-128-ctr', DEFAULT_KEY, nonce);
  return new Uint8Array(Buffer.concat([cipher.update(bytes), cipher.final()]));
}

function envelope(packet: { id: number; from: number; to: number; text: string; encrypted?: boolean }): Uint8Array {
  const data = toBinary(
    Mesh.DataSchema,
    create(Mesh.DataSchema, { portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: new TextEncoder().encode(packet.text), bitfield: 1 }),
  );
  const mesh = create(Mesh.MeshPacketSchema, {
    id: packet.id,
    from: packet.from,
    to: packet.to,
    channel: 8,
    payloadVariant:
      packet.encrypted === false
        ? { case: 'decoded', value: fromBinary(Mesh.DataSchema, data) }
        : { case: 'encrypted', value: ctr(packet.id, packet.from, data, false) },
  });
  return toBinary(Mqtt.ServiceEnvelopeSchema, create(Mqtt.ServiceEnvelopeSchema, { packet: mesh, channelId: 'LongFast', gatewayId: '!0b0b0b0b' }));
}

let web: WebFixture;
let published: { topic: string; payload: Uint8Array }[];
let mqtt: MeshtasticMqtt;
const sentToRadio = () => web.embedded.hood.gatewayRadio;

function start(options: Partial<FederationOptions> = {}): MeshtasticMqtt {
  const connection = { publish: (topic: string, payload: Uint8Array) => published.push({ topic, payload }) } as unknown as MqttConnection;
  return new MeshtasticMqtt(
    web.gateway,
    connection,
    { url: 'mqtt://recorder', federation: 'f', trustedKeys: [], uplink: true, downlink: true, ...options },
    () => {},
  );
}

beforeEach(async () => {
  web = await startWebFixture();
  published = [];
  await eventually('the radio configured', () => web.gateway.session.device !== undefined);
  mqtt = start();
});
afterEach(async () => {
  await web.close();
});

describe('Meshtastic MQTT', () => {
  it('publishes under the root a radio with a region set uses, in envelopes an independent decoder reads', () => {
    const device = web.gateway.session.device;
    if (!device?.config.lora) throw new Error('no LoRa config');
    device.config.lora.region = Config.Config_LoRaConfig_RegionCode.EU_868;
    const from = 0x0c0c0c0c;
    const packet = create(Mesh.MeshPacketSchema, {
      id: 77,
      from,
      to: BROADCAST_NUM,
      channel: 0,
      payloadVariant: { case: 'decoded', value: { portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: new TextEncoder().encode('pump fixed'), bitfield: 1 } },
    });
    mqtt.uplink(packet);
    expect(published.map((p) => p.topic)).toEqual([`msh/EU_868/2/e/LongFast/!${(web.gateway.session.myNodeNum ?? 0).toString(16).padStart(8, '0')}`]);
    const env = fromBinary(Mqtt.ServiceEnvelopeSchema, published[0]?.payload as Uint8Array);
    const sent = env.packet as Mesh.MeshPacket;
    expect(sent.payloadVariant.case).toBe('encrypted');
    const data = fromBinary(Mesh.DataSchema, ctr(sent.id, sent.from, sent.payloadVariant.value as Uint8Array, true));
    expect(new TextDecoder().decode(data.payload)).toBe('pump fixed');
    expect(mqtt.subscriptions()).toEqual(['msh/EU_868/2/e/LongFast/+']);
  });

  it('shows downlinked text on the page, and cuts the relayed copy on a character boundary', async () => {
    const onAir: Mesh.MeshPacket[] = [];
    const off = sentToRadio().on('transmit', (packet) => onAir.push(packet));
    const long = `${'é'.repeat(95)}🔥🔥🔥`;
    mqtt.downlink('msh/2/e/LongFast/!0b0b0b0b', envelope({ id: 501, from: 0x0d0d0d0d, to: BROADCAST_NUM, text: long }));
    const listed = (await web.app.inject('/api/messages')).json() as { from: string; text: string; own: boolean }[];
    expect(listed.at(-1)).toMatchObject({ from: '!0d0d0d0d', text: long, own: false });
    const isCopy = (p: Mesh.MeshPacket) => p.payloadVariant.case === 'decoded' && p.payloadVariant.value.portnum === Portnums.PortNum.TEXT_MESSAGE_APP;
    await eventually('the copy on the air', () => onAir.some(isCopy));
    off();
    const copy = onAir.find(isCopy) as Mesh.MeshPacket;
    const bytes = copy.payloadVariant.value as Mesh.Data;
    // "[!0d0d0d0d] " is 12 bytes and each "é" 2: 94 of them fill the 200; the 95th would have been cut in half.
    expect(bytes.payload.length).toBe(200);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes.payload)).toBe(`[!0d0d0d0d] ${'é'.repeat(94)}`);
  });

  it('refuses an unencrypted envelope on an encrypted channel', async () => {
    mqtt.downlink('msh/2/e/LongFast/!0b0b0b0b', envelope({ id: 502, from: 0x0d0d0d0d, to: BROADCAST_NUM, text: 'forged', encrypted: false }));
    expect(mqtt.counters.unencryptedRefused).toBe(1);
    expect(mqtt.counters.downlinked).toBe(0);
    const listed = (await web.app.inject('/api/messages')).json() as { text: string }[];
    expect(listed.some((m) => m.text === 'forged')).toBe(false);
  });

  it('shows text sent to the gateway node and does not relay it', async () => {
    const me = web.gateway.session.myNodeNum ?? 0;
    mqtt.downlink('msh/2/e/LongFast/!0b0b0b0b', envelope({ id: 503, from: 0x0d0d0d0d, to: me, text: 'for the gateway only' }));
    expect(mqtt.counters.directToUs).toBe(1);
    expect(mqtt.counters.downlinked).toBe(0);
    const listed = (await web.app.inject('/api/messages')).json() as { text: string }[];
    expect(listed.some((m) => m.text === 'for the gateway only')).toBe(true);
  });
});
