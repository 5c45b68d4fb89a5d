/**
 * Two gateways, each on its own simulated neighbourhood, federated through a real MQTT broker (aedes, embedded):
 * ledgers and alerts cross, local alerts stay, untrusted gateways are ignored, packets heard on the radio are
 * published as Meshtastic ServiceEnvelopes (only with OK-to-MQTT), and a broker outage loses nothing.
 * B reaches the broker through a relay the test can cut, to be away while the broker forgets its session.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromBinary } from '@bufbuild/protobuf';
import { Mesh, Mqtt, Portnums } from '@meshtastic/protobufs';
import { Aedes } from 'aedes';
import mqtt from 'mqtt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Scope, entryDefaults } from '../../../protocol/app/messages.ts';
import { encodeFrame } from '../../../protocol/app/federation-frame.ts';
import { keyPairFromSecret } from '../../../protocol/app/signatures.ts';
import { toMinute } from '../../../protocol/app/meshloom-time.ts';
import { DEFAULT_PSK, channelCrypt } from '../../../protocol/meshtastic/channel-crypto.ts';
import { BROADCAST_NUM } from '../../../protocol/meshtastic/stream-constants.ts';
import { LedgerStore } from '../../../store/ledger-store.ts';
import { loadOrCreateKeys } from '../../../gateway/service/identity.ts';
import { startGateway, type RunningGateway } from '../../../gateway/service/start-gateway.ts';
import type { FederationOptions } from '../../../gateway/federation/federation-options.ts';
import { floodAlert } from '../../protocol/engine/flood-alert.ts';
import { eventually } from '../../support/eventually.ts';

let broker: Aedes;
let server: Server;
let port: number;
const dirs: string[] = [];
let a: RunningGateway;
let b: RunningGateway;
let relay: Server;
let relayPort = 0;
const relayed = new Set<Socket>();

async function startBroker(onPort = 0): Promise<void> {
  broker = await Aedes.createBroker();
  server = createServer(broker.handle);
  await new Promise<void>((resolve) => server.listen(onPort, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
}

async function stopBroker(): Promise<void> {
  await new Promise<void>((resolve) => broker.close(() => resolve()));
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

async function openRelay(): Promise<void> {
  relay = createServer((down) => {
    const up = connect(port, '127.0.0.1');
    for (const socket of [down, up]) {
      relayed.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => {
        relayed.delete(socket);
        down.destroy();
        up.destroy();
      });
    }
    down.pipe(up).pipe(down);
  });
  await new Promise<void>((resolve) => relay.listen(relayPort, '127.0.0.1', resolve));
  relayPort = (relay.address() as { port: number }).port;
}

async function cutRelay(): Promise<void> {
  for (const socket of relayed) socket.destroy();
  await new Promise<void>((resolve) => relay.close(() => resolve()));
}

/** A data folder whose gateway key exists before the start, so the other gateway can trust it. */
function prepared(): { dir: string; key: string } {
  const dir = mkdtempSync(join(tmpdir(), 'meshloom-fed-'));
  dirs.push(dir);
  const store = new LedgerStore({ path: join(dir, 'embedded.sqlite') });
  const key = Buffer.from(loadOrCreateKeys(store).publicKey).toString('hex');
  store.close();
  return { dir, key };
}

function federation(trustedKeys: string[], viaPort = port): FederationOptions {
  return { url: `mqtt://127.0.0.1:${viaPort}`, federation: 'test-hoods', trustedKeys, uplink: true, downlink: false };
}

const until = eventually;

/** Nothing left to send on `running`'s federation link: its outbox is empty and its engine has nothing due for a while. */
async function settled(running: RunningGateway): Promise<void> {
  const fed = await running.federation!;
  await until('the federation link to go quiet', () => {
    const due = running.gateway.linkEngine('federation')?.pollTimeout() ?? Number.POSITIVE_INFINITY;
    return fed.outbox.size() === 0 && due > Date.now() + 5_000;
  });
}

