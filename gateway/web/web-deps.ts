/** What the route plugins share: the gateway, who may write, the event stream. */
import type { Gateway } from '../service/gateway.ts';
import type { EventHub } from './event-hub.ts';
import type { OperatorAuth } from './operator-auth.ts';

import type { FederationStatus } from '../federation/start-federation.ts';
import type { TileArchive } from './tile-archive.ts';

export interface WebDeps {
  gateway: Gateway;
  auth: OperatorAuth;
  hub: EventHub;
  label: string;
  startedAtMs: number;
  now: () => number;
  /** The federation's state, when this gateway has joined one. */
  federation?: () => FederationStatus | undefined;
  /**
   * Start writing under a new identity (key file first, then the engines): the operator's way out of a recovery no
   * neighbour answers. Absent for gateways without a key file.
   */
  newIdentity?: () => { author: number; keyPath: string };
  /** The operator's offline map (`--map-tiles`), when given. */
  map?: TileArchive;
}

/** Labels of the gateways whose keys we hold, by node number, for "who said this". */
export function authorLabels(deps: WebDeps): Map<number, string> {
  const labels = new Map(deps.gateway.store.listAuthors().map((a) => [a.author, a.label]));
  // This gateway's own name is the one it was started with, whether or not its own key is on the authors list.
  const self = deps.gateway.engine?.author;
  if (self !== undefined) labels.set(self, deps.label);
  return labels;
}

/**
 * What a node is called: a gateway by its neighbourhood name (the same name the ledger uses), any other node by
 * the long name it gives itself. Both are looked up one node at a time (a map of every node per message cost
 * 75 s in a flood).
 */
export interface NodeNames {
  name(num: number): string | undefined;
  isGateway(num: number): boolean;
}

export function nodeNames(deps: WebDeps): NodeNames {
  // One row by its key per lookup: a chat flood asks this once per message, so the authors are not listed each time.
  const label = (num: number) => (num === deps.gateway.engine?.nodeNum ? deps.label : deps.gateway.store.getAuthor(num)?.label);
  return {
    name: (num) => label(num) || deps.gateway.session.nodes.get(num)?.info.user?.longName || undefined,
    isGateway: (num) => label(num) !== undefined,
  };
}
