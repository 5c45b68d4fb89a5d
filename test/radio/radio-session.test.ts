import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { Admin, type Mesh, Portnums } from '@meshtastic/protobufs';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.ts';
import { virtualRadioOpener } from '../../simulator/virtual-radio/in-process-transport.ts';
import { RadioSession } from '../../radio/radio-session.ts';
import { PerfectMedium } from '../../simulator/virtual-radio/medium.ts';
import { VirtualRadio } from '../../simulator/virtual-radio/virtual-radio.ts';

const BROADCAST = 0xffffffff;
const sessions: RadioSession[] = [];

function newSession(radio: VirtualRadio, options: Partial<ConstructorParameters<typeof RadioSession>[0]> = {}) {
  const session = new RadioSession({ open: virtualRadioOpener(radio), wakeSettleMs: 5, reconnectInitialMs: 20, ...options });
  sessions.push(session);
  session.start();
  return session;
}

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});

function twoRadios(options: Partial<ConstructorParameters<typeof VirtualRadio>[0]> = {}) {
  const medium = new PerfectMedium();
  const a = new VirtualRadio({ nodeNum: 0x11111111, longName: 'Alpha Ô', shortName: 'ALF', bootMs: 20, ...options });
  const b = new VirtualRadio({ nodeNum: 0x22222222, longName: 'Bravo', shortName: 'BRV', bootMs: 20, ...options });
  medium.attach(a);
  medium.attach(b);
  return { medium, a, b };
}

