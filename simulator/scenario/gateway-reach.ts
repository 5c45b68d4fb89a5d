/**
 * Which gateways the radio links could ever join: two gateways reach each other when some path of links (each
 * above the receiver's sensitivity) is short enough for the hop limit, and reach passes on through gateways,
 * which answer for what they hold. Convergence and alert reach are judged within such a group: a gateway no
 * packet can reach is the layout's limit, not the protocol's, and is reported apart.
 */
export function gatewayGroups(gateways: readonly number[], neighbours: (node: number) => readonly number[], hopLimit: number): number[][] {
  const within = new Map<number, Set<number>>();
  for (const gateway of gateways) within.set(gateway, reachedWithin(gateway, neighbours, hopLimit + 1));
  const groups: number[][] = [];
  const placed = new Set<number>();
  for (const start of gateways) {
    if (placed.has(start)) continue;
    const group: number[] = [];
    const todo = [start];
    placed.add(start);
    while (todo.length > 0) {
      const gateway = todo.pop() as number;
      group.push(gateway);
      for (const other of gateways) {
        if (placed.has(other)) continue;
        // Either way round: links are not symmetric, and one direction is enough to carry a request or an answer.
        if (within.get(gateway)?.has(other) || within.get(other)?.has(gateway)) {
          placed.add(other);
          todo.push(other);
        }
      }
    }
    groups.push(group.sort((a, b) => a - b));
  }
  return groups;
}

/** Nodes `from` reaches over at most `edges` links. */
function reachedWithin(from: number, neighbours: (node: number) => readonly number[], edges: number): Set<number> {
  const seen = new Set([from]);
  let frontier = [from];
  for (let step = 0; step < edges && frontier.length > 0; step++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (const neighbour of neighbours(node)) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return seen;
}
