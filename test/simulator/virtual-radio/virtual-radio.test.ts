import { create, fromBinary, toBinary, type MessageInitShape } from '@bufbuild/protobuf';
import { Admin, Channel, Config, Mesh, Portnums } from '@meshtastic/protobufs';
import { describe, expect, it } from 'vitest';
import { StreamFrameDecoder, type StreamItem } from '../../../protocol/meshtastic/frame-decoder.ts';
import { decodeFromRadio, toRadioFrame, type FromRadio, type ToRadioInit } from '../../../protocol/meshtastic/radio-codec.ts';
import { ManualClock } from '../../../simulator/manual-clock.ts';
import { PerfectMedium } from '../../../simulator/virtual-radio/medium.ts';
import { VirtualRadio } from '../../../simulator/virtual-radio/virtual-radio.ts';

const ME = 0x0a0b0c0d;

/** A client on the radio's serial console that records everything the radio says. */
function serialClient(radio: VirtualRadio) {
  const decoder = new StreamFrameDecoder<FromRadio>({ decodePayload: decodeFromRadio });
  const items: StreamItem<FromRadio>[] = [];
  const endpoint = radio.attachSerial((bytes) => items.push(...decoder.push(bytes)));
  const frames = () => items.flatMap((i) => (i.kind === 'frame' ? [i.message] : []));
  return {
    items,
    frames,
    cases: () => frames().map((f) => f.payloadVariant.case),
    send: (init: ToRadioInit) => endpoint.receive(toRadioFrame(init)),
    clear: () => items.splice(0),
    detach: endpoint.detach,
  };
}

function newRadio(clock: ManualClock, options: Partial<ConstructorParameters<typeof VirtualRadio>[0]> = {}) {
  return new VirtualRadio({ nodeNum: ME, longName: 'Ôrchard Ô', shortName: 'ORC', clock, bootMs: 1_000, rebootDelayMs: 7_000, ...options });
}

const adminPacket = (id: number, admin: MessageInitShape<typeof Admin.AdminMessageSchema>): ToRadioInit => ({
  payloadVariant: {
    case: 'packet',
    value: {
      id,
      to: ME,
      payloadVariant: {
        case: 'decoded',
        value: {
          portnum: Portnums.PortNum.ADMIN_APP,
          wantResponse: true,
          payload: toBinary(Admin.AdminMessageSchema, create(Admin.AdminMessageSchema, admin)),
        },
      },
    },
  },
});

function adminReplies(frames: FromRadio[]): Admin.AdminMessage[] {
  return frames.flatMap((f) => {
    if (f.payloadVariant.case !== 'packet') return [];
    const p = f.payloadVariant.value;
    if (p.payloadVariant.case !== 'decoded' || p.payloadVariant.value.portnum !== Portnums.PortNum.ADMIN_APP) return [];
    return [fromBinary(Admin.AdminMessageSchema, p.payloadVariant.value.payload)];
  });
}

