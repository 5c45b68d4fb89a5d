/**
 * The gateway's web server under a neighbourhood's worth of phones: 200 pages holding the live SSE feed open
 * while 50 connections keep asking for status, totals, the ledger and alerts (autocannon, 15 s). The gateway
 * runs in its own process on the embedded neighbourhood, with its simulated gateways active, so the feed
 * carries real events; everything is on loopback.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get, type ClientRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { writeResult } from './write-result.ts';

const PORT = 18_930;
const SSE_CLIENTS = 200;
const LOAD_CONNECTIONS = 50;
const DURATION_S = 15;
const base = `http://127.0.0.1:${PORT}`;

const dataDir = mkdtempSync(join(tmpdir(), 'meshloom-bench-web-'));
const server = spawn(process.execPath, ['bin/meshloom.js', 'gateway', '--http-port', String(PORT), '--host', '127.0.0.1', '--data', dataDir, '--quiet'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  // Every phone and the load generator share 127.0.0.1 here; on a real WiFi each phone has its own address.
  env: {
    ...process.env,
    MESHLOOM_OPERATOR_PASSWORD: 'bench lantern gravel orbit',
    MESHLOOM_MAX_CONNECTIONS_PER_ADDRESS: '1000',
    MESHLOOM_MAX_STREAMS_PER_ADDRESS: '500',
  },
});

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(`${base}/api/status`);
      const status = (await res.json()) as { link: { state: string } };
      if (status.link.state === 'ready') return;
    } catch {
      if (Date.now() > deadline) throw new Error('the gateway did not start');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

const t0 = Date.now();
try {
  await waitForServer();
  console.log(`gateway up after ${Date.now() - t0} ms`);
  // Give the feed something to carry: a few entries, as neighbours would record them.
  for (let i = 0; i < 5; i++) {
    await fetch(`${base}/api/entries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'contribution', category: 'meals', quantity: 2, member: `m${i}`, note: 'bench' }),
    });
  }
  let sseEvents = 0;
  let sseOpen = 0;
  const streams: ClientRequest[] = [];
  await Promise.all(
    Array.from(
      { length: SSE_CLIENTS },
      () =>
        new Promise<void>((resolve, reject) => {
          const request = get(`${base}/api/events`, (res) => {
            if (res.statusCode !== 200) reject(new Error(`SSE answered ${res.statusCode}`));
            sseOpen++;
            res.on('data', (chunk: Buffer) => {
              sseEvents += chunk.toString().split('\nevent: ').length - 1;
            });
            resolve();
          });
          request.on('error', (err) => (err.message === 'socket hang up' ? undefined : reject(err)));
          streams.push(request);
        }),
    ),
  );
  // Neighbours keep recording while the load runs (inside the per-client write limit): every one of them is an
  // event each of the 200 pages must receive.
  let posted = 0;
  const recorder = setInterval(
    () => {
      posted++;
      void fetch(`${base}/api/entries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'contribution', category: 'water', quantity: 10, member: 'bench', note: `during load ${posted}` }),
      });
    },
    (DURATION_S * 1000) / 20,
  );
  const result = await autocannon({
    url: base,
    connections: LOAD_CONNECTIONS,
    duration: DURATION_S,
    requests: [
      { method: 'GET', path: '/api/status' },
      { method: 'GET', path: '/api/totals?period=week' },
      { method: 'GET', path: '/api/ledger?limit=20' },
      { method: 'GET', path: '/api/alerts' },
    ],
  });
  clearInterval(recorder);
  await new Promise((r) => setTimeout(r, 500));
  const statusRes = (await (await fetch(`${base}/api/status`)).json()) as { sseClients: number };
  for (const stream of streams) stream.destroy();
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  writeResult(
    'web',
    { requestsPerSecond: Math.round(result.requests.average), p99Ms: result.latency.p99 },
    {
      sseClients: SSE_CLIENTS,
      sseClientsSeenByServer: statusRes.sseClients,
      sseOpened: sseOpen,
      entriesPostedDuringLoad: posted,
      sseEventsReceived: sseEvents,
      loadConnections: LOAD_CONNECTIONS,
      durationSeconds: DURATION_S,
      requests: result.requests.total,
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      routes: ['/api/status', '/api/totals?period=week', '/api/ledger?limit=20', '/api/alerts'],
      note: 'server and load generator share the 2 cores; the server runs in its own process',
    },
  );
} finally {
  console.log(`measured after ${Date.now() - t0} ms`);
  server.kill('SIGINT');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
