/**
 * How many real firmware nodes this machine carries in the simulated air in real time. For each count, a random
 * town of that many meshtasticd processes (the newest build in ../shared/firmware), each node with about six
 * neighbours, every node sending a chat message every two minutes on average (want_ack), run for two minutes.
 * Measured: the bridge's lateness (how long after the medium's end of reception a packet was written into the
 * hearing node), the event loop's delay, the bridge process's CPU share, and the start-up time. A count is carried
 * when the bridge's p99 lateness stays under 50 ms (a tenth of the shortest LONG_FAST packet's airtime).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LiveRun } from '../simulator/scenario/run-live.ts';
import { parseScenario } from '../simulator/scenario/scenario.ts';
import { firmwareBinaries } from '../test/support/real-firmware.ts';
import { writeResult } from './write-result.ts';

const COUNTS = (process.env.FIRMWARE_AIR_COUNTS ?? '10,25,50,75').split(',').map(Number);
const MINUTES = 2;
const CARRIED_P99_MS = 50;
/** About six neighbours each at LONG_FAST with the default path loss: ~500 m range. */
const AREA_PER_NODE_M2 = (Math.PI * 500 ** 2) / 6;

interface Figures {
  nodes: number;
  startSeconds: number;
  transmissions: number;
  injections: number;
  latenessP50Ms: number | null;
  latenessP99Ms: number | null;
  latenessMaxMs: number | null;
  /** The firmware's own time from hearing a packet to handing it to its phone, p50. */
  firmwareHandlingP50Ms: number | null;
  eventLoopDelayP99Ms: number;
  bridgeCpuPercent: number;
  deliveryRatio: number | null;
  carried: boolean;
}

async function measure(count: number, binary: string): Promise<Figures> {
  const side = Math.round(Math.sqrt(count * AREA_PER_NODE_M2));
  const scenario = parseScenario({
    name: `${count} firmware nodes`,
    seed: 5,
    durationMinutes: MINUTES,
    layout: { kind: 'random', count, widthM: side, heightM: side },
    firmware: binary,
    traffic: { textWithAck: { everySeconds: 120 } },
  });
  const workDir = mkdtempSync(join(tmpdir(), 'meshloom-bench-air-'));
  const live = new LiveRun(scenario, { workDir, onWarning: (text) => console.error(`  ${text}`) });
  try {
    const started = performance.now();
    await live.prepare();
    const startSeconds = (performance.now() - started) / 1000;
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const cpu = process.cpuUsage();
    const wall = performance.now();
    live.begin();
    await new Promise((resolve) => setTimeout(resolve, live.endMs));
    const result = live.finish();
    const used = process.cpuUsage(cpu);
    loop.disable();
    const firmware = result.firmware;
    const p99 = firmware?.bridgeLatenessMs.p99 ?? null;
    return {
      nodes: count,
      startSeconds: Number(startSeconds.toFixed(1)),
      transmissions: firmware?.transmissions ?? 0,
      injections: firmware?.injections ?? 0,
      latenessP50Ms: firmware?.bridgeLatenessMs.p50 ?? null,
      latenessP99Ms: p99,
      latenessMaxMs: firmware?.bridgeLatenessMs.max ?? null,
      firmwareHandlingP50Ms: firmware?.firmwareHandlingMs.p50 ?? null,
      eventLoopDelayP99Ms: Number((loop.percentile(99) / 1e6).toFixed(1)),
      bridgeCpuPercent: Number(((100 * (used.user + used.system)) / 1000 / (performance.now() - wall)).toFixed(1)),
      deliveryRatio: result.summary.deliveryRatio === null ? null : Number(result.summary.deliveryRatio.toFixed(3)),
      carried: p99 !== null && p99 <= CARRIED_P99_MS,
    };
  } finally {
    await live.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

const binary = firmwareBinaries().at(-1);
if (!binary) {
  console.error('no firmware builds in ../shared/firmware: nothing to measure');
  process.exit(1);
}
const runs: Figures[] = [];
for (const count of COUNTS) {
  console.log(`  ${count} firmware nodes...`);
  const figures = await measure(count, binary.path);
  console.log(`  ${JSON.stringify(figures)}`);
  runs.push(figures);
}
const carried = runs.filter((r) => r.carried).map((r) => r.nodes);
const largest = runs.at(-1);
writeResult(
  'firmware-air',
  {
    mostNodesCarriedInRealTime: carried.length ? Math.max(...carried) : 0,
    latenessP99MsAtMost: largest?.latenessP99Ms ?? null,
    bridgeCpuPercentAtMost: largest?.bridgeCpuPercent ?? null,
  },
  { firmware: binary.version, minutesPerRun: MINUTES, carriedWhenP99LatenessAtMostMs: CARRIED_P99_MS, runs },
);
