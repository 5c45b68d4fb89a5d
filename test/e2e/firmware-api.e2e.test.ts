/**
 * The simulator's connection to a firmware node, against every real build: the handshake names the node and its
 * settings, what the node transmits arrives as a `transmit` (never as a frame a phone client would see), and a
 * client's packet goes on the air with the hop limit the firmware gives it, which the virtual radio must match:
 * a hop_limit left at 0 stays 0 (one hop) unless the packet wants an ack. Also the API proxy: `meshloom info`
 * reads the firmware node through it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Mesh } from '@meshtastic/protobufs';
import { Portnums } from '@meshtastic/protobufs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROADCAST_NUM } from '../../protocol/meshtastic/stream-constants.ts';
import { serveFirmwareApi } from '../../simulator/firmware/api-proxy.ts';
import { FirmwareAir } from '../../simulator/firmware/firmware-air.ts';
import { FirmwareApi } from '../../simulator/firmware/firmware-api.ts';
import { unwrapTransmission } from '../../simulator/firmware/transmissions.ts';
import { MeshSimulation } from '../../simulator/mesh/mesh-simulation.ts';
import { RealTimeRunner } from '../../simulator/mesh/real-time-runner.ts';
import { serveTcp, type TcpEndpoint } from '../../simulator/virtual-radio/endpoints.ts';
import { VirtualRadio } from '../../simulator/virtual-radio/virtual-radio.ts';
import { eventually } from '../support/eventually.ts';
import { FirmwareNode, firmwareBinaries, NO_FIRMWARE_REASON } from '../support/real-firmware.ts';
import { runCli } from './cli-helpers.ts';

/** The three ways a client may leave or set the hop limit, and what goes on the air for each. */
const HOP_CASES = [
  { what: 'a broadcast with hop_limit unset', to: BROADCAST_NUM, wantAck: false, hopLimit: 0 },
  { what: 'a want_ack direct message with hop_limit unset', to: 0x7777, wantAck: true, hopLimit: 0 },
  { what: 'a broadcast with hop_limit 2', to: BROADCAST_NUM, wantAck: false, hopLimit: 2 },
] as const;

function sendCase(api: FirmwareApi, id: number, c: (typeof HOP_CASES)[number]): void {
  api.send({
    payloadVariant: {
      case: 'packet',
      value: {
        id,
        to: c.to,
        wantAck: c.wantAck,
        hopLimit: c.hopLimit,
        payloadVariant: { case: 'decoded', value: { portnum: Portnums.PortNum.PRIVATE_APP, payload: Uint8Array.of(id) } },
      },
    },
  });
}

/** Hop limits on the air for HOP_CASES, from a virtual radio with the firmware's defaults. */
async function virtualRadioHopLimits(): Promise<number[]> {
  const radio = new VirtualRadio({ nodeNum: 0x4242, bootMs: 50 });
  const server: TcpEndpoint = await serveTcp(radio, { port: 0 });
  const sent: Mesh.MeshPacket[] = [];
  radio.on('transmit', (packet) => sent.push(packet));
  await eventually('the virtual radio is up', () => radio.up);
  const api = await FirmwareApi.connect(server.port, 0x4242);
  for (const [i, c] of HOP_CASES.entries()) sendCase(api, 500 + i, c);
  await eventually('the virtual radio sent all three', () => sent.length >= HOP_CASES.length, 20_000);
  api.close();
  await server.close();
  return HOP_CASES.map((_, i) => sent.find((p) => p.id === 500 + i)?.hopLimit ?? -1);
}

describe.skipIf(firmwareBinaries().length === 0)('the firmware API seen by the simulator', () => {
  let virtualHops: number[];
  beforeAll(async () => {
    virtualHops = await virtualRadioHopLimits();
  }, 30_000);

  for (const binary of firmwareBinaries()) {
    describe(`meshtasticd ${binary.version}`, () => {
      let node: FirmwareNode;
      beforeAll(async () => {
        node = await FirmwareNode.start(binary, 0x51);
      }, 30_000);
      afterAll(async () => {
        await node?.remove();
      });

      it('sends transmissions as transmissions, hop limits as the virtual radio does, and shows clients none of them', async () => {
        const api = await FirmwareApi.connect(node.port, 0x51);
        expect(api.nodeNum).toBeGreaterThan(3);
        expect(api.settings).toMatchObject({ role: 'CLIENT', hopLimit: 3 });
        const transmitted: Mesh.MeshPacket[] = [];
        const transmissionsSeenByClients: number[] = [];
        /** QueueStatus frames a client got per packet: the answer to its own packet, not the firmware's "sending now". */
        const statusesSeenByClients = new Map<number, number>();
        api.on('transmit', (packet) => transmitted.push(packet));
        api.on('frame', (_payload, message) => {
          const v = message.payloadVariant;
          if (v.case === 'packet' && v.value.payloadVariant.case === 'decoded' && v.value.payloadVariant.value.portnum === Portnums.PortNum.SIMULATOR_APP)
            transmissionsSeenByClients.push(v.value.id);
          if (v.case === 'queueStatus') statusesSeenByClients.set(v.value.meshPacketId, (statusesSeenByClients.get(v.value.meshPacketId) ?? 0) + 1);
        });
        for (const [i, c] of HOP_CASES.entries()) sendCase(api, 600 + i, c);
        await eventually('all three went on the air', () => HOP_CASES.every((_, i) => transmitted.some((p) => p.id === 600 + i)), 30_000);
        const hops = HOP_CASES.map((_, i) => unwrapTransmission(transmitted.find((p) => p.id === 600 + i) as Mesh.MeshPacket)?.hopLimit);
        expect(hops).toEqual([0, 3, 2]);
        expect(virtualHops).toEqual(hops);
        expect(transmissionsSeenByClients).toEqual([]);
        for (const [i] of HOP_CASES.entries()) expect(statusesSeenByClients.get(600 + i) ?? 0).toBeLessThanOrEqual(1);
        api.close();
      }, 60_000);
    });
  }

  it(`lets \`meshloom info\` read a firmware node through the proxy (${firmwareBinaries().at(-1)?.version ?? NO_FIRMWARE_REASON})`, async () => {
    const binary = firmwareBinaries().at(-1);
    if (!binary) return;
    const sim = new MeshSimulation({ nodes: [{ id: 0x61, xM: 0, yM: 0, role: 'CLIENT' }], seed: 1 });
    const workDir = mkdtempSync(join(tmpdir(), 'meshloom-proxy-'));
    const air = new FirmwareAir(sim, [{ id: 0x61, binary: binary.path, role: 'CLIENT' }], {
      workDir,
      runner: new RealTimeRunner(sim),
      preset: 'LONG_FAST',
      hopLimit: 3,
      region: 'US',
    });
    try {
      await air.start();
      const proxy = await serveFirmwareApi(air, 0x61);
      const info = await runCli(['info', '--tcp', `127.0.0.1:${proxy.port}`, '--json'], { timeoutMs: 30_000 });
      expect(info.code, info.stderr).toBe(0);
      expect(JSON.parse(info.stdout).myInfo.myNodeNum).toBe(air.apiOf(0x61)?.nodeNum);
      // The simulator's own connection survives a client that comes and goes.
      expect(air.apiOf(0x61)).toBeDefined();
      await proxy.close();
    } finally {
      await air.close();
      rmSync(workDir, { recursive: true, force: true });
    }
  }, 60_000);
});