beforeAll(async () => {
  await startBroker();
  await openRelay();
  const pa = prepared();
  const pb = prepared();
  const common = { httpHost: '127.0.0.1', httpPort: 0, engine: { digestDebounceMs: 300, ackSpreadMs: 300 } };
  a = await startGateway({
    ...common,
    dataDir: pa.dir,
    label: 'Mill Lane',
    embedded: { activityMs: 0, nodeNum: 0x0a000001 },
    federation: federation([pb.key]),
  });
  b = await startGateway({
    ...common,
    dataDir: pb.dir,
    label: 'Hill Top',
    embedded: { activityMs: 0, nodeNum: 0x0b000001 },
    federation: federation([pa.key], relayPort),
  });
  await Promise.all([a.federation, b.federation]);
  await until('both connected', () => a.gateway.linkEngine('federation') !== undefined && b.gateway.linkEngine('federation') !== undefined);
}, 30_000);

afterAll(async () => {
  await a?.close();
  await b?.close();
  await stopBroker();
  relay.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('federation through an MQTT broker', () => {
  // Tests stop and replace the broker: each starts once both gateways listen again, whatever ran before it.
  beforeEach(async () => {
    const [fedA, fedB] = [await a.federation!, await b.federation!];
    await until('both gateways listening', () => fedA.connection.listening && fedB.connection.listening, 30_000);
  });

  it('carries an entry made in one neighbourhood to the other, under a root of its own', async () => {
    const watcher = await mqtt.connectAsync(`mqtt://127.0.0.1:${port}`);
    const topics: string[] = [];
    watcher.on('message', (topic) => topics.push(topic));
    await watcher.subscribeAsync(['msh/#', 'meshloom/#']);
    const { seq } = a.gateway.postEntry(entryDefaults({ minute: toMinute(Date.now()), tenths: 20, member: 'ana', note: 'soup' }));
    const author = a.gateway.engine!.nodeNum;
    await until('entry at b', () => (b.gateway.store.chainTip(author)?.seq ?? 0) >= seq);
    expect(b.gateway.store.entryBody(author, seq)).toEqual(a.gateway.store.entryBody(author, seq));
    await until('federation frames seen', () => topics.some((t) => t.startsWith('meshloom/test-hoods/')));
    // A Meshtastic tool subscribed to msh/# gets ServiceEnvelope topics only.
    expect(topics.filter((t) => t.startsWith('msh/') && !/^msh\/(?:[^/]+\/)*2\/e\//.test(t))).toEqual([]);
    await watcher.endAsync();
  });

  it('carries a federated alert across, acked by the other side, and keeps a local one at home', async () => {
    const expiresAtMs = Date.now() + 3_600_000;
    const local = a.gateway.postAlert(floodAlert(Date.now(), { headline: 'Hall door stuck', scope: Scope.LOCAL, expiresAtMs }));
    const federated = a.gateway.postAlert(floodAlert(Date.now(), { headline: 'Bridge closed', expiresAtMs }));
    const author = a.gateway.engine!.nodeNum;
    await until('alert at b', () => b.gateway.store.getAlert(author, federated.body.id) !== undefined);
    await until('b acked', () => a.gateway.store.ackers(author, federated.body.id).includes(b.gateway.engine!.nodeNum));
    // Alerts go out in the order raised: the local one, raised first, would have arrived before the federated one.
    expect(b.gateway.store.getAlert(author, local.body.id)).toBeUndefined();
  });

  it('ignores and counts frames from a gateway off the trust list', async () => {
    const stranger = keyPairFromSecret(new Uint8Array(32).fill(9));
    const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${port}`);
    const before = b.gateway.store.counters().federation_untrusted ?? 0;
    await client.publishAsync(
      'meshloom/test-hoods/!0c000001',
      Buffer.from(encodeFrame('test-hoods', stranger, 0x0c000001, BROADCAST_NUM, Uint8Array.of(0x16, 0))),
      { qos: 1 },
    );
    await client.publishAsync('meshloom/test-hoods/!0c000001', Buffer.from('not a frame'), { qos: 1 });
    await until('counted', () => (b.gateway.store.counters().federation_untrusted ?? 0) > before && (b.gateway.store.counters().federation_malformed ?? 0) > 0);
    await client.endAsync();
  });

  it('publishes radio packets as encrypted ServiceEnvelopes; a broker on a private address gets those not marked OK too', async () => {
    const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${port}`);
    const seen: { topic: string; envelope: Mqtt.ServiceEnvelope }[] = [];
    client.on('message', (topic, payload) => seen.push({ topic, envelope: fromBinary(Mqtt.ServiceEnvelopeSchema, payload) }));
    await client.subscribeAsync('msh/2/e/#');
    const [allowed, refused] = a.embedded!.hood.peers as [
      NonNullable<RunningGateway['embedded']>['hood']['peers'][number],
      NonNullable<RunningGateway['embedded']>['hood']['peers'][number],
    ];
    const text = (t: string) => new TextEncoder().encode(t);
    const okPacket = allowed.originate({ to: BROADCAST_NUM, portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: text('pump fixed'), bitfield: 1 })!;
    const refusedPacket = refused.originate({ to: BROADCAST_NUM, portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: text('private'), bitfield: 0 })!;
    await until('envelope', () => seen.some((s) => s.envelope.packet?.id === okPacket.id));
    const { topic, envelope } = seen.find((s) => s.envelope.packet?.id === okPacket.id)!;
    expect(topic).toBe('msh/2/e/LongFast/!0a000001');
    expect(envelope).toMatchObject({ channelId: 'LongFast', gatewayId: '!0a000001' });
    const packet = envelope.packet!;
    expect(packet.channel).toBe(8);
    expect(packet.payloadVariant.case).toBe('encrypted');
    const data = fromBinary(Mesh.DataSchema, channelCrypt(DEFAULT_PSK, packet.id, packet.from, packet.payloadVariant.value as Uint8Array));
    expect(new TextDecoder().decode(data.payload)).toBe('pump fixed');
    // As the firmware: the OK-to-MQTT bit guards public brokers; this one is on 127.0.0.1, the neighbourhood's own.
    // (meshtastic-mqtt.test.ts shows the refusal for a broker on a public address.)
    await until('the envelope of the packet not marked OK', () => seen.some((s) => s.envelope.packet?.id === refusedPacket.id));
    expect((await a.federation)?.meshtastic.counters.notOkToMqtt).toBe(0);
    await client.endAsync();
  });

  it('loses nothing while the broker is away', async () => {
    const brokerPort = port;
    const fedA = await a.federation!;
    await stopBroker();
    await until('a sees the outage', () => !fedA.connection.connected);
    const made = [1, 2, 3].map((i) =>
      a.gateway.postEntry(entryDefaults({ minute: toMinute(Date.now()), tenths: i, member: 'bo', note: `while offline ${i}` })),
    );
    const fromB = b.gateway.postEntry(entryDefaults({ minute: toMinute(Date.now()), tenths: 5, member: 'cy', note: 'also offline' }));
    await until('a keeps them in its outbox', () => fedA.outbox.size() > 0);
    await startBroker(brokerPort);
    const last = made.at(-1)!.seq;
    await until('a entries at b', () => (b.gateway.store.chainTip(a.gateway.engine!.nodeNum)?.seq ?? 0) >= last, 30_000);
    await until('b entry at a', () => (a.gateway.store.chainTip(b.gateway.engine!.nodeNum)?.seq ?? 0) >= fromB.seq, 30_000);
    expect(a.gateway.store.views.fingerprint()).toBe(b.gateway.store.views.fingerprint());
  }, 60_000);

  it('catches up at once after coming back to a broker that forgot its session', async () => {
    const [fedA, fedB] = [await a.federation!, await b.federation!];
    // Let the digests after the last test go out, so B has nothing of its own to send when it comes back.
    await settled(b);
    await cutRelay();
    await until('b away', () => !fedB.connection.connected);
    // A fresh broker: B's subscriptions and anything queued for it are gone.
    const brokerPort = port;
    await stopBroker();
    await startBroker(brokerPort);
    await until('a back', () => fedA.connection.listening);
    const { seq } = a.gateway.postEntry(entryDefaults({ minute: toMinute(Date.now()), tenths: 7, member: 'di', note: 'published while b was away' }));
    // The entry and the digest that follows it (IP link debounce: 500 ms) reach the broker, and no one else.
    await settled(a);
    await openRelay();
    // Well inside the periodic digest (60 s): B says where it stands as soon as it listens again, and A answers.
    await until('entry at b', () => (b.gateway.store.chainTip(a.gateway.engine!.nodeNum)?.seq ?? 0) >= seq, 30_000);
    expect(fedB.status().connected).toBe(true);
  }, 60_000);
});
