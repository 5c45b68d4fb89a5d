/**
 * Federation through a real broker (Mosquitto when installed, else the embedded aedes; the result says which):
 *  - entriesPerSecond: 2,000 entries recorded at gateway A, one after another, until gateway B holds them all,
 *    through the broker (signing, MQTT at QoS 1, verifying, SQLite with synchronous=FULL on both sides);
 *  - convergeSeconds: two neighbourhoods record 10,000 entries each while the broker is unreachable (a
 *    partition: their frames wait in the outbox), then the broker comes up; the time until both ledgers are equal.
 * Both gateways run in this one process on their embedded meshes (no simulated gateways, no activity), so they
 * share the machine's two cores with each other and with the broker.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Aedes } from 'aedes';
import { LedgerStore } from '../store/ledger-store.ts';
import { loadOrCreateKeys } from '../gateway/service/identity.ts';
import { startGateway, type RunningGateway } from '../gateway/service/start-gateway.ts';
import { entryDefaults } from '../protocol/app/messages.ts';
import { toMinute } from '../protocol/app/meshloom-time.ts';
import { writeResult } from './write-result.ts';

const MOSQUITTO = '/usr/sbin/mosquitto';
const THROUGHPUT_ENTRIES = 2_000;
const PARTITION_ENTRIES = 10_000;

interface Broker {
  kind: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startBroker(port: number): Promise<Broker> {
  if (existsSync(MOSQUITTO)) {
    const child: ChildProcess = spawn(MOSQUITTO, ['-p', String(port)], { stdio: 'ignore' });
    await waitFor(
      'mosquitto',
      async () =>
        new Promise<boolean>((resolve) => {
          const probe = createServer();
          probe.once('error', () => resolve(true));
          probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
        }),
      10_000,
    );
    return {
      kind: 'mosquitto',
      stop: () =>
        new Promise((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    };
  }
  const aedes = await Aedes.createBroker();
  const server: Server = createServer(aedes.handle);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    kind: 'aedes',
    stop: async () => {
      await new Promise<void>((resolve) => aedes.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function pair(port: number, tag: string): Promise<{ a: RunningGateway; b: RunningGateway; dirs: string[] }> {
  const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), `meshloom-bench-fed-${tag}-`)));
  const keys = dirs.map((dir) => {
    const store = new LedgerStore({ path: join(dir, 'embedded.sqlite') });
    const key = Buffer.from(loadOrCreateKeys(store).publicKey).toString('hex');
    store.close();
    return key;
  });
  const start = (i: number) =>
    startGateway({
      dataDir: dirs[i] as string,
      label: `hood ${i}`,
      httpHost: '127.0.0.1',
      httpPort: 0,
      embedded: { activityMs: 0, gateways: 0, radios: 0, nodeNum: 0x0a000001 + i * 0x01000000 },
      federation: {
        url: `mqtt://127.0.0.1:${port}`,
        root: 'msh',
        federation: `bench-${tag}`,
        trustedKeys: [keys[1 - i] as string],
        uplink: false,
        downlink: false,
      },
    });
  const [a, b] = await Promise.all([start(0), start(1)]);
  await Promise.all([a.federation, b.federation]);
  return { a, b, dirs };
}

function record(gateway: RunningGateway, count: number, note: string): void {
  for (let i = 0; i < count; i++) {
    gateway.gateway.postEntry(entryDefaults({ minute: toMinute(Date.now()), tenths: 1 + (i % 50), member: `m${i % 40}`, note: `${note} ${i}` }));
  }
}

const tip = (at: RunningGateway, of: RunningGateway) => at.gateway.store.chainTip(of.gateway.engine!.nodeNum)?.seq ?? 0;

async function throughput(): Promise<{ entriesPerSecond: number; broker: string }> {
  const port = await freePort();
  const broker = await startBroker(port);
  const { a, b, dirs } = await pair(port, 'rate');
  await waitFor('connected', () => a.federation !== undefined && b.gateway.linkEngine('federation') !== undefined, 10_000);
  await new Promise((r) => setTimeout(r, 1_000));
  const started = performance.now();
  const recording = (async () => {
    for (let i = 0; i < THROUGHPUT_ENTRIES; i += 50) {
      record(a, 50, 'rate');
      await new Promise((r) => setImmediate(r));
    }
  })();
  await recording;
  await waitFor('all entries at b', () => tip(b, a) >= THROUGHPUT_ENTRIES, 300_000);
  const seconds = (performance.now() - started) / 1000;
  await Promise.all([a.close(), b.close()]);
  await broker.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  return { entriesPerSecond: Math.round(THROUGHPUT_ENTRIES / seconds), broker: broker.kind };
}

async function convergence(): Promise<{ convergeSeconds: number; outboxFramesAtHeal: number }> {
  const port = await freePort();
  const { a, b, dirs } = await pair(port, 'heal');
  record(a, PARTITION_ENTRIES, 'north');
  record(b, PARTITION_ENTRIES, 'south');
  await new Promise((r) => setTimeout(r, 500));
  const outboxFramesAtHeal = (await a.federation!).outbox.size() + (await b.federation!).outbox.size();
  const started = performance.now();
  const broker = await startBroker(port);
  await waitFor(
    'ledgers equal',
    () => tip(a, b) >= PARTITION_ENTRIES && tip(b, a) >= PARTITION_ENTRIES && a.gateway.store.views.fingerprint() === b.gateway.store.views.fingerprint(),
    600_000,
  );
  const convergeSeconds = (performance.now() - started) / 1000;
  await Promise.all([a.close(), b.close()]);
  await broker.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  return { convergeSeconds: Math.round(convergeSeconds * 100) / 100, outboxFramesAtHeal };
}

const rate = await throughput();
const heal = await convergence();
writeResult(
  'federation',
  { entriesPerSecond: rate.entriesPerSecond, convergeSeconds: heal.convergeSeconds },
  {
    broker: rate.broker,
    throughputEntries: THROUGHPUT_ENTRIES,
    entriesPerNeighbourhoodWhilePartitioned: PARTITION_ENTRIES,
    outboxFramesAtHeal: heal.outboxFramesAtHeal,
    note: 'both gateways and the broker on one 2-core machine; entries recorded one by one with synchronous=FULL',
  },
);
process.exit(0);
