/**
 * Two real firmware nodes 100 m apart in the simulated air (simulator/firmware/), each reached through its API
 * proxy: a gateway on node A, a plain client on node B. What the gateway sends (chat, a ledger entry, an alert and its text copy for the stock apps)
 * reaches B's client through B's real router, and B's chat reaches the gateway.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Mesh, Portnums } from '@meshtastic/protobufs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../gateway/service/start-gateway.ts';
import { entryDefaults } from '../../protocol/app/messages.ts';
import { BROADCAST_NUM } from '../../protocol/meshtastic/stream-constants.ts';
import { RadioSession } from '../../radio/radio-session.ts';
import { tcpOpener } from '../../radio/tcp-transport.ts';
import { boilWaterAlert } from '../support/alert-fixtures.ts';
import { eventually } from '../support/eventually.ts';
import { type ApiProxy, serveFirmwareApi } from '../../simulator/firmware/api-proxy.ts';
import { FirmwareAir } from '../../simulator/firmware/firmware-air.ts';
import { MeshSimulation } from '../../simulator/mesh/mesh-simulation.ts';
import { RealTimeRunner } from '../../simulator/mesh/real-time-runner.ts';
import { firmwareBinaries, NO_FIRMWARE_REASON } from '../support/real-firmware.ts';

const binaries = firmwareBinaries();
if (binaries.length === 0) console.warn(NO_FIRMWARE_REASON);

const textOf = (p: Mesh.MeshPacket) => (p.payloadVariant.case === 'decoded' ? new TextDecoder().decode(p.payloadVariant.value.payload) : '');
const portOf = (p: Mesh.MeshPacket) => (p.payloadVariant.case === 'decoded' ? p.payloadVariant.value.portnum : -1);

const A = 0x31;
const B = 0x32;

describe.skipIf(binaries.length === 0).each(binaries)('two firmware $version nodes in the simulated air', (binary) => {
  let air: FirmwareAir;
  let runner: RealTimeRunner;
  let proxies: ApiProxy[] = [];
  let airDir: string;
  let gateway: RunningGateway;
  let neighbour: RadioSession;
  let dataDir: string;
  const heardByB: Mesh.MeshPacket[] = [];

  beforeAll(async () => {
    const sim = new MeshSimulation({
      nodes: [
        { id: A, xM: 0, yM: 0, role: 'CLIENT' },
        { id: B, xM: 100, yM: 0, role: 'CLIENT' },
      ],
      seed: 1,
      shadowingDb: 0,
    });
    runner = new RealTimeRunner(sim);
    airDir = mkdtempSync(join(tmpdir(), 'meshloom-fw-air-'));
    air = new FirmwareAir(
      sim,
      [A, B].map((id) => ({ id, binary: binary.path, role: 'CLIENT' as const })),
      { workDir: airDir, runner, preset: 'LONG_FAST', hopLimit: 3, region: 'US' },
    );
    await air.start();
    air.open();
    runner.start();
    proxies = await Promise.all([serveFirmwareApi(air, A), serveFirmwareApi(air, B)]);
    const [viaA, viaB] = proxies as [ApiProxy, ApiProxy];
    neighbour = new RadioSession({ open: tcpOpener({ host: '127.0.0.1', port: viaB.port }) });
    neighbour.on('packet', (packet) => heardByB.push(packet));
    neighbour.start();
    await neighbour.whenConfigured(20_000);
    dataDir = mkdtempSync(join(tmpdir(), 'meshloom-fw-mesh-'));
    gateway = await startGateway({
      open: tcpOpener({ host: '127.0.0.1', port: viaA.port }),
      dataDir,
      label: 'Bridged',
      httpHost: '127.0.0.1',
      httpPort: 0,
    });
    await eventually(`the gateway ready\n${air.logOf(A)}`, () => gateway.gateway.engine !== undefined, 30_000);
  }, 60_000);

  afterAll(async () => {
    await gateway?.close();
    await neighbour?.close();
    await Promise.all(proxies.map((proxy) => proxy.close()));
    runner?.stop();
    await air?.close();
    if (airDir) rmSync(airDir, { recursive: true, force: true });
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it("carries the gateway's chat to the other node's client", async () => {
    gateway.gateway.sendChat('Soup at the hall from 6');
    await eventually(
      `B hears the chat (carried ${air.stats.transmissions})\n${air.logOf(B)}`,
      () => heardByB.some((p) => textOf(p) === 'Soup at the hall from 6'),
      30_000,
    );
    const packet = heardByB.find((p) => textOf(p) === 'Soup at the hall from 6') as Mesh.MeshPacket;
    expect(packet.from).toBe(gateway.gateway.session.myNodeNum);
    expect(portOf(packet)).toBe(Portnums.PortNum.TEXT_MESSAGE_APP);
  }, 40_000);

  it("carries the other node's chat to the gateway's page", async () => {
    neighbour.send({ to: BROADCAST_NUM, portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: new TextEncoder().encode('Need a lift to the clinic') });
    await eventually(
      'the gateway lists the chat',
      () => gateway.gateway.messages.recent(20).some((m) => m.text === 'Need a lift to the clinic' && !m.own),
      30_000,
    );
  }, 40_000);

  it('carries a ledger entry and an alert, with its text copy for the stock apps', async () => {
    const engine = gateway.gateway.engine;
    if (!engine) throw new Error('no engine');
    gateway.gateway.postEntry(entryDefaults({ minute: Math.floor(Date.now() / 60_000), member: 'ana', note: 'bridged entry' }));
    gateway.gateway.postAlert(boilWaterAlert());
    await eventually('B hears meshloom packets', () => heardByB.some((p) => portOf(p) === engine.portnum), 40_000);
    await eventually(
      'B hears the alert text',
      () => heardByB.some((p) => portOf(p) === Portnums.PortNum.ALERT_APP && textOf(p).includes('Boil water')),
      40_000,
    );
  }, 60_000);
});
