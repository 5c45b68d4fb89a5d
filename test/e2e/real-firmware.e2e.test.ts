/**
 * meshloom against the real Meshtastic firmware, every release in ../shared/firmware (meshtasticd built for
 * Linux, in simulation mode, its phone API on TCP): the command line, provisioning through the firmware's own
 * reboot, the gateway reaching ready, recording and relaying, and coming back after the firmware process
 * restarts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../gateway/service/start-gateway.ts';
import { entryDefaults } from '../../protocol/app/messages.ts';
import { RadioSession } from '../../radio/radio-session.ts';
import { tcpOpener } from '../../radio/tcp-transport.ts';
import { eventually } from '../support/eventually.ts';
import { FirmwareNode, firmwareBinaries, NO_FIRMWARE_REASON } from '../support/real-firmware.ts';
import { runCli, startCli } from './cli-helpers.ts';

const binaries = firmwareBinaries();
if (binaries.length === 0) console.warn(NO_FIRMWARE_REASON);

describe.skipIf(binaries.length === 0).each(binaries)('firmware $version', (binary) => {
  let node: FirmwareNode;
  beforeAll(async () => {
    node = await FirmwareNode.start(binary, 0x2a);
  }, 30_000);
  afterAll(async () => {
    await node?.remove();
  });

  it('meshloom info prints the radio, as text and as JSON, with nothing reported broken', async () => {
    const text = await runCli(['info', '--tcp', node.target]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stderr).not.toMatch(/MESHLOOM_ERR/);
    expect(text.stdout).toMatch(new RegExp(`Firmware\\s+${binary.version.replace(/\./g, '\\.')}`));
    expect(text.stdout).toMatch(/0\s+PRIMARY\s+\(default\)\s+key: default \(public\)/);

    const json = await runCli(['info', '--tcp', node.target, '--json']);
    expect(json.code, json.stderr).toBe(0);
    const info = JSON.parse(json.stdout) as { myInfo: { myNodeNum: number }; metadata: { firmwareVersion: string }; channels: unknown[] };
    expect(info.metadata.firmwareVersion).toBe(binary.version);
    expect(info.channels).toHaveLength(8);
    // 2.6 and 2.7 take the node number from --hwid; 2.8 from the key it made at first boot.
    if (binary.generation !== '2.8') expect(info.myInfo.myNodeNum).toBe(0x2a);
  });

  it('meshloom export-config writes a profile the radio holds', async () => {
    const result = await runCli(['export-config', '--tcp', node.target]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^channel_url: https:\/\/meshtastic\.org\/e\/#\S+$/m);
    expect(result.stdout).toMatch(/^ {2}lora:\n(?: {4}.*\n)*? {4}hopLimit: 3$/m);
  });

  it('meshloom listen hears what the firmware puts on the air, and stops on Ctrl-C', async () => {
    const listener = startCli(['listen', '--tcp', node.target]);
    try {
      await listener.said('listening');
      // The firmware announces itself on the air (NodeInfo, position) soon after a client connects; in simulation
      // mode what it transmits comes to its client as a packet.
      const [line] = await listener.lines(1, 30_000);
      expect(JSON.parse(line as string)).toHaveProperty('from');
    } finally {
      listener.child.kill('SIGINT');
    }
    const code = await new Promise((resolve) => listener.child.once('close', resolve));
    expect(code).toBe(0);
  }, 40_000);

  it('keeps the link through quiet liveness rounds; 2.6, which answers no heartbeat, is asked for its owner', async () => {
    const session = new RadioSession({ open: tcpOpener({ host: '127.0.0.1', port: node.port }), heartbeatIntervalMs: 1_500, heartbeatReplyTimeoutMs: 1_000 });
    let downs = 0;
    session.on('disconnected', () => downs++);
    try {
      session.start();
      await session.whenConfigured(20_000);
      await eventually('five liveness rounds answered', () => session.liveness.answered >= 5, 30_000);
      expect(downs).toBe(0);
      if (binary.generation === '2.6') expect(session.liveness.ownerProbes).toBeGreaterThanOrEqual(4);
      else expect(session.liveness.ownerProbes).toBe(0);
    } finally {
      await session.close();
    }
  }, 40_000);

  describe('the gateway on it', () => {
    let gateway: RunningGateway;
    let dataDir: string;
    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), `meshloom-fw-${binary.generation}-`));
      gateway = await startGateway({
        open: tcpOpener({ host: '127.0.0.1', port: node.port }),
        dataDir,
        label: `Firmware ${binary.generation}`,
        httpHost: '127.0.0.1',
        httpPort: 0,
      });
    }, 30_000);
    afterAll(async () => {
      await gateway?.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('reaches ready, records an entry and hands it to the radio', async () => {
      await eventually(`ready on ${binary.version}\n${node.log}`, () => gateway.gateway.link.state === 'ready' && gateway.gateway.engine !== undefined, 30_000);
      const before = gateway.gateway.counters.packetsOut;
      gateway.gateway.postEntry(entryDefaults({ minute: Math.floor(Date.now() / 60_000), member: 'ana', note: 'real firmware' }));
      await eventually('the entry handed to the radio', () => gateway.gateway.counters.packetsOut > before, 30_000);
      const metrics = await (await fetch(`${gateway.url}metrics`)).text();
      expect(metrics).toMatch(/meshloom_link_up 1/);
    }, 60_000);

    it('comes back by itself after the firmware process restarts', async () => {
      await node.stop();
      await eventually('the link seen down', () => gateway.gateway.link.state !== 'ready', 30_000);
      await node.run();
      await eventually(`ready again on ${binary.version}\n${node.log}`, () => gateway.gateway.link.state === 'ready', 60_000);
    }, 90_000);
  });
});

/** Intervals below the firmware's floors on purpose: the provisioner must say so and verify what is stored. */
const PROFILE = `owner: Community Hall
owner_short: HALL
config:
  lora: { region: EU_868, modem_preset: MEDIUM_FAST, hop_limit: 4 }
  device: { role: ROUTER, node_info_broadcast_secs: 600 }
module_config:
  neighbor_info: { enabled: true, update_interval: 900 }
`;

