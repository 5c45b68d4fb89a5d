/** A gateway on the embedded neighbourhood with its web app, for API tests through fastify's inject. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { startEmbeddedNeighbourhood, type EmbeddedNeighbourhood } from '../../../gateway/demo/embedded-neighbourhood.ts';
import { Gateway } from '../../../gateway/service/gateway.ts';
import { loadOrCreateKeys } from '../../../gateway/service/identity.ts';
import { virtualRadioOpener } from '../../../simulator/virtual-radio/in-process-transport.ts';
import { LedgerStore } from '../../../store/ledger-store.ts';
import { buildApp } from '../../../gateway/web/build-app.ts';
import type { ConnectionCaps } from '../../../gateway/web/connection-caps.ts';
import { EventHub } from '../../../gateway/web/event-hub.ts';
import type { GuessBudgetOptions } from '../../../gateway/web/guess-budget.ts';
import { OperatorAuth } from '../../../gateway/web/operator-auth.ts';
import { eventually } from '../../support/eventually.ts';

export interface WebFixture {
  app: FastifyInstance;
  /** A JSON POST through fastify's inject. */
  post(url: string, payload: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  gateway: Gateway;
  embedded: EmbeddedNeighbourhood;
  close(): Promise<void>;
}

export const OPERATOR_PASSWORD = 'correct horse battery staple';

export interface WebFixtureOptions {
  secret?: string;
  guesses?: GuessBudgetOptions;
  allowedHosts?: string[];
  hub?: EventHub;
  connectionCaps?: Partial<ConnectionCaps>;
}

export async function startWebFixture(options: WebFixtureOptions = {}): Promise<WebFixture> {
  const embedded = startEmbeddedNeighbourhood({ activityMs: 0, engine: { digestDebounceMs: 200, ackSpreadMs: 200 } });
  const store = new LedgerStore({ path: ':memory:' });
  const gateway = new Gateway({
    session: { open: virtualRadioOpener(embedded.hood.gatewayRadio) },
    store,
    keys: loadOrCreateKeys(store),
    label: 'Test Hood',
    engine: { digestDebounceMs: 200, ackSpreadMs: 200 },
  });
  const auth = new OperatorAuth({
    store,
    password: OPERATOR_PASSWORD,
    ...(options.secret ? { secret: options.secret } : {}),
    ...(options.guesses ? { guesses: options.guesses } : {}),
  });
  const app = await buildApp(
    { gateway, auth, hub: options.hub ?? new EventHub(), label: 'Test Hood', startedAtMs: Date.now(), now: Date.now },
    {
      ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}),
      ...(options.connectionCaps ? { connectionCaps: options.connectionCaps } : {}),
    },
  );
  gateway.start();
  await eventually('the gateway engine', () => gateway.engine !== undefined);
  return {
    app,
    post: (url, payload, headers = {}) => app.inject({ method: 'POST', url, payload: payload as object, headers }),
    gateway,
    embedded,
    close: async () => {
      await app.close();
      await gateway.close();
      await embedded.stop();
      store.close();
    },
  };
}
