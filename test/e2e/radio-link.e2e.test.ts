/**
 * The session over real serial paths and sockets when the link misbehaves: the cable is pulled and plugged back,
 * the radio reboots. Nothing queued may be lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Portnums } from '@meshtastic/protobufs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { virtualRadioOpener } from '../../simulator/virtual-radio/in-process-transport.ts';
import { RadioSession } from '../../radio/radio-session.ts';
import { serialOpener } from '../../radio/serial-transport.ts';
import { tcpOpener } from '../../radio/tcp-transport.ts';
import { exposeOverPty, serveTcp } from '../../simulator/virtual-radio/endpoints.ts';
import { startNeighbourhood, type Neighbourhood } from '../../simulator/virtual-radio/neighbourhood.ts';
import { eventually } from '../support/eventually.ts';

let hood: Neighbourhood;
let dir: string;
const cleanups: (() => Promise<unknown>)[] = [];

beforeEach(() => {
  hood = startNeighbourhood({ peers: 1, chatEveryMs: 0 });
  dir = mkdtempSync(join(tmpdir(), 'meshloom-link-'));
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  hood.stop();
  rmSync(dir, { recursive: true, force: true });
});

function session(open: ConstructorParameters<typeof RadioSession>[0]['open']): RadioSession {
  const s = new RadioSession({ open, reconnectInitialMs: 50, reconnectMaxMs: 200, wakeSettleMs: 10 });
  cleanups.push(() => s.close());
  s.start();
  return s;
}

/** A session on the neighbour's radio, to see what reaches the mesh. */
function peerListener(): Promise<string[]> & { texts: string[] } {
  const texts: string[] = [];
  const peer = session(virtualRadioOpener(hood.peers[0]!));
  peer.on('packet', (p) => {
    if (p.payloadVariant.case === 'decoded' && p.payloadVariant.value.portnum === Portnums.PortNum.PRIVATE_APP) {
      texts.push(new TextDecoder().decode(p.payloadVariant.value.payload));
    }
  });
  return Object.assign(
    peer.whenConfigured(5_000).then(() => texts),
    { texts },
  );
}

const until = (condition: () => boolean, what: string, timeoutMs = 8_000) => eventually(what, condition, timeoutMs);

const payload = (text: string) => ({ to: 0xffffffff, portnum: Portnums.PortNum.PRIVATE_APP, payload: new TextEncoder().encode(text) });

describe('radio link over a pseudo-terminal', () => {
  it('reconnects after the cable is pulled and delivers the message queued meanwhile', async () => {
    const pty = await exposeOverPty(hood.gatewayRadio, { path: join(dir, 'ttyMESH0') });
    cleanups.push(() => pty.close());
    const heard = peerListener();
    const gw = session(serialOpener({ path: pty.path }));
    await Promise.all([gw.whenConfigured(5_000), heard]);
    const events: string[] = [];
    gw.on('disconnected', () => events.push('disconnected'));
    gw.on('configured', () => events.push('configured'));

    await pty.unplug();
    await until(() => events.includes('disconnected'), 'the session to notice the unplug');
    const { settled } = gw.send(payload('queued while unplugged'));
    expect(gw.state).not.toBe('ready');
    expect(heard.texts).toEqual([]);

    await pty.replug();
    const packet = await settled;
    expect(packet.state).toBe('sent');
    await until(() => heard.texts.includes('queued while unplugged'), 'the neighbour to hear the queued message');
    expect(events).toEqual(['disconnected', 'configured']);
  });

  it('downloads the config again when the radio reboots mid-session, and keeps sending', async () => {
    const pty = await exposeOverPty(hood.gatewayRadio, { path: join(dir, 'ttyMESH1') });
    cleanups.push(() => pty.close());
    const heard = peerListener();
    const gw = session(serialOpener({ path: pty.path }));
    await Promise.all([gw.whenConfigured(5_000), heard]);
    let configured = 0;
    gw.on('configured', () => configured++);
    hood.gatewayRadio.reboot();
    const { settled } = gw.send(payload('sent across a reboot'));
    expect((await settled).state).toBe('sent');
    await until(() => heard.texts.includes('sent across a reboot'), 'the message after the reboot');
    expect(configured).toBe(1);
  });
});

describe('radio link over TCP', () => {
  it('reconnects when a reboot drops the socket', async () => {
    const tcp = await serveTcp(hood.gatewayRadio);
    cleanups.push(() => tcp.close());
    const gw = session(tcpOpener({ host: '127.0.0.1', port: tcp.port }));
    await gw.whenConfigured(5_000);
    const events: string[] = [];
    gw.on('disconnected', () => events.push('disconnected'));
    gw.on('configured', () => events.push('configured'));
    const refused: string[] = [];
    gw.on('error', (err) => refused.push(err.code));
    hood.gatewayRadio.reboot();
    await until(() => events.includes('configured'), 'the session to come back');
    expect(events).toEqual(['disconnected', 'configured']);
    // While the radio is down its TCP port refuses connections; the session keeps trying.
    expect(refused.every((code) => code === 'MESHLOOM_ERR_CONNECT_FAILED')).toBe(true);
    expect((await gw.send(payload('after reconnect')).settled).state).toBe('sent');
  });
});
