/**
 * Poisson arrivals scheduled one at a time: each arrival books the next when it happens, so a run of an hour
 * with a packet a second per node keeps one pending event per node in the queue, not the whole hour's worth.
 */
import type { MeshSimulation } from '../mesh/mesh-simulation.ts';

export function poissonArrivals(sim: MeshSimulation, meanMs: number, endMs: number, random: () => number, each: (atMs: number) => void): void {
  const gap = () => -Math.log(1 - random()) * meanMs;
  const book = (atMs: number) => {
    if (atMs >= endMs) return;
    sim.at(atMs, () => {
      each(atMs);
      book(atMs + gap());
    });
  };
  book(gap());
}
