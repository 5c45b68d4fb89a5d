/**
 * The gateway against its own network, with its default limits (docs/security.md quotes these figures):
 * - memory with 1,000 live streams that never read, while a flood gives them plenty to buffer (against the
 *   same flood with no stream open);
 * - the time a neighbour waits for the page and the status while a radio floods texts from 30,000 senders;
 * - guesses at the neighbourhood secret and the operator password allowed, from any number of addresses;
 * - the status's latency while wrong operator logins pour in (scrypt runs off the event loop).
 * The gateway runs in its own process (bench/support/gateway-under-attack.ts); clients come from distinct
 * loopback addresses, as phones on a WiFi would.
 */
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { OperatorAuth } from '../gateway/web/operator-auth.ts';
import { LedgerStore } from '../store/ledger-store.ts';
import { writeResult } from './write-result.ts';

const PORT = 18_940;
const STALLED = 1_000;
const SENDERS = 30_000;
const LOGIN_STORM = 300;

const child: ChildProcessByStdio<Writable, Readable, null> = spawn(
  process.execPath,
  ['--import', 'tsx', 'bench/support/gateway-under-attack.ts', String(PORT)],
  { stdio: ['pipe', 'pipe', 'inherit'] },
);
const replies = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
async function reply<T>(): Promise<T> {
  for (;;) {
    const next = await replies.next();
    if (next.done) throw new Error('the gateway process ended');
    if (next.value.startsWith('BENCH ')) return JSON.parse(next.value.slice('BENCH '.length)) as T;
  }
}
const ask = async <T>(command: string): Promise<T> => {
  child.stdin.write(`${command}\n`);
  return reply<T>();
};

/** One HTTP request from a given local address; resolves with status and milliseconds taken. */
function timed(path: string, localAddress: string, method = 'GET', body?: object): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port: PORT, path, method, localAddress, agent: false, headers: body ? { 'content-type': 'application/json' } : {} },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

const addressOf = (i: number) => `127.2.${Math.floor(i / 250)}.${(i % 250) + 1}`;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const round = (n: number) => Math.round(n * 10) / 10;
const mb = (bytes: number) => round(bytes / 1_048_576);

/** Opens a live stream that reads its answer's first line and then never reads again. */
function stalledStream(i: number): Promise<{ socket: Socket; status: number }> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: PORT, localAddress: addressOf(i) });
    socket.on('error', () => resolve({ socket, status: 0 }));
    socket.once('data', (chunk: Buffer) => {
      socket.pause();
      resolve({ socket, status: Number(/^HTTP\/1.1 (\d+)/.exec(chunk.toString())?.[1] ?? 0) });
    });
    socket.write(`GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
  });
}

async function metric(name: string): Promise<number> {
  const text = await new Promise<string>((resolve) => {
    request({ host: '127.0.0.1', port: PORT, path: '/metrics', localAddress: '127.3.0.9', agent: false }, (res) => {
      let all = '';
      res.on('data', (c: Buffer) => {
        all += c.toString();
      });
      res.on('end', () => resolve(all));
    })
      .on('error', () => resolve(''))
      .end();
  });
  return Number(new RegExp(`^${name.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);
}

/** Guesses a limitless attacker gets checked in an hour, with the gateway's real rules on a simulated clock. */
function guessesCheckedPerHour(): { secret: number; login: number } {
  let now = 0;
  const store = new LedgerStore({ path: ':memory:' });
  const auth = new OperatorAuth({ store, password: 'bench lantern gravel orbit', secret: 'generate', now: () => now });
  let secret = 0;
  // 100 tries a second, each from a new address: the per-address limits do not apply.
  for (now = 0; now < 3_600_000; now += 10) {
    try {
      auth.checkSecret(`guess ${now}`, undefined);
    } catch (err) {
      if ((err as { code?: string }).code === 'MESHLOOM_ERR_SECRET_REQUIRED') secret++;
    }
  }
  // Logins go through the same budget; driven directly, since 360,000 real scrypt runs would measure scrypt.
  let login = 0;
  for (now = 3_600_000; now < 7_200_000; now += 10) {
    if (auth.loginGuesses.waitMs(now) > 0) continue;
    auth.loginGuesses.failed(now);
    login++;
  }
  store.close();
  return { secret, login };
}

