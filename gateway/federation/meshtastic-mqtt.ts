/**
 * Meshtastic-compatible MQTT: packets heard on the radio, and the ones this gateway sends, go out as
 * ServiceEnvelopes on `<root>/2/e/<channel>/<!gateway>`, still encrypted with the channel key as a radio's own
 * MQTT module sends them, so standard Meshtastic MQTT tools see the neighbourhood. Optionally, text from other
 * gateways comes down to the local mesh.
 *
 * Rules, after the firmware's (src/mqtt/MQTT.cpp): only channels with uplink enabled go up and only channels with
 * downlink enabled are subscribed; a packet that came from MQTT is never uplinked again; another node's packet
 * goes up only with its OK-to-MQTT bit, unless the broker is on a private address; the public Meshtastic broker
 * gets no range-test or detection-sensor packets; a (sender, id) is uplinked or downlinked once, whichever
 * gateway it came through; envelopes this gateway published, or of packets it sent, are never taken back.
 * Packets from our own node that the API shows us are local (routing confirmations, our downlinked copies):
 * what we sent goes up when the radio takes it, as the firmware publishes its own packets when it sends them.
 * Direct messages are end-to-end encrypted by the radio and published by the firmware as that ciphertext,
 * which the API never shows a client: they are counted, not republished under the channel key.
 * The radio's API makes every packet we hand it ours, so a downlinked text names its original sender in front;
 * and since its copy carries a new id, only one gateway per mesh should downlink.
 */
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { Config, Mesh, Mqtt, Portnums } from '@meshtastic/protobufs';
import { errorMessage } from '../../protocol/meshloom-error.ts';
import { channelCrypt, channelHash, channelName, expandPsk } from '../../protocol/meshtastic/channel-crypto.ts';
import { nodeId } from '../../protocol/meshtastic/node-db.ts';
import { PacketHistory } from '../../protocol/meshtastic/packet-history.ts';
import { BROADCAST_NUM } from '../../protocol/meshtastic/stream-constants.ts';
import type { DeviceState } from '../../radio/device-state.ts';
import type { SendStatusChange } from '../../radio/send-queue.ts';
import type { Gateway } from '../service/gateway.ts';
import { brokerHost, isPrivateAddress, PUBLIC_MESHTASTIC_BROKER } from './broker-address.ts';
import type { FederationOptions } from './federation-options.ts';
import type { MqttConnection } from './mqtt-connection.ts';

const OK_TO_MQTT = 1;
const WANT_RESPONSE_BIT = 2;
/** What the firmware keeps off the public broker. */
const NOT_ON_PUBLIC_BROKER = new Set<number>([Portnums.PortNum.RANGE_TEST_APP, Portnums.PortNum.DETECTION_SENSOR_APP]);
/** The firmware's hop limit when its LoRa config leaves it at 0. */
const DEFAULT_HOP_LIMIT = 3;
/** Room for the "[!abcd1234] " prefix within a text packet. */
const TEXT_MAX_BYTES = 200;

interface ChannelKey {
  index: number;
  name: string;
  key: Uint8Array;
  hash: number;
  uplink: boolean;
  downlink: boolean;
}

export class MeshtasticMqtt {
  readonly counters = {
    uplinked: 0,
    ownUplinked: 0,
    notOkToMqtt: 0,
    viaMqttSkipped: 0,
    uplinkDisabled: 0,
    notForPublicBroker: 0,
    endToEndSkipped: 0,
    downlinked: 0,
    duplicates: 0,
    undecodable: 0,
    unencryptedRefused: 0,
    directToUs: 0,
  };
  private readonly seen = new PacketHistory();

