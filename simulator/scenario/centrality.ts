/**
 * Betweenness centrality (Brandes) of the radio graph: how many shortest paths between other nodes run through
 * a node. Knocking out the top ones is the failure that hurts a mesh most. Past `exactUpTo` nodes, the paths
 * from a seeded sample of sources stand in for all of them, which keeps a 10,000-node graph to seconds.
 */
import { seeded } from '../seeded-random.ts';

export function betweenness(
  nodes: readonly number[],
  neighbours: (node: number) => readonly number[],
  options: { exactUpTo?: number; samples?: number; seed?: number } = {},
): Map<number, number> {
  const score = new Map<number, number>(nodes.map((n) => [n, 0]));
  const exact = nodes.length <= (options.exactUpTo ?? 2_000);
  const sources = exact ? nodes : sample(nodes, options.samples ?? 300, seeded(options.seed ?? 1));
  for (const s of sources) {
    const stack: number[] = [];
    const predecessors = new Map<number, number[]>();
    const paths = new Map<number, number>([[s, 1]]);
    const distance = new Map<number, number>([[s, 0]]);
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] as number;
      stack.push(v);
      for (const w of neighbours(v)) {
        if (!distance.has(w)) {
          distance.set(w, (distance.get(v) as number) + 1);
          queue.push(w);
        }
        if (distance.get(w) === (distance.get(v) as number) + 1) {
          paths.set(w, (paths.get(w) ?? 0) + (paths.get(v) as number));
          const list = predecessors.get(w);
          if (list) list.push(v);
          else predecessors.set(w, [v]);
        }
      }
    }
    const dependency = new Map<number, number>();
    while (stack.length > 0) {
      const w = stack.pop() as number;
      for (const v of predecessors.get(w) ?? []) {
        const share = ((paths.get(v) as number) / (paths.get(w) as number)) * (1 + (dependency.get(w) ?? 0));
        dependency.set(v, (dependency.get(v) ?? 0) + share);
      }
      if (w !== s) score.set(w, (score.get(w) ?? 0) + (dependency.get(w) ?? 0));
    }
  }
  return score;
}

/** The `count` nodes with the highest betweenness, ties broken by node number. */
export function mostCentral(scores: Map<number, number>, count: number): number[] {
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, count)
    .map(([node]) => node);
}

function sample(nodes: readonly number[], count: number, random: () => number): number[] {
  const pool = [...nodes];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
  }
  return pool.slice(0, count);
}
