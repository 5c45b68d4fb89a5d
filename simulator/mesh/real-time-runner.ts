/**
 * Runs a simulation alongside the wall clock, for meshes with live parts (gateways on virtual radios, firmware
 * processes): simulated time follows the clock, and the runner wakes when the next event is due (a transmission
 * ending, a timer), so what live parts hear is late by timer slack only, not by a polling period.
 */
import { realClock, type Clock } from '../clock.ts';
import type { MeshSimulation } from './mesh-simulation.ts';

/** Longest sleep between catch-ups, so events booked from outside the queue are never waited on for long. */
const MAX_SLEEP_MS = 50;

export class RealTimeRunner {
  /** Events the simulation ran so far. */
  events = 0;
  private startedAtMs: number | undefined;
  private cancel: (() => void) | undefined;

  constructor(
    private readonly sim: MeshSimulation,
    private readonly clock: Clock = realClock,
  ) {}

  get running(): boolean {
    return this.startedAtMs !== undefined;
  }

  /** Simulated time follows the clock from now on. */
  start(): void {
    if (this.startedAtMs !== undefined) return;
    this.startedAtMs = this.clock.nowMs() - this.sim.nowMs;
    this.wake();
  }

  /** Bring simulated time up to the clock (before booking something that happens "now"). */
  catchUp(): void {
    if (this.startedAtMs !== undefined) this.events += this.sim.run(this.clock.nowMs() - this.startedAtMs);
  }

  /** Something was booked from outside: wake in time for it. */
  reschedule(): void {
    if (this.startedAtMs === undefined) return;
    this.cancel?.();
    this.sleep();
  }

  stop(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.startedAtMs = undefined;
  }

  private readonly wake = (): void => {
    this.catchUp();
    this.sleep();
  };

  private sleep(): void {
    const next = this.sim.nextEventMs;
    const dueInMs = next === undefined ? MAX_SLEEP_MS : next - this.sim.nowMs;
    this.cancel = this.clock.schedule(Math.max(1, Math.min(MAX_SLEEP_MS, dueInMs)), this.wake);
  }
}
