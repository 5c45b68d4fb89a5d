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
import { Portnums } from '@meshtastic/protobufs';
import { startEmbeddedNeighbourhood } from '../../gateway/demo/embedded-neighbourhood.ts';
import { startGateway } from '../../gateway/service/start-gateway.ts';
import { fromRadioFrame } from '../../protocol/meshtastic/radio-codec.ts';
import { BROADCAST_NUM } from '../../protocol/meshtastic/stream-constants.ts';
import { transportOverDuplex } from '../../radio/transport.ts';
import { attachDuplexAsSerial } from '../../simulator/virtual-radio/endpoints.ts';
import { duplexPair } from '../../simulator/virtual-radio/in-process-transport.ts';

const port = Number(process.argv[2] ?? 18_940);
const hood = startEmbeddedNeighbourhood({ activityMs: 0 });
let device: ReturnType<typeof duplexPair>[1] | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'meshloom-bench-security-'));
const running = await startGateway({
  open: async () => {
    const [host, end] = duplexPair();
    device = end;
    attachDuplexAsSerial(hood.hood.gatewayRadio, end);
    return transportOverDuplex(host, 'bench cable');
  },
  dataDir,
  label: 'Under attack',
  httpHost: '127.0.0.1',
  httpPort: port,
  operatorPassword: 'bench lantern gravel orbit',
  secret: 'generate',
  logger: { level: 'warn' },
});

const textFrame = (from: number, id: number) =>
  fromRadioFrame({
    payloadVariant: {
      case: 'packet',
      value: {
        from,
        to: BROADCAST_NUM,
        id,
        hopStart: 3,
        hopLimit: 3,
        payloadVariant: { case: 'decoded', value: { portnum: Portnums.PortNum.TEXT_MESSAGE_APP, payload: new TextEncoder().encode(`flood from ${from}`) } },
      },
    },
  });

const rssBytes = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) * 1024;
// Answers are marked: the gateway's own log lines go to stdout too.
const answer = (value: object) => process.stdout.write(`BENCH ${JSON.stringify(value)}\n`);

let floods = 0;
async function flood(count: number): Promise<void> {
  const base = 0x7000_0000 + floods++ * 0x100_0000;
  const started = performance.now();
  for (let i = 0; i < count; i += 250) {
    for (let j = i; j < Math.min(count, i + 250); j++) device?.write(textFrame(base + j, j + 1));
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
