/**
 * The real `meshloom` command against a virtual radio reached the way a real one is: through a socat
 * pseudo-terminal and the real serialport binding, or over TCP.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Portnums } from '@meshtastic/protobufs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exposeOverPty, serveTcp, type PtyEndpoint, type TcpEndpoint } from '../../simulator/virtual-radio/endpoints.ts';
import { startNeighbourhood, type Neighbourhood } from '../../simulator/virtual-radio/neighbourhood.ts';
import { runCli, startCli } from './cli-helpers.ts';
import { eventually } from '../support/eventually.ts';

let hood: Neighbourhood;
let pty: PtyEndpoint;
let tcp: TcpEndpoint;
let dir: string;

beforeAll(async () => {
  hood = startNeighbourhood({ peers: 3, chatEveryMs: 0 });
  dir = mkdtempSync(join(tmpdir(), 'meshloom-e2e-'));
  pty = await exposeOverPty(hood.gatewayRadio, { path: join(dir, 'ttyMESH0') });
  tcp = await serveTcp(hood.gatewayRadio);
  // Every radio's boot-time NODEINFO reaches the others.
  await eventually('the peers known to the gateway radio', () =>
    hood.peers.every((peer) => hood.gatewayRadio.nodes.get(peer.nodeNum)?.info.user !== undefined),
  );
});

afterAll(async () => {
  hood.stop();
  await Promise.all([pty.close(), tcp.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('meshloom info', () => {
  it('over a real serial path: prints the radio, its channel and the neighbours it heard', async () => {
    const result = await runCli(['info', '--port', pty.path]);
    expect(result.stderr).not.toMatch(/MESHLOOM_ERR/);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('meshloom gateway (GW) !6d6c0001');
    expect(result.stdout).toMatch(/0\s+PRIMARY\s+\(default\)\s+key: default \(public\)/);
    for (const name of ['Corner Bakery', 'Elm Street North', 'Community Hall']) expect(result.stdout).toContain(name);
  });

  it('over TCP, as JSON', async () => {
    const result = await runCli(['info', '--tcp', `127.0.0.1:${tcp.port}`, '--json']);
    expect(result.code).toBe(0);
    const info = JSON.parse(result.stdout) as { myInfo: { myNodeNum: number }; nodes: unknown[]; channels: unknown[] };
    expect(info.myInfo.myNodeNum).toBe(0x6d6c0001);
    expect(info.channels).toHaveLength(8);
    expect(info.nodes).toHaveLength(4);
  });

  it('explains a missing radio instead of hanging', async () => {
    const result = await runCli(['info', '--port', join(dir, 'no-such-tty'), '--timeout', '2']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot open serial');
  });

  it('refuses a call that names no radio, with usage help', async () => {
    const result = await runCli(['info']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--port /dev/ttyUSB0 or --tcp');
  });
});

describe('meshloom listen', () => {
  it('prints one JSON line per packet heard, with node ids and text as people read them', async () => {
    const listener = startCli(['listen', '--port', pty.path]);
    try {
      await listener.said('listening');
      const [peer] = hood.peers;
      peer!.originate({ to: 0xffffffff, portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: new TextEncoder().encode('hello from the bakery') });
      const [line] = await listener.lines(1);
      const packet = JSON.parse(line!) as { from: string; to: string; decoded: { portnum: string; text: string; payload?: string } };
      expect(packet.from).toBe(`!${peer!.nodeNum.toString(16).padStart(8, '0')}`);
      expect(packet.to).toBe('^all');
      expect(packet.decoded).toMatchObject({ portnum: 'TEXT_MESSAGE_APP', text: 'hello from the bakery' });
      expect(packet.decoded.payload).toBeUndefined();
    } finally {
      listener.child.kill('SIGINT');
    }
    const code = await new Promise((resolve) => listener.child.once('close', resolve));
    expect(code).toBe(0);
    // Stopped on purpose: not reported as a lost link.
    expect(listener.errors()).not.toContain('link lost');
  });

  it('ends at once, as info does, when the radio cannot be opened', async () => {
    const result = await runCli(['listen', '--port', `${pty.path}-missing`], { timeoutMs: 30_000 });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cannot open serial ${pty.path}-missing`);
  });
});
