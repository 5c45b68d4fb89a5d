/**
 * Which gateways the radio links could ever join. A gateway's packets reach another when some path of links
 * (each above the receiver's sensitivity) is short enough for the hop limit, and reach passes on through
 * gateways, which answer for what they hold. Links are not symmetric (shadowing is drawn per direction), so
 * reach has a direction: an alert can reach every gateway its author reaches, but two ledgers can agree only if
 * each side's entries can get to the other, so convergence is judged within groups that reach each other both
 * ways. A gateway outside its peers' group is the layout's limit, not the protocol's, and is reported apart.
 */

/** Per gateway, the other gateways one packet of its own gets to (a path within the hop limit). */
export function directReach(gateways: readonly number[], neighbours: (node: number) => readonly number[], hopLimit: number): Map<number, number[]> {
  const direct = new Map<number, number[]>();
  for (const gateway of gateways) {
    const within = reachedWithin(gateway, neighbours, hopLimit + 1);
    direct.set(
      gateway,
      gateways.filter((other) => other !== gateway && within.has(other)),
    );
  }
  return direct;
}

/** Per gateway, the gateways (itself included) its packets can get to, directly or passed on through gateways. */
export function gatewayReach(direct: ReadonlyMap<number, readonly number[]>): Map<number, Set<number>> {
  const gateways = [...direct.keys()];
  const reach = new Map<number, Set<number>>();
  for (const gateway of gateways) {
    const seen = new Set([gateway]);
    const todo = [gateway];
    while (todo.length > 0) {
      for (const next of direct.get(todo.pop() as number) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        todo.push(next);
      }
    }
    reach.set(gateway, seen);
  }
  return reach;
}

/**
 * How many gateways must send, one after another, for something `holders` have to get to `to`: each send
 * carries it one gateway further (1 when a holder's packets get there directly; Infinity when they never do).
 * Only gateways in `via` pass it on.
 */
export function sendsBetween(direct: ReadonlyMap<number, readonly number[]>, holders: readonly number[], to: number, via: ReadonlySet<number>): number {
  let frontier = holders.filter((h) => via.has(h));
  const seen = new Set(frontier);
  for (let sends = 1; frontier.length > 0; sends++) {
    const next: number[] = [];
    for (const gateway of frontier) {
      for (const other of direct.get(gateway) ?? []) {
        if (other === to) return sends;
        if (seen.has(other) || !via.has(other)) continue;
        seen.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return Number.POSITIVE_INFINITY;
}

/** Gateways whose packets get to each other both ways (through gateways), each group sorted. */
export function gatewayGroups(reach: ReadonlyMap<number, ReadonlySet<number>>): number[][] {
  const groups: number[][] = [];
  const placed = new Set<number>();
  for (const [gateway, reached] of reach) {
    if (placed.has(gateway)) continue;
    const group = [...reached].filter((other) => reach.get(other)?.has(gateway)).sort((a, b) => a - b);
    for (const member of group) placed.add(member);
    groups.push(group);
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