describe.skipIf(binaries.length === 0).each(binaries)('provisioning firmware $version', (binary) => {
  let node: FirmwareNode;
  let dir: string;
  beforeAll(async () => {
    node = await FirmwareNode.start(binary, 0x2b);
    dir = mkdtempSync(join(tmpdir(), 'meshloom-provision-fw-'));
    writeFileSync(join(dir, 'hall.yaml'), PROFILE);
  }, 30_000);
  afterAll(async () => {
    await node?.remove();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes inside begin/commit, rides out the reboot the firmware does, and verifies what it stores', async () => {
    const result = await runCli(['provision', '--tcp', node.target, join(dir, 'hall.yaml')], { timeoutMs: 120_000 });
    expect(result.stderr).not.toMatch(/MESHLOOM_ERR/);
    expect(result.code, `${result.stderr}\n${node.log}`).toBe(0);
    expect(result.stdout).toContain('note: module_config.neighbor_info.update_interval 900 will be stored as 21600');
    expect(result.stdout).toContain('note: config.device.node_info_broadcast_secs 600 will be stored as 3600');
    expect(result.stdout).toContain('committed; waiting for the radio to reboot');
    expect(result.stdout).toContain('verified: the radio holds the profile');
    // The Linux build reboots by executing itself again: the same process, a fresh boot.
    expect(node.reboots).toBe(1);
    expect(node.alive).toBe(true);
    const held = await runCli(['export-config', '--tcp', node.target]);
    expect(held.code, held.stderr).toBe(0);
    expect(held.stdout).toMatch(/^ {2}lora:\n(?: {4}.*\n)*? {4}hopLimit: 4$/m);
    expect(held.stdout).toMatch(/^ {2}neighborInfo:\n(?: {4}.*\n)*? {4}updateInterval: 21600$/m);
  }, 130_000);

  it('changes nothing and does not reboot the second time', async () => {
    const reboots = node.reboots;
    const result = await runCli(['provision', '--tcp', node.target, join(dir, 'hall.yaml')], { timeoutMs: 60_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('nothing to write');
    expect(node.reboots).toBe(reboots);
  }, 70_000);
});
