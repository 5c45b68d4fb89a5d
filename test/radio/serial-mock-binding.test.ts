/**
 * The serial transport through serialport's own mock binding (as node-serialport tests its streams), with a
 * virtual radio behind the mock port: unplug, replug and reboot without a device or a pseudo-terminal. The real
 * pty path is tested in test/radio/transports.test.ts and the end-to-end suites.
 */
import { createRequire } from 'node:module';
import { Portnums } from '@meshtastic/protobufs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RadioSession } from '../../radio/radio-session.ts';
import { serialOpener } from '../../radio/serial-transport.ts';
import { PerfectMedium } from '../../simulator/virtual-radio/medium.ts';
import { virtualRadioOpener } from '../../simulator/virtual-radio/in-process-transport.ts';
import { VirtualRadio } from '../../simulator/virtual-radio/virtual-radio.ts';
// The package's "exports" hide its declarations from TypeScript; its types are taken by path.
import type { MockBindingInterface, MockPortBinding } from '../../node_modules/@serialport/binding-mock/dist/index.js';

const { MockBinding } = createRequire(import.meta.url)('@serialport/binding-mock') as { MockBinding: MockBindingInterface };

const PATH = '/dev/ttyMOCK0';
const sessions: RadioSession[] = [];

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
  MockBinding.reset();
});

/** serialport's MockBinding with a virtual radio on the far side of the port, and a cable that can be pulled. */
function radioOnMockPort(radio: VirtualRadio) {
  MockBinding.createPort(PATH, { echo: false, record: false });
  const cable = { plugged: true, opens: 0 };
  const binding: MockBindingInterface = {
    ...MockBinding,
    async open(options: Parameters<MockBindingInterface['open']>[0]) {
      if (!cable.plugged) throw new Error(`Error: No such file or directory, cannot open ${options.path}`);
      const port: MockPortBinding = await MockBinding.open(options);
      cable.opens++;
      const serial = radio.attachSerial((bytes) => {
        if (port.isOpen) port.emitData(Buffer.from(bytes));
      });
      const write = port.write.bind(port);
      port.write = async (buffer: Buffer) => {
        await write(buffer);
        serial.receive(buffer);
      };
      const close = port.close.bind(port);
      port.close = async () => {
        serial.detach();
        await close();
      };
      return port;
    },
  };
  return { binding, cable };
}

function twoRadios() {
  const medium = new PerfectMedium();
  const a = new VirtualRadio({ nodeNum: 0x11111111, longName: 'Alpha', shortName: 'ALF', bootMs: 20, rebootDelayMs: 20 });
  const b = new VirtualRadio({ nodeNum: 0x22222222, longName: 'Bravo', shortName: 'BRV', bootMs: 20 });
  medium.attach(a);
  medium.attach(b);
  return { a, b };
}

function start(binding: MockBindingInterface, cable: { plugged: boolean }) {
  const session = new RadioSession({
    open: serialOpener({ path: PATH, binding, presenceCheckMs: 20, isPresent: () => cable.plugged }),
    wakeSettleMs: 5,
    reconnectInitialMs: 20,
    reconnectMaxMs: 100,
  });
  sessions.push(session);
  session.start();
  return session;
}

/** The texts radio `b`'s own client hears. */
async function listenOn(radio: VirtualRadio): Promise<string[]> {
  const heard: string[] = [];
  const session = new RadioSession({ open: virtualRadioOpener(radio), wakeSettleMs: 5 });
  sessions.push(session);
  session.on('packet', (packet) => {
    if (packet.payloadVariant.case === 'decoded') heard.push(new TextDecoder().decode(packet.payloadVariant.value.payload));
  });
  session.start();
  await session.whenConfigured(5_000);
  return heard;
}

const WAIT = { timeout: 5_000, interval: 10 };

describe('serial transport over serialport mock binding', () => {
  it('downloads the config and sends to the mesh', async () => {
    const { a, b } = twoRadios();
    const { binding, cable } = radioOnMockPort(a);
    const session = start(binding, cable);
    const device = await session.whenConfigured(5_000);
    expect(device.myInfo?.myNodeNum).toBe(0x11111111);
    const heard = await listenOn(b);
    const { settled } = session.send({ to: 0xffffffff, portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: new TextEncoder().encode('over the mock port') });
    expect((await settled).state).toBe('sent');
    await vi.waitFor(() => expect(heard).toContain('over the mock port'), WAIT);
  });

  it('notices the radio unplugged, retries while it is gone, and sends what waited once it is back', async () => {
    const { a, b } = twoRadios();
    const { binding, cable } = radioOnMockPort(a);
    const session = start(binding, cable);
    await session.whenConfigured(5_000);
    const disconnects: { reason: string; willRetry: boolean }[] = [];
    const errors: string[] = [];
    session.on('disconnected', ({ reason, willRetry }) => disconnects.push({ reason, willRetry }));
    session.on('error', (err) => errors.push(err.code));
    cable.plugged = false;
    await vi.waitFor(() => expect(disconnects).toEqual([{ reason: `${PATH} disappeared (radio unplugged?)`, willRetry: true }]), WAIT);
    await vi.waitFor(() => expect(errors).toContain('MESHLOOM_ERR_CONNECT_FAILED'), WAIT);
    const heard = await listenOn(b);
    session.send({ to: 0xffffffff, portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: new TextEncoder().encode('queued while unplugged') });
    cable.plugged = true;
    await vi.waitFor(() => expect(heard).toContain('queued while unplugged'), WAIT);
    expect(cable.opens).toBe(2);
  });

  it('downloads the config again when the radio reboots, on the same port', async () => {
    const { a } = twoRadios();
    const { binding, cable } = radioOnMockPort(a);
    const session = start(binding, cable);
    await session.whenConfigured(5_000);
    let configured = 0;
    session.on('configured', () => configured++);
    a.reboot();
    await vi.waitFor(() => expect(configured).toBe(1), WAIT);
    expect(session.state).toBe('ready');
    expect(cable.opens).toBe(1);
  });
});