  constructor(
    private readonly gateway: Gateway,
    private readonly connection: MqttConnection,
    private readonly options: FederationOptions,
    private readonly log: (line: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Topic filters for downlink, one per channel of the radio with downlink enabled. */
  subscriptions(): string[] {
    if (!this.options.downlink) return [];
    return this.channels()
      .filter((c) => c.downlink)
      .map((c) => `${this.topicRoot()}/2/e/${c.name}/+`);
  }

  /** Channels a packet may go up on; empty when none has uplink enabled (the operator is told at start). */
  uplinkChannels(): string[] {
    return this.options.uplink ? this.channels().flatMap((c) => (c.uplink ? [c.name] : [])) : [];
  }

  handles(topic: string): boolean {
    return topic.startsWith(`${this.topicRoot()}/2/e/`);
  }

  /** A packet the radio heard. */
  uplink(packet: Mesh.MeshPacket): void {
    if (!this.options.uplink || packet.payloadVariant.case !== 'decoded') return;
    const myNodeNum = this.gateway.session.myNodeNum;
    if (myNodeNum === undefined) return;
    if (packet.viaMqtt) {
      this.counters.viaMqttSkipped++;
      return;
    }
    if (packet.from === myNodeNum) return;
    if (packet.pkiEncrypted) {
      this.counters.endToEndSkipped++;
      return;
    }
    const data = packet.payloadVariant.value;
    if (((data.bitfield ?? 0) & OK_TO_MQTT) === 0 && !this.brokerIsPrivate()) {
      this.counters.notOkToMqtt++;
      return;
    }
    this.publish(packet, data);
  }

  /** A packet of ours the radio took: the firmware publishes its own packets as it sends them. */
  uplinkSent(change: SendStatusChange): void {
    const myNodeNum = this.gateway.session.myNodeNum;
    const { request, id } = change.packet;
    if (!this.options.uplink || change.state !== 'sent' || myNodeNum === undefined || request.to === myNodeNum) return;
    if (request.viaMqtt) {
      this.counters.viaMqttSkipped++;
      return;
    }
    if (request.to !== BROADCAST_NUM) {
      this.counters.endToEndSkipped++;
      return;
    }
    const lora = this.gateway.session.device?.config.lora;
    const hopLimit = request.hopLimit || lora?.hopLimit || DEFAULT_HOP_LIMIT;
    const bitfield = (request.bitfield ?? 0) | (lora?.configOkToMqtt ? OK_TO_MQTT : 0) | (request.wantResponse ? WANT_RESPONSE_BIT : 0);
    const data = create(Mesh.DataSchema, { portnum: request.portnum, payload: request.payload, wantResponse: request.wantResponse ?? false, bitfield });
    const packet = create(Mesh.MeshPacketSchema, {
      id,
      from: myNodeNum,
      to: request.to,
      channel: request.channel ?? 0,
      hopLimit,
      hopStart: hopLimit,
      wantAck: request.wantAck ?? false,
      ...(request.priority !== undefined ? { priority: request.priority } : {}),
    });
    if (this.publish(packet, data)) this.counters.ownUplinked++;
  }

  /** Publish a packet as the channel's ciphertext; false when a rule kept it back. */
  private publish(packet: Mesh.MeshPacket, data: Mesh.Data): boolean {
    const myNodeNum = this.gateway.session.myNodeNum;
    if (myNodeNum === undefined) return false;
    const channel = this.channels().find((c) => c.index === packet.channel);
    if (!channel?.uplink) {
      this.counters.uplinkDisabled++;
      return false;
    }
    if (NOT_ON_PUBLIC_BROKER.has(data.portnum) && brokerHost(this.options.url) === PUBLIC_MESHTASTIC_BROKER) {
      this.counters.notForPublicBroker++;
      return false;
    }
    if (this.seen.wasSeenRecently(packet.from, packet.id, this.now())) {
      this.counters.duplicates++;
      return false;
    }
    const encrypted = create(Mesh.MeshPacketSchema, {
      ...packet,
      channel: channel.hash,
      payloadVariant: { case: 'encrypted', value: channelCrypt(channel.key, packet.id, packet.from, toBinary(Mesh.DataSchema, data)) },
    });
    const gatewayId = nodeId(myNodeNum);
    const envelope = create(Mqtt.ServiceEnvelopeSchema, { packet: encrypted, channelId: channel.name, gatewayId });
    this.connection.publish(`${this.topicRoot()}/2/e/${channel.name}/${gatewayId}`, toBinary(Mqtt.ServiceEnvelopeSchema, envelope));
    this.counters.uplinked++;
    return true;
  }

  /** The broker's address, as connected or else as written in its URL, is a private one. */
  private brokerIsPrivate(): boolean {
    return isPrivateAddress(this.connection.remoteAddress ?? brokerHost(this.options.url));
  }

  /** A ServiceEnvelope from the broker. Bad ones are counted and logged, never thrown. */
  downlink(topic: string, payload: Uint8Array): void {
    const myNodeNum = this.gateway.session.myNodeNum;
    if (!this.options.downlink || myNodeNum === undefined) return;
    let envelope: Mqtt.ServiceEnvelope;
    try {
      envelope = fromBinary(Mqtt.ServiceEnvelopeSchema, payload);
    } catch (err) {
      this.counters.undecodable++;
      this.log(`mqtt: not a ServiceEnvelope on ${topic}: ${errorMessage(err)}`);
      return;
    }
    const packet = envelope.packet;
    if (!packet || envelope.gatewayId === nodeId(myNodeNum) || packet.from === myNodeNum) return;
    if (this.seen.wasSeenRecently(packet.from, packet.id, this.now())) {
      this.counters.duplicates++;
      return;
    }
    // As the firmware: only a channel of ours with downlink enabled; the firmware's "PKI" pseudo-channel
    // carries ciphertext only the addressee's radio can read.
    const channel = this.channels().find((c) => c.name === envelope.channelId && c.downlink);
    if (!channel) return;
    // A plaintext envelope on a channel with a key is not from a radio of this channel: anyone on the broker
    // could have written it.
    if (packet.payloadVariant.case === 'decoded' && channel.key.length > 0) {
      this.counters.unencryptedRefused++;
      this.log(`mqtt: packet ${packet.id} from ${nodeId(packet.from)} refused: unencrypted on encrypted channel ${channel.name}`);
      return;
    }
    let data: Mesh.Data | undefined;
    let problem = 'it has no payload';
    try {
      if (packet.payloadVariant.case === 'decoded') data = packet.payloadVariant.value;
      else if (packet.payloadVariant.case === 'encrypted')
        data = fromBinary(Mesh.DataSchema, channelCrypt(channel.key, packet.id, packet.from, packet.payloadVariant.value));
    } catch (err) {
      problem = `it does not decrypt with channel ${channel.name}: ${errorMessage(err)}`;
    }
    if (!data) {
      this.counters.undecodable++;
      this.log(`mqtt: packet ${packet.id} from ${nodeId(packet.from)} skipped: ${problem}`);
      return;
    }
    if (data.portnum !== Portnums.PortNum.TEXT_MESSAGE_APP) return;
    const said = new TextDecoder().decode(data.payload);
    // Shown on the page and in /api/messages as from its sender, whether it was for everyone or for this gateway.
    this.gateway.noteText({ from: packet.from, to: packet.to, channel: channel.index, text: said });
    if (packet.to === myNodeNum) {
      this.counters.directToUs++;
      return;
    }
    if (packet.to !== BROADCAST_NUM) return;
    const bytes = utf8Prefix(`[${nodeId(packet.from)}] ${said}`, TEXT_MAX_BYTES);
    this.gateway.session.send({
      to: BROADCAST_NUM,
      channel: channel.index,
      portnum: Portnums.PortNum.TEXT_MESSAGE_APP,
      payload: bytes,
      viaMqtt: true,
      bitfield: data.bitfield ?? 0,
    });
    this.counters.downlinked++;
  }

  /** The root the radio itself would publish under (see FederationOptions.root). */
  topicRoot(): string {
    if (this.options.root) return this.options.root;
    const device = this.gateway.session.device;
    const own = device?.moduleConfig.mqtt?.root;
    if (own && own !== 'msh') return own;
    const region = device?.config.lora?.region ?? Config.Config_LoRaConfig_RegionCode.UNSET;
    return region === Config.Config_LoRaConfig_RegionCode.UNSET ? 'msh' : `msh/${Config.Config_LoRaConfig_RegionCode[region]}`;
  }

  private channels(): ChannelKey[] {
    const device: DeviceState | undefined = this.gateway.session.device;
    if (!device) return [];
    const lora = device.config.lora;
    const presetName = lora && lora.usePreset !== false ? Config.Config_LoRaConfig_ModemPreset[lora.modemPreset] : undefined;
    return device.channels.flatMap((channel) => {
      if (!channel?.settings || channel.role === 0) return [];
      const key = expandPsk(channel.settings.psk);
      const name = channelName(channel.settings.name, presetName);
      const { uplinkEnabled: uplink, downlinkEnabled: downlink } = channel.settings;
      return [{ index: channel.index, name, key, hash: channelHash(name, key), uplink, downlink }];
    });
  }
}

/** The longest start of `text` that fits in `maxBytes` of UTF-8, never cutting a character in two. */
function utf8Prefix(text: string, maxBytes: number): Uint8Array {
  const buffer = new Uint8Array(maxBytes);
  const { written } = new TextEncoder().encodeInto(text, buffer);
  return buffer.slice(0, written);
}
