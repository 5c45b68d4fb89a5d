/**
 * A scenario run in real time: for meshes with live parts (real firmware processes, real gateways on attached
 * nodes). Simulated time follows the wall clock, the firmware nodes run in the simulated air (firmware-air.ts),
 * and the result has the same shape as a `sim run`'s, with what the bridge measured added.
 */
import { join } from 'node:path';
import { FirmwareAir } from '../firmware/firmware-air.ts';
import { RealTimeRunner } from '../mesh/real-time-runner.ts';
import { resolveFirmwareBinary } from './firmware-nodes.ts';
import { type BuiltScenario, buildScenario } from './run-scenario.ts';
import type { Scenario } from './scenario.ts';
import { type SimResult, summarise } from './sim-result.ts';

const MINUTE_MS = 60_000;

export interface LiveRunOptions {
  /** Nodes whose engines real gateways provide (attached nodes). */
  withoutEngines?: readonly number[];
  /** Folder for the firmware nodes' flash. */
  workDir: string;
  /** Keep who received each packet (for comparisons). */
  keepDeliveries?: boolean;
  onWarning?: (text: string) => void;
  /** Firmware processes started so far. */
  onFirmwareStarted?: (done: number, total: number) => void;
}

/** What the firmware bridge measured, added to a live run's result. */
export interface FirmwareFigures {
  nodes: number;
  binaries: string[];
  transmissions: number;
  injections: number;
  unreadable: number;
  /** How late the bridge wrote a packet into a firmware node after its reception ended on the medium, ms. */
  bridgeLatenessMs: Percentiles;
  /** How long firmware nodes took from hearing a packet to handing it to their phone, ms (their own processing). */
  firmwareHandlingMs: Percentiles;
}

interface Percentiles {
  p50: number | null;
  p99: number | null;
  max: number | null;
  samples: number;
}

function percentiles(samples: readonly number[]): Percentiles {
  const sorted = Float64Array.from(samples).sort();
  const at = (p: number) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number) : null);
  return { p50: at(0.5), p99: at(0.99), max: sorted.length ? Math.round(sorted[sorted.length - 1] as number) : null, samples: sorted.length };
}

export class LiveRun {
  readonly built: BuiltScenario;
  readonly runner: RealTimeRunner;
  readonly air: FirmwareAir | undefined;
  private readonly upByMinute: number[] = [];
  private startedAtWallMs = 0;

  constructor(
    readonly scenario: Scenario,
    options: LiveRunOptions,
  ) {
    this.built = buildScenario(scenario, {
      withoutEngines: options.withoutEngines ?? [],
      epochMs: Date.now(),
      keepDeliveries: options.keepDeliveries ?? false,
    });
    this.runner = new RealTimeRunner(this.built.sim);
    const specs = [...this.built.firmware].map(([id, binary]) => ({
      id,
      binary: resolveFirmwareBinary(scenario.name, binary),
      role: this.built.nodes.find((n) => n.id === id)?.role ?? 'CLIENT',
    }));
    this.air = specs.length
      ? new FirmwareAir(this.built.sim, specs, {
          workDir: join(options.workDir, 'firmware'),
          runner: this.runner,
          preset: scenario.preset,
          hopLimit: scenario.hopLimit,
          region: scenario.region,
          ...(options.onWarning ? { onWarning: options.onWarning } : {}),
          ...(options.onFirmwareStarted ? { onProgress: options.onFirmwareStarted } : {}),
        })
      : undefined;
    const { sim, endMs } = this.built;
    for (let minute = 1; minute * MINUTE_MS <= endMs; minute++)
      sim.at(minute * MINUTE_MS, () => this.upByMinute.push(this.built.nodes.filter((n) => sim.isUp(n.id)).length));
  }

  get endMs(): number {
    return this.built.endMs;
  }

  /** Start the firmware processes (before the mesh starts, so every node is on the air from minute 0). */
  async prepare(): Promise<void> {
    await this.air?.start();
  }

  /** Simulated time starts following the clock (once: a later call changes nothing). */
  begin(): void {
    if (this.runner.running) return;
    this.startedAtWallMs = Date.now();
    this.air?.open();
    this.runner.start();
  }

  /** Stop the clock and measure; then close(). */
  finish(): SimResult & { firmware?: FirmwareFigures } {
    this.runner.catchUp();
    this.runner.stop();
    const { sim, nodes, gateways, convergence, failures } = this.built;
    const result = summarise({
      scenario: this.scenario,
      sim,
      nodes,
      gateways,
      convergence,
      failures,
      upByMinute: this.upByMinute.length ? this.upByMinute : [nodes.filter((n) => sim.isUp(n.id)).length],
      events: this.runner.events,
      wallSeconds: (Date.now() - this.startedAtWallMs) / 1000,
    });
    return this.air ? { ...result, firmware: this.firmwareFigures(this.air) } : result;
  }

  async close(): Promise<void> {
    this.runner.stop();
    this.built.gateways?.close();
    await this.air?.close();
  }

  private firmwareFigures(air: FirmwareAir): FirmwareFigures {
    return {
      nodes: this.built.firmware.size,
      binaries: [...new Set(this.built.firmware.values())],
      transmissions: air.stats.transmissions,
      injections: air.stats.injections,
      unreadable: air.stats.unreadable,
      bridgeLatenessMs: percentiles(air.stats.latenessMs),
      firmwareHandlingMs: percentiles(air.stats.handlingMs),
    };
  }
}

/** Whether any node of the scenario runs the real firmware (then it can only run in real time). */
export function hasFirmwareNodes(scenario: Scenario): boolean {
  return scenario.firmware !== undefined || (scenario.nodes ?? []).some((n) => n.firmware !== undefined);
}

/**
 * Run a scenario with firmware nodes in real time from start to end (or until `stop` resolves), and measure it.
 * Its firmware nodes' flash lives in `workDir` while it runs.
 */
export async function runScenarioLive(
  scenario: Scenario,
  options: LiveRunOptions & {
    onProgress?: (minute: number, totalMinutes: number) => void;
    stop?: Promise<void>;
    /** Sees the scenario once built (to observe its simulation); what it returns runs after the last minute. */
    onBuilt?: (built: BuiltScenario) => (() => void) | undefined;
  },
): Promise<SimResult & { firmware?: FirmwareFigures }> {
  const live = new LiveRun(scenario, options);
  const atEnd = options.onBuilt?.(live.built);
  try {
    await live.prepare();
    const total = Math.ceil(scenario.durationMinutes);
    for (let minute = 1; minute <= total; minute++) live.built.sim.at(Math.min(live.endMs, minute * MINUTE_MS), () => options.onProgress?.(minute, total));
    live.begin();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([new Promise((resolve) => (timer = setTimeout(resolve, live.endMs))), options.stop ?? new Promise(() => {})]);
    // Stopped early (Ctrl-C): the end-of-run timer must not keep the process alive.
    clearTimeout(timer);
    const result = live.finish();
    atEnd?.();
    return result;
  } finally {
    await live.close();
  }
}
