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

function start(options: Partial<FederationOptions> = {}, remoteAddress?: string): MeshtasticMqtt {
  const connection = { publish: (topic: string, payload: Uint8Array) => published.push({ topic, payload }), remoteAddress } as unknown as MqttConnection;
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

/** A packet heard from a neighbour, as the API hands it over. */
function heard(id: number, data: { portnum?: number; text?: string; bitfield?: number }, extra: { to?: number; pkiEncrypted?: boolean } = {}): Mesh.MeshPacket {
  return create(Mesh.MeshPacketSchema, {
    id,
    from: 0x0c0c0c0c,
    to: BROADCAST_NUM,
    channel: 0,
    ...extra,
    payloadVariant: {
      case: 'decoded',
      value: {
        portnum: data.portnum ?? Portnums.PortNum.TEXT_MESSAGE_APP,
        payload: new TextEncoder().encode(data.text ?? 'hello'),
        bitfield: data.bitfield ?? 1,
      },
    },
  });
}

/** The packets of the published envelopes, decrypted by the independent codec above. */
function publishedPackets(): { packet: Mesh.MeshPacket; data: Mesh.Data }[] {
  return published.map((p) => {
    const packet = fromBinary(Mqtt.ServiceEnvelopeSchema, p.payload).packet as Mesh.MeshPacket;
    return { packet, data: fromBinary(Mesh.DataSchema, ctr(packet.id, packet.from, packet.payloadVariant.value as Uint8Array, true)) };
  });
}

function primaryChannel() {
  const settings = web.gateway.session.device?.channels[0]?.settings;
  if (!settings) throw new Error('no primary channel');
  return settings;
}

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

  it('goes up only on channels with uplink enabled, and subscribes only to channels with downlink enabled', () => {
    primaryChannel().uplinkEnabled = false;
    primaryChannel().downlinkEnabled = false;
    mqtt.uplink(heard(80, {}));
    expect(published).toEqual([]);
    expect(mqtt.counters.uplinkDisabled).toBe(1);
    expect(mqtt.uplinkChannels()).toEqual([]);
    expect(mqtt.subscriptions()).toEqual([]);
    mqtt.downlink('msh/2/e/LongFast/!0b0b0b0b', envelope({ id: 504, from: 0x0d0d0d0d, to: BROADCAST_NUM, text: 'not for a closed channel' }));
    expect(mqtt.counters.downlinked).toBe(0);
    primaryChannel().uplinkEnabled = true;
    mqtt.uplink(heard(81, {}));
    expect(publishedPackets().map((p) => p.packet.id)).toEqual([81]);
    expect(mqtt.subscriptions()).toEqual([]);
  });

  it("publishes the gateway's own broadcasts when the radio takes them, not its downlinked copies or direct messages", async () => {
    const me = web.gateway.session.myNodeNum ?? 0;
    const off = web.gateway.session.on('sendStatus', (change) => mqtt.uplinkSent(change));
    const text = (t: string) => new TextEncoder().encode(t);
    // Different ports, so the firmware's least interval between texts does not space them out.
    const sent = web.gateway.session.send({ to: BROADCAST_NUM, portnum: Portnums.PortNum.PRIVATE_APP, payload: text('from the gateway') });
    web.gateway.session.send({ to: BROADCAST_NUM, portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: text('[!0d0d0d0d] a copy'), viaMqtt: true });
    web.gateway.session.send({ to: 0x0c0c0c0c, portnum: Portnums.PortNum.REPLY_APP, payload: text('just for you') });
    await eventually(
      'all three taken by the radio',
      () => mqtt.counters.viaMqttSkipped === 1 && mqtt.counters.endToEndSkipped === 1 && mqtt.counters.ownUplinked === 1,
    );
    off();
    const [own] = publishedPackets();
    expect(publishedPackets()).toHaveLength(1);
    expect(own?.packet).toMatchObject({ from: me, to: BROADCAST_NUM, id: sent.packet.id, hopLimit: 3, hopStart: 3 });
    expect(new TextDecoder().decode(own?.data.payload)).toBe('from the gateway');
  });

  it('waives the OK-to-MQTT bit only for a broker on a private address', () => {
    mqtt.uplink(heard(90, { bitfield: 0 }));
    expect(mqtt.counters.notOkToMqtt).toBe(1);
    const onPublicAddress = start({}, '203.0.113.9');
    onPublicAddress.uplink(heard(91, { bitfield: 0 }));
    expect(onPublicAddress.counters.notOkToMqtt).toBe(1);
    const onPrivateAddress = start({}, '::ffff:192.168.4.2');
    onPrivateAddress.uplink(heard(92, { bitfield: 0 }));
    expect(publishedPackets().map((p) => p.packet.id)).toEqual([92]);
  });

  it('keeps range tests and detection sensors off the public broker, and end-to-end encrypted packets off every broker', () => {
    const onPublic = start({ url: 'mqtts://mqtt.meshtastic.org:8883' });
    onPublic.uplink(heard(100, { portnum: Portnums.PortNum.RANGE_TEST_APP, text: 'seq 1' }));
    onPublic.uplink(heard(101, { portnum: Portnums.PortNum.DETECTION_SENSOR_APP, text: 'door' }));
    onPublic.uplink(heard(102, {}, { to: web.gateway.session.myNodeNum ?? 0, pkiEncrypted: true }));
    onPublic.uplink(heard(103, {}));
    expect(onPublic.counters.notForPublicBroker).toBe(2);
    expect(onPublic.counters.endToEndSkipped).toBe(1);
    mqtt.uplink(heard(104, { portnum: Portnums.PortNum.RANGE_TEST_APP, text: 'seq 2' }));
    expect(publishedPackets().map((p) => p.packet.id)).toEqual([103, 104]);
  });
});