describe('VirtualRadio stream API', () => {
  it('refuses the node numbers the firmware reserves (0-3) and the broadcast address', () => {
    for (const nodeNum of [0, 1, 3, 0xffffffff]) expect(() => new VirtualRadio({ nodeNum })).toThrow(/reserved|broadcast/);
    expect(new VirtualRadio({ nodeNum: 4 }).nodeNum).toBe(4);
  });

  it('greets a new serial client with raw log text and then one framed rebooted', () => {
    const client = serialClient(newRadio(new ManualClock()));
    const kinds = client.items.map((i) => i.kind);
    expect(kinds.indexOf('log')).toBe(0);
    expect(client.cases()).toEqual(['rebooted']);
    expect(
      client.items
        .filter((i) => i.kind === 'log')
        .map((i) => (i.kind === 'log' ? i.text : ''))
        .join('\n'),
    ).toContain('Ôrchard Ô');
  });

  it('answers want_config in the firmware order and echoes the nonce', () => {
    const client = serialClient(newRadio(new ManualClock()));
    client.clear();
    client.send({ payloadVariant: { case: 'wantConfigId', value: 123456 } });
    const cases = client.cases();
    expect(cases.slice(0, 4)).toEqual(['myInfo', 'deviceuiConfig', 'nodeInfo', 'metadata']);
    expect(cases.filter((c) => c === 'channel')).toHaveLength(8);
    expect(cases.filter((c) => c === 'config').length).toBeGreaterThanOrEqual(8);
    expect(cases.filter((c) => c === 'moduleConfig').length).toBeGreaterThanOrEqual(13);
    expect(cases.indexOf('moduleConfig')).toBeGreaterThan(cases.lastIndexOf('config'));
    expect(client.frames().at(-1)?.payloadVariant).toEqual({ case: 'configCompleteId', value: 123456 });
  });

  it('honours the special nonces: 69420 config only, 69421 nodes only', () => {
    const clock = new ManualClock();
    const medium = new PerfectMedium({ clock });
    const radio = newRadio(clock);
    const other = new VirtualRadio({ nodeNum: 0x99, clock });
    medium.attach(radio);
    medium.attach(other);
    clock.advance(10);
    const client = serialClient(radio);
    client.clear();
    client.send({ payloadVariant: { case: 'wantConfigId', value: 69420 } });
    const configOnly = client.frames();
    expect(configOnly.filter((f) => f.payloadVariant.case === 'nodeInfo')).toHaveLength(1);
    expect(configOnly.some((f) => f.payloadVariant.case === 'config')).toBe(true);
    client.clear();
    client.send({ payloadVariant: { case: 'wantConfigId', value: 69421 } });
    expect(client.cases()).toEqual(['nodeInfo', 'nodeInfo', 'configCompleteId']);
  });

  it('follows every ToRadio packet with a QueueStatus naming it, and ignores a repeated id', () => {
    const client = serialClient(newRadio(new ManualClock()));
    client.send({ payloadVariant: { case: 'wantConfigId', value: 1 } });
    client.clear();
    const send = (id: number) =>
      client.send({
        payloadVariant: {
          case: 'packet',
          value: { id, to: 0xffffffff, payloadVariant: { case: 'decoded', value: { portnum: 256, payload: Uint8Array.of(1) } } },
        },
      });
    send(77);
    send(78);
    send(77);
    const statuses = client.frames().flatMap((f) => (f.payloadVariant.case === 'queueStatus' ? [f.payloadVariant.value] : []));
    expect(statuses.map((s) => s.meshPacketId)).toEqual([77, 78]);
    expect(statuses.every((s) => s.res === 0 && s.maxlen === 16)).toBe(true);
  });

  it('answers a heartbeat with a QueueStatus', () => {
    const client = serialClient(newRadio(new ManualClock()));
    client.clear();
    client.send({ payloadVariant: { case: 'heartbeat', value: {} } });
    expect(client.cases()).toEqual(['queueStatus']);
  });

  it('forgets a client that said nothing for the client timeout, until its next want_config', () => {
    const clock = new ManualClock();
    const medium = new PerfectMedium({ clock });
    const radio = newRadio(clock, { clientTimeoutMs: 60_000 });
    const other = new VirtualRadio({ nodeNum: 0x99, clock });
    medium.attach(radio);
    medium.attach(other);
    const client = serialClient(radio);
    client.send({ payloadVariant: { case: 'wantConfigId', value: 5 } });
    clock.advance(59_000);
    client.clear();
    other.originate({ to: 0xffffffff, portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: Uint8Array.of(65) });
    clock.advance(10);
    expect(client.cases()).toEqual(['packet']);
    clock.advance(2_000);
    client.clear();
    other.originate({ to: 0xffffffff, portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: Uint8Array.of(66) });
    clock.advance(10);
    expect(client.cases()).toEqual([]);
    client.send({ payloadVariant: { case: 'wantConfigId', value: 6 } });
    expect(client.cases()).toContain('packet');
  });

  it('applies settings inside begin/commit edit, then saves and reboots; a reboot without commit drops them', () => {
    const clock = new ManualClock();
    const radio = newRadio(clock);
    const client = serialClient(radio);
    client.send({ payloadVariant: { case: 'wantConfigId', value: 9 } });
    client.send(adminPacket(1, { payloadVariant: { case: 'beginEditSettings', value: true } }));
    const lora = create(Config.Config_LoRaConfigSchema, {
      usePreset: true,
      region: Config.Config_LoRaConfig_RegionCode.EU_868,
      modemPreset: Config.Config_LoRaConfig_ModemPreset.MEDIUM_FAST,
      hopLimit: 4,
      txEnabled: true,
    });
    client.send(adminPacket(2, { payloadVariant: { case: 'setConfig', value: { payloadVariant: { case: 'lora', value: lora } } } }));
    client.send(adminPacket(3, { payloadVariant: { case: 'setOwner', value: { longName: 'Hall radio', shortName: 'HALL' } } }));
    clock.advance(60_000);
    expect(radio.rebootCountValue).toBe(1);
    client.send(adminPacket(4, { payloadVariant: { case: 'commitEditSettings', value: true } }));
    client.clear();
    clock.advance(7_000 + 1_000);
    expect(radio.rebootCountValue).toBe(2);
    expect(client.cases()).toContain('rebooted');
    client.send({ payloadVariant: { case: 'wantConfigId', value: 10 } });
    client.clear();
    client.send(adminPacket(5, { payloadVariant: { case: 'getConfigRequest', value: Admin.AdminMessage_ConfigType.LORA_CONFIG } }));
    client.send(adminPacket(6, { payloadVariant: { case: 'getOwnerRequest', value: true } }));
    const [loraReply, ownerReply] = adminReplies(client.frames());
    expect(loraReply?.payloadVariant.value).toMatchObject({
      payloadVariant: { case: 'lora', value: { region: Config.Config_LoRaConfig_RegionCode.EU_868, hopLimit: 4 } },
    });
    expect(ownerReply?.payloadVariant.value).toMatchObject({ longName: 'Hall radio', shortName: 'HALL' });

    client.send(adminPacket(7, { payloadVariant: { case: 'beginEditSettings', value: true } }));
    client.send(adminPacket(8, { payloadVariant: { case: 'setOwner', value: { longName: 'Never saved' } } }));
    client.send(adminPacket(9, { payloadVariant: { case: 'rebootSeconds', value: 1 } }));
    clock.advance(3_000);
    expect(radio.owner.longName).toBe('Hall radio');
  });

  it('gets and sets channels and module config through admin, storing what the firmware would', () => {
    const clock = new ManualClock();
    const radio = newRadio(clock);
    const client = serialClient(radio);
    client.send({ payloadVariant: { case: 'wantConfigId', value: 9 } });
    client.send(adminPacket(1, { payloadVariant: { case: 'beginEditSettings', value: true } }));
    client.send(
      adminPacket(2, {
        payloadVariant: {
          case: 'setChannel',
          value: { index: 1, role: Channel.Channel_Role.SECONDARY, settings: { name: 'elmstreet', psk: new Uint8Array(32).fill(7) } },
        },
      }),
    );
    client.send(
      adminPacket(3, {
        payloadVariant: {
          case: 'setModuleConfig',
          value: { payloadVariant: { case: 'neighborInfo', value: { enabled: true, updateInterval: 900 } } },
        },
      }),
    );
    client.send(adminPacket(4, { payloadVariant: { case: 'commitEditSettings', value: true } }));
    clock.advance(9_000);
    client.send({ payloadVariant: { case: 'wantConfigId', value: 10 } });
    client.clear();
    client.send(adminPacket(5, { payloadVariant: { case: 'getChannelRequest', value: 2 } }));
    client.send(adminPacket(6, { payloadVariant: { case: 'getModuleConfigRequest', value: Admin.AdminMessage_ModuleConfigType.NEIGHBORINFO_CONFIG } }));
    const [channel, neighbour] = adminReplies(client.frames());
    expect(channel?.payloadVariant.value).toMatchObject({ index: 1, role: Channel.Channel_Role.SECONDARY, settings: { name: 'elmstreet' } });
    // As the real firmware: an interval under its 4 h floor is replaced with its 6 h default.
    expect(neighbour?.payloadVariant.value).toMatchObject({
      payloadVariant: { case: 'neighborInfo', value: { enabled: true, updateInterval: 21_600 } },
    });
  });

  it('saves and reboots at once for a lora change outside an edit transaction', () => {
    const clock = new ManualClock();
    const radio = newRadio(clock);
    const client = serialClient(radio);
    client.send({ payloadVariant: { case: 'wantConfigId', value: 9 } });
    client.send(
      adminPacket(1, {
        payloadVariant: { case: 'setConfig', value: { payloadVariant: { case: 'lora', value: { hopLimit: 5, usePreset: true } } } },
      }),
    );
    const ack = client.frames().at(-1);
    expect(ack?.payloadVariant.case).toBe('packet');
    clock.advance(8_000);
    expect(radio.rebootCountValue).toBe(2);
    expect(radio.settings.config.find((c) => c.payloadVariant.case === 'lora')?.payloadVariant.value).toMatchObject({ hopLimit: 5 });
  });

  it('rate-limits text from the client as the firmware does: QueueStatus, then RATE_LIMIT_EXCEEDED', () => {
    const clock = new ManualClock();
    const client = serialClient(newRadio(clock));
    client.send({ payloadVariant: { case: 'wantConfigId', value: 1 } });
    client.clear();
    const text = (id: number): ToRadioInit => ({
      payloadVariant: {
        case: 'packet',
        value: { id, to: 0xffffffff, payloadVariant: { case: 'decoded', value: { portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: Uint8Array.of(72) } } },
      },
    });
    client.send(text(1));
    client.send(text(2));
    const routing = client.frames().flatMap((f) => {
      if (f.payloadVariant.case !== 'packet' || f.payloadVariant.value.payloadVariant.case !== 'decoded') return [];
      const data = f.payloadVariant.value.payloadVariant.value;
      return data.portnum === Portnums.PortNum.ROUTING_APP ? [{ requestId: data.requestId, routing: fromBinary(Mesh.RoutingSchema, data.payload) }] : [];
    });
    expect(routing).toEqual([
      { requestId: 2, routing: expect.objectContaining({ variant: { case: 'errorReason', value: Mesh.Routing_Error.RATE_LIMIT_EXCEEDED } }) },
    ]);
  });
});

