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

/** Names of the nodes we know, by node number. */
export function nodeNames(deps: WebDeps): Map<number, string> {
  return new Map(deps.gateway.session.nodes.list().map((n) => [n.info.num, n.info.user?.longName ?? '']));
}
