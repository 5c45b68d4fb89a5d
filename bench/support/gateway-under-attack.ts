/**
 * The gateway for bench/security: the embedded neighbourhood on an in-process cable the bench can also write
 * onto, as a hostile radio would. Runs in its own process so its memory is its own. Prints one JSON line when
 * ready (each answer starts with "BENCH "); then reads commands on stdin, one per line, and answers each with one JSON line:
 *   flood N   N texts from N distinct senders, as fast as the cable takes them; answers when the last is stored
 *   memory    the process's resident memory
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startEmbeddedNeighbourhood } from '../../gateway/demo/embedded-neighbourhood.ts';
import { startGateway } from '../../gateway/service/start-gateway.ts';
import { tappedRadio, textFrame } from '../../test/support/tapped-radio.ts';

const port = Number(process.argv[2] ?? 18_940);
const hood = startEmbeddedNeighbourhood({ activityMs: 0 });
const tap = tappedRadio(hood.hood.gatewayRadio);
const dataDir = mkdtempSync(join(tmpdir(), 'meshloom-bench-security-'));
const running = await startGateway({
  open: tap.open,
  dataDir,
  label: 'Under attack',
  httpHost: '127.0.0.1',
  httpPort: port,
  operatorPassword: 'bench lantern gravel orbit',
  secret: 'generate',
  logger: { level: 'warn' },
});

const rssBytes = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) * 1024;
// Answers are marked: the gateway's own log lines go to stdout too.
const answer = (value: object) => process.stdout.write(`BENCH ${JSON.stringify(value)}\n`);

let floods = 0;
async function flood(count: number): Promise<void> {
  const base = 0x7000_0000 + floods++ * 0x100_0000;
  const started = performance.now();
  for (let i = 0; i < count; i += 250) {
    for (let j = i; j < Math.min(count, i + 250); j++) tap.inject(textFrame(base + j, j + 1, `flood from ${base + j}`));
    await new Promise((resolve) => setImmediate(resolve));
  }
  const last = `flood from ${base + count - 1}`;
  while (running.gateway.messages.recent(1)[0]?.text !== last) await new Promise((resolve) => setTimeout(resolve, 5));
  answer({ flooded: count, ms: Math.round(performance.now() - started), nodes: running.gateway.session.nodes.size });
}

while (running.gateway.link.state !== 'ready') await new Promise((resolve) => setTimeout(resolve, 20));
answer({ ready: true, url: running.url, rss: rssBytes() });

for await (const line of createInterface({ input: process.stdin })) {
  const [command, arg] = line.trim().split(' ');
  if (command === 'flood') await flood(Number(arg));
  else if (command === 'memory') answer({ rss: rssBytes(), heap: process.memoryUsage().heapUsed });
}
await running.close();
await hood.stop();
rmSync(dataDir, { recursive: true, force: true });