describe('VirtualRadio on the air, routed by the simulator router', () => {
  /** Three radios on a perfect medium, on one manual clock; the middle one may have a role of its own. */
  function trio(middleRole = Config.Config_DeviceConfig_Role.CLIENT) {
    const clock = new ManualClock();
    const medium = new PerfectMedium({ clock });
    const settingsWithRole = (radio: VirtualRadio) => {
      const device = radio.settings.config.find((c) => c.payloadVariant.case === 'device');
      if (device?.payloadVariant.case === 'device') device.payloadVariant.value.role = middleRole;
    };
    const radios = [0x11, 0x22, 0x33].map((n) => new VirtualRadio({ nodeNum: n, longName: `r${n}`, shortName: 'R', clock, bootMs: 10 }));
    settingsWithRole(radios[1]!);
    for (const r of radios) medium.attach(r);
    const sent: Mesh.MeshPacket[] = [];
    for (const r of radios) r.on('transmit', (p) => sent.push(p));
    clock.advance(100);
    sent.length = 0;
    return { clock, radios, sent };
  }

  it('relays a broadcast once per radio, with one hop less and its own relay byte', () => {
    const { clock, radios, sent } = trio();
    const packet = radios[0]!.originate({ to: 0xffffffff, portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: Uint8Array.of(1) })!;
    clock.advance(1_000);
    const copies = sent.filter((p) => p.id === packet.id);
    expect(copies.map((p) => [p.relayNode, p.hopLimit])).toEqual([
      [0x11, 3],
      [0x22, 2],
      [0x33, 2],
    ]);
  });

  it('a CLIENT_MUTE radio hears but never relays, as the firmware router decides', () => {
    const { clock, radios, sent } = trio(Config.Config_DeviceConfig_Role.CLIENT_MUTE);
    const packet = radios[0]!.originate({ to: 0xffffffff, portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: Uint8Array.of(2) })!;
    clock.advance(1_000);
    expect(sent.filter((p) => p.id === packet.id).map((p) => p.relayNode)).toEqual([0x11, 0x33]);
  });

  it('retransmits a want_ack message nobody acks, on the retransmission timeout', () => {
    const clock = new ManualClock();
    const medium = new PerfectMedium({ clock });
    const radio = new VirtualRadio({ nodeNum: 0x11, longName: 'alone', shortName: 'A', clock, bootMs: 10, ackTimeoutMs: 60_000 });
    medium.attach(radio);
    const sent: Mesh.MeshPacket[] = [];
    radio.on('transmit', (p) => sent.push(p));
    const client = serialClient(radio);
    clock.advance(100);
    client.send({ payloadVariant: { case: 'wantConfigId', value: 7 } });
    client.send({
      payloadVariant: {
        case: 'packet',
        value: {
          id: 4242,
          to: 0x99,
          wantAck: true,
          payloadVariant: { case: 'decoded', value: { portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: Uint8Array.of(3) } },
        },
      },
    });
    clock.advance(60_000);
    // Three sends in all (the originator's NUM_RELIABLE_RETX), the last one flooded with no next hop.
    expect(sent.filter((p) => p.id === 4242)).toHaveLength(3);
  });
});