const t0 = Date.now();
try {
  const ready = await reply<{ ready: boolean; rss: number }>();
  console.log(`gateway up after ${Date.now() - t0} ms, ${mb(ready.rss)} MB resident`);

  // The same flood once without any stream open, so what the stalled streams cost is told apart from what a
  // flood costs anyway (V8 keeps the heap it grew to).
  const plainFlood = await ask<{ flooded: number; ms: number }>(`flood ${SENDERS}`);
  const afterPlainFlood = await ask<{ rss: number }>('memory');
  console.log(`flood of ${SENDERS} with no streams open in ${plainFlood.ms} ms; ${mb(afterPlainFlood.rss)} MB`);

  const streams = await Promise.all(Array.from({ length: STALLED }, (_, i) => stalledStream(i)));
  const opened = streams.filter((s) => s.status === 200).length;
  const refused = streams.filter((s) => s.status === 503).length;
  const afterOpen = await ask<{ rss: number }>('memory');
  console.log(`${opened} streams open, ${refused} refused; ${mb(afterOpen.rss)} MB`);

  // A neighbour (an address of its own) keeps loading the page and the status while the radio floods.
  const pageTimes: number[] = [];
  const statusTimes: number[] = [];
  let failures = 0;
  let flooding = true;
  const neighbour = (async () => {
    while (flooding) {
      const page = await timed('/', '127.3.0.1');
      const status = await timed('/api/status', '127.3.0.1');
      pageTimes.push(page.ms);
      statusTimes.push(status.ms);
      if (page.status !== 200 || status.status !== 200) failures++;
    }
  })();
  const flood = await ask<{ flooded: number; ms: number; nodes: number }>(`flood ${SENDERS}`);
  flooding = false;
  await neighbour;
  const afterFlood = await ask<{ rss: number }>('memory');
  const dropped = await metric('meshloom_sse_dropped_total');
  const refusedStreams = await metric('meshloom_refused_total{what="stream"}');
  console.log(`flood of ${SENDERS} in ${flood.ms} ms; page p99 ${round(percentile(pageTimes, 99))} ms; ${dropped} stalled streams dropped`);

  for (const s of streams) s.socket.destroy();
  const afterClose = await ask<{ rss: number }>('memory');

  const storm = Array.from({ length: LOGIN_STORM }, (_, i) => timed('/api/operator/login', addressOf(2_000 + i), 'POST', { password: `wrong ${i}` }));
  const duringStorm: number[] = [];
  const stormDone = Promise.all(storm);
  let storming = true;
  void stormDone.then(() => {
    storming = false;
  });
  while (storming) duringStorm.push((await timed('/api/status', '127.3.0.2')).ms);
  const stormCodes: Record<string, number> = {};
  for (const r of await stormDone) stormCodes[r.status] = (stormCodes[r.status] ?? 0) + 1;

  const guesses = guessesCheckedPerHour();
  writeResult(
    'security',
    {
      rssMbWithStalledStreams: mb(afterFlood.rss),
      rssDeltaMbFromStalledStreams: mb(afterFlood.rss - afterPlainFlood.rss),
      pageP99MsDuringFlood: round(percentile(pageTimes, 99)),
      floodTextsPerSecond: Math.round(SENDERS / (flood.ms / 1000)),
      secretGuessesCheckedPerHour: guesses.secret,
      loginGuessesCheckedPerHour: guesses.login,
      statusP99MsDuringLoginStorm: round(percentile(duringStorm, 99)),
    },
    {
      stalledStreams: { tried: STALLED, opened, refused, droppedAsStalled: dropped, refusedByMetrics: refusedStreams },
      memoryMb: {
        atStart: mb(ready.rss),
        afterFloodWithoutStreams: mb(afterPlainFlood.rss),
        streamsOpen: mb(afterOpen.rss),
        afterFloodWithStalledStreams: mb(afterFlood.rss),
        afterClosingStreams: mb(afterClose.rss),
      },
      flood: { senders: SENDERS, msWithoutStreams: plainFlood.ms, msWithStalledStreams: flood.ms, nodesKept: flood.nodes },
      neighbourDuringFlood: {
        pageLoads: pageTimes.length,
        failures,
        pageMs: { p50: round(percentile(pageTimes, 50)), p99: round(percentile(pageTimes, 99)), max: round(Math.max(...pageTimes)) },
        statusMs: { p50: round(percentile(statusTimes, 50)), p99: round(percentile(statusTimes, 99)), max: round(Math.max(...statusTimes)) },
      },
      loginStorm: { requests: LOGIN_STORM, answers: stormCodes, statusRequestsDuring: duringStorm.length, statusMaxMs: round(Math.max(...duringStorm)) },
      guesses: 'an attacker trying 100 times a second from ever-new addresses for one hour, on a simulated clock',
      note: 'gateway in its own process; clients in the bench process; both share the 2 cores',
    },
  );
} finally {
  console.log(`measured after ${Date.now() - t0} ms`);
  child.stdin.end();
  await new Promise((resolve) => child.once('exit', resolve));
}
