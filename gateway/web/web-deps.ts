/** What the route plugins share: the gateway, who may write, the event stream. */
import type { Gateway } from '../service/gateway.ts';
import type { EventHub } from './event-hub.ts';
import type { OperatorAuth } from './operator-auth.ts';

import type { FederationStatus } from '../federation/start-federation.ts';

export interface WebDeps {
  gateway: Gateway;
  auth: OperatorAuth;
  hub: EventHub;
  label: string;
  startedAtMs: number;
  now: () => number;
  /** The federation's state, when this gateway has joined one. */
  federation?: () => FederationStatus | undefined;
}

/** Labels of the gateways whose keys we hold, by node number, for "who said this". */
export function authorLabels(deps: WebDeps): Map<number, string> {
  return new Map(deps.gateway.store.listAuthors().map((a) => [a.author, a.label]));
}

/** What a node calls itself, looked up one node at a time (a map of every node per message cost 75 s in a flood). */
export type NodeNames = (num: number) => string | undefined;

export function nodeNames(deps: WebDeps): NodeNames {
  return (num) => deps.gateway.session.nodes.get(num)?.info.user?.longName || undefined;
}