describe('RadioSession against a virtual radio', () => {
  it('downloads the config and collects it into typed device state', async () => {
    const { a } = twoRadios();
    const session = newSession(a);
    const device = await session.whenConfigured(5_000);
    expect(device.myInfo?.myNodeNum).toBe(0x11111111);
    expect(device.ownNode?.user?.longName).toBe('Alpha Ô');
    expect(device.channels).toHaveLength(8);
    expect(device.config.lora?.hopLimit).toBe(3);
    expect(device.moduleConfig.mqtt).toBeDefined();
    expect(device.metadata?.firmwareVersion).toMatch(/^2\./);
    expect(session.state).toBe('ready');
  });

  it('learns other nodes from their NODEINFO packets', async () => {
    const { a, b } = twoRadios();
    const session = newSession(a);
    await session.whenConfigured(5_000);
    b.reboot();
    await eventually('Bravo known by name', () => session.nodes.get(0x22222222)?.info.user?.longName === 'Bravo');
    const bravo = session.nodes.get(0x22222222);
    expect(bravo?.info.snr).toBe(10);
    expect(bravo?.rssiDbm).toBe(-60);
    expect(bravo?.info.hopsAway).toBe(0);
  });

  it('sends a direct message and reports it acked by the destination', async () => {
    const { a, b } = twoRadios();
    const session = newSession(a);
    const heard: Mesh.MeshPacket[] = [];
    b.on('transmit', () => undefined);
    const other = newSession(b);
    other.on('packet', (p) => heard.push(p));
    await Promise.all([session.whenConfigured(5_000), other.whenConfigured(5_000)]);
    const handle = session.send({
      to: 0x22222222,
      portnum: Portnums.PortNum.PRIVATE_APP,
      payload: new TextEncoder().encode('hello bravo'),
      wantAck: true,
    });
    const settled = await handle.settled;
    expect(settled.state).toBe('acked');
    expect(heard.some((p) => p.payloadVariant.case === 'decoded' && p.payloadVariant.value.portnum === 256)).toBe(true);
  });

  it('reports a broadcast acked implicitly when a neighbour relays it', async () => {
    const { a } = twoRadios();
    const session = newSession(a);
    await session.whenConfigured(5_000);
    const { settled } = session.send({ to: BROADCAST, portnum: 256, payload: Uint8Array.of(1, 2, 3), wantAck: true });
    expect((await settled).state).toBe('acked');
  });

  it('reports the firmware NAK when nobody acks', async () => {
    const radio = new VirtualRadio({ nodeNum: 0x33333333, bootMs: 10, ackTimeoutMs: 50 });
    const session = newSession(radio);
    await session.whenConfigured(5_000);
    const { settled } = session.send({ to: 0x44444444, portnum: 256, payload: Uint8Array.of(9), wantAck: true });
    const packet = await settled;
    expect(packet.state).toBe('failed');
    expect(packet.error?.code).toBe('MESHLOOM_ERR_ROUTING');
    expect(packet.error?.message).toContain('MAX_RETRANSMIT');
  });

  it('refuses a payload over the packet limit with a clear error, before queueing it', async () => {
    const { a } = twoRadios();
    const session = newSession(a);
    expect(() => session.send({ to: BROADCAST, portnum: 256, payload: new Uint8Array(232) })).toThrowError(
      expect.objectContaining({ code: 'MESHLOOM_ERR_PAYLOAD_TOO_LARGE' }),
    );
    expect(session.queuedCount).toBe(0);
  });

  it('never overfills the radio queue: 40 packets through a slow transmitter all get sent', async () => {
    const radio = new VirtualRadio({ nodeNum: 0x55555555, bootMs: 10, txIntervalMs: 5 });
    const session = newSession(radio, { roomPollMs: 10 });
    await session.whenConfigured(5_000);
    const refused: unknown[] = [];
    session.on('sendStatus', (change) => {
      if (change.state === 'failed') refused.push(change.packet.error);
    });
    const handles = Array.from({ length: 40 }, (_, i) => session.send({ to: BROADCAST, portnum: 256, payload: Uint8Array.of(i) }));
    const results = await Promise.all(handles.map((h) => h.settled));
    expect(refused).toEqual([]);
    expect(results.every((p) => p.state === 'sent')).toBe(true);
  });

  it('never locks up waiting for room on firmware 2.6, which answers no heartbeat: 40 packets all get sent', async () => {
    const radio = new VirtualRadio({ nodeNum: 0x55555556, bootMs: 10, txIntervalMs: 5, firmware: '2.6' });
    const session = newSession(radio, { roomPollMs: 10 });
    await session.whenConfigured(5_000);
    const handles = Array.from({ length: 40 }, (_, i) => session.send({ to: BROADCAST, portnum: 256, payload: Uint8Array.of(i) }));
    const results = await Promise.all(handles.map((h) => h.settled));
    expect(results.every((p) => p.state === 'sent')).toBe(true);
  });

  it('answers admin requests: get owner through request()', async () => {
    const { a } = twoRadios();
    const session = newSession(a);
    const device = await session.whenConfigured(5_000);
    const reply = await session.request({
      to: device.myInfo!.myNodeNum,
      portnum: Portnums.PortNum.ADMIN_APP,
      payload: toBinary(Admin.AdminMessageSchema, create(Admin.AdminMessageSchema, { payloadVariant: { case: 'getOwnerRequest', value: true } })),
    });
    const data = reply.payloadVariant.case === 'decoded' ? reply.payloadVariant.value : undefined;
    const admin = fromBinary(Admin.AdminMessageSchema, data!.payload);
    expect(admin.payloadVariant.case).toBe('getOwnerResponse');
    expect(admin.payloadVariant.value).toMatchObject({ longName: 'Alpha Ô', shortName: 'ALF' });
  });

  it('downloads the config again after the radio reboots, and keeps a queued packet', async () => {
    const { a } = twoRadios();
    const session = newSession(a);
    await session.whenConfigured(5_000);
    let configured = 0;
    session.on('configured', () => configured++);
    a.reboot();
    const { settled } = session.send({ to: BROADCAST, portnum: 256, payload: Uint8Array.of(7) });
    expect((await settled).state).toBe('sent');
    expect(configured).toBe(1);
  });
});
