/** What anyone on the LAN may read: status, alerts, the ledger and its totals, needs, nodes, chat. */
import type { FastifyInstance } from 'fastify';
import type { FederationStatus } from '../../federation/start-federation.ts';
import { Category, MsgType } from '../../../protocol/app/messages.ts';
import { fromMinute, toMinute } from '../../../protocol/app/meshloom-time.ts';
import { nodeId } from '../../../protocol/meshtastic/node-db.ts';
import { alertJson, checkInJson, ENUMS, entryJson, needJson, enumName, enumValue, messageJson, names, nodeJson } from '../api-views.ts';
import { alertSchema, checkInsSchema, entrySchema, needSchema, messageSchema, nodeSchema, statusSchema, totalsSchema } from '../schemas.ts';
import { authorLabels, nodeNames, type WebDeps } from '../web-deps.ts';
import { brokerForDisplay } from '../../federation/federation-options.ts';
import { quarantineSize } from '../../../store/quarantine.ts';
import { RECOVERY_META } from '../../../protocol/engine/chain-sync.ts';
import type { LedgerStore } from '../../../store/ledger-store.ts';

/** Closed needs and offers stay on the page this long, so the asker sees what became of theirs. */
const CLOSED_SHOWN_MINUTES = 3 * 24 * 60;
const DAY_MS = 86_400_000;

/** The operator's meta key for "count check-ins from this time" (milliseconds). */
export const CHECK_IN_SINCE_META = 'check_in_since';

/** Check-ins count from the time the operator set, else from the newest alert in force, else over the last day. */
function checkInStart(deps: WebDeps): { ms: number; reason: 'operator' | 'alert' | 'day'; alertHeadline: string | null } {
  const set = deps.gateway.store.getMeta(CHECK_IN_SINCE_META);
  if (set !== undefined) return { ms: Number(set), reason: 'operator', alertHeadline: null };
  const now = deps.now();
  const newest = deps.gateway.store
    .alerts()
    .filter((a) => !a.superseded && a.body.msgType !== MsgType.CANCEL && fromMinute(a.body.expiresMinute) > now)
    .sort((a, b) => b.body.sentMinute - a.body.sentMinute)[0];
  if (newest) return { ms: fromMinute(newest.body.sentMinute), reason: 'alert', alertHeadline: newest.body.headline };
  return { ms: now - DAY_MS, reason: 'day', alertHeadline: null };
}

const PERIOD_MS = { today: 0, week: 7 * 86_400_000, all: Number.POSITIVE_INFINITY } as const;

export function readRoutes(deps: WebDeps) {
  return async (app: FastifyInstance) => {
    const { gateway } = deps;

    app.get('/status', { schema: { summary: 'Link, queue, airtime and sync state of this gateway', response: { 200: statusSchema } } }, async () => {
      const engine = gateway.engine;
      const link = gateway.link;
      const now = deps.now();
      return {
        gateway: {
          id: engine ? nodeId(engine.author) : null,
          radio: engine ? nodeId(engine.nodeNum) : null,
          label: deps.label,
          started: new Date(deps.startedAtMs).toISOString(),
        },
        link: { state: link.state, description: link.description ?? null, lastHeard: link.lastHeardMs ? new Date(link.lastHeardMs).toISOString() : null },
        queue: { radio: gateway.session.queuedCount },
        airtime: { usedMs: engine ? engine.budget.usedMs(now) : 0, budgetMs: engine?.budget.budgetMs ?? 0 },
        syncLag: engine?.syncLag(now) ?? 0,
        entries: gateway.store.views.entryCount(),
        sseClients: deps.hub.size,
        secretRequired: deps.auth.secretRequired,
        quarantined: quarantineSize(gateway.store),
        recovery: recoveryStatus(gateway.store, engine?.recoveryPeersHeard ?? false, engine?.checkingStart ?? false),
        federation: federationSummary(deps.federation?.()),
      };
    });

    app.get(
      '/alerts',
      {
        schema: {
          summary: 'Alerts, active by default',
          querystring: { type: 'object', additionalProperties: false, properties: { state: { type: 'string', enum: ['active', 'all'] } } },
          response: { 200: { type: 'array', items: alertSchema } },
        },
      },
      async (request) => {
        const { state } = request.query as { state?: 'active' | 'all' };
        const now = deps.now();
        const labels = authorLabels(deps);
        const all = gateway.store.alerts().map((a) => alertJson(a, now, labels, gateway.store.ackers(a.author, a.body.id)));
        return state === 'all' ? all : all.filter((a) => a.active);
      },
    );

    app.get(
      '/ledger',
      {
        schema: {
          summary: 'The ledger as recorded, newest first',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              kind: { type: 'string', enum: names(ENUMS.Kind) },
              category: { type: 'string', enum: names(ENUMS.Category) },
              member: { type: 'string', maxLength: 42 },
              since: { type: 'string', format: 'date-time' },
              until: { type: 'string', format: 'date-time' },
              limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
              offset: { type: 'integer', minimum: 0, maximum: 1_000_000_000, default: 0 },
            },
          },
          response: { 200: { type: 'array', items: entrySchema } },
        },
      },
      async (request) => {
        const q = request.query as { kind?: string; category?: string; member?: string; since?: string; until?: string; limit: number; offset: number };
        const labels = authorLabels(deps);
        const rows = gateway.store.views.list({
          ...(q.kind ? { kind: enumValue(ENUMS.Kind, q.kind) as number } : {}),
          ...(q.category ? { category: enumValue(ENUMS.Category, q.category) as number } : {}),
          ...(q.member ? { member: q.member } : {}),
          ...(q.since ? { sinceMinute: toMinute(Date.parse(q.since)) } : {}),
          ...(q.until ? { untilMinute: toMinute(Date.parse(q.until)) } : {}),
          limit: q.limit,
          offset: q.offset,
        });
        return rows.map((r) => entryJson(r, labels));
      },
    );

    app.get(
      '/totals',
      {
        schema: {
          summary: 'What the neighbourhood did for each other, per category',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { period: { type: 'string', enum: ['today', 'week', 'all'], default: 'all' } },
          },
          response: { 200: totalsSchema },
        },
      },
      async (request) => {
        const { period } = request.query as { period: keyof typeof PERIOD_MS };
        const now = deps.now();
        const sinceMs = period === 'all' ? undefined : period === 'today' ? new Date(now).setHours(0, 0, 0, 0) : now - PERIOD_MS.week;
        const totals = gateway.store.views.totals(sinceMs === undefined ? 0 : toMinute(sinceMs));
        return {
          period,
          since: sinceMs === undefined ? null : new Date(sinceMs).toISOString(),
          totals: totals.map((t) => ({
            category: enumName(Category, t.category),
            unit: enumName(ENUMS.Unit, t.unit),
            quantity: t.quantity,
            entries: t.entries,
          })),
        };
      },
    );

    app.get(
      '/balances',
      {
        schema: {
          summary: 'Participation credits per member',
          response: { 200: { type: 'array', items: { type: 'object', properties: { member: { type: 'string' }, balance: { type: 'number' } } } } },
        },
      },
      async () => [...gateway.store.views.balances()].map(([member, balance]) => ({ member, balance })).sort((a, b) => b.balance - a.balance),
    );

    app.get('/needs-offers', { schema: { summary: 'Needs and offers still open', response: { 200: { type: 'array', items: entrySchema } } } }, async () => {
      const labels = authorLabels(deps);
      return gateway.store.views.openNeedsAndOffers().map((row) => entryJson(row, labels));
    });

    app.get(
      '/needs',
      {
        schema: {
          summary: 'Needs and offers with what became of them: open, taken, and those closed in the last three days',
          response: { 200: { type: 'array', items: needSchema } },
        },
      },
      async () => {
        const labels = authorLabels(deps);
        const nowMinute = toMinute(deps.now());
        return gateway.store.views.needsAndOffers(nowMinute, nowMinute - CLOSED_SHOWN_MINUTES).map((row) => needJson(row, labels));
      },
    );

    app.get(
      '/check-ins',
      {
        schema: {
          summary: "Each household's latest check-in since a time: the operator's, else the latest alert's, else the last day",
          querystring: { type: 'object', additionalProperties: false, properties: { since: { type: 'string', format: 'date-time' } } },
          response: { 200: checkInsSchema },
        },
      },
      async (request) => {
        const { since } = request.query as { since?: string };
        const start = since ? { ms: Date.parse(since), reason: 'asked' as const, alertHeadline: null } : checkInStart(deps);
        const labels = authorLabels(deps);
        const households = gateway.store.views.checkIns(toMinute(start.ms)).map((row) => checkInJson(row, labels));
        return {
          since: new Date(start.ms).toISOString(),
          sinceReason: start.reason,
          alertHeadline: start.alertHeadline,
          safe: households.filter((h) => h.status === 'safe').length,
          needHelp: households.filter((h) => h.status === 'need_help').length,
          households,
        };
      },
    );

    app.get(
      '/nodes',
      {
        schema: {
          summary: 'Nodes of the mesh this gateway has heard, most recently heard first; x-total-count says how many in all',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              limit: { type: 'integer', minimum: 1, maximum: 500, default: 200 },
              offset: { type: 'integer', minimum: 0, maximum: 1_000_000_000, default: 0 },
            },
          },
          response: { 200: { type: 'array', items: nodeSchema } },
        },
      },
      async (request, reply) => {
        const { limit, offset } = request.query as { limit: number; offset: number };
        const labels = authorLabels(deps);
        const self = gateway.session.myNodeNum;
        // The table is kept in the order nodes were heard; the stable sort keeps that order within a second.
        const all = gateway.session.nodes
          .list()
          .reverse()
          .sort((a, b) => b.info.lastHeard - a.info.lastHeard);
        reply.header('x-total-count', String(all.length));
        return all.slice(offset, offset + limit).map((n) => nodeJson(n.info, n.rssiDbm, labels, self));
      },
    );

    app.get(
      '/messages',
      {
        schema: {
          summary: 'Channel chat, oldest first',
          querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 } } },
          response: { 200: { type: 'array', items: messageSchema } },
        },
      },
      async (request) => {
        const { limit } = request.query as { limit: number };
        const names = nodeNames(deps);
        return gateway.messages.recent(limit).map((m) => messageJson(m, names));
      },
    );
  };
}

function federationSummary(status: FederationStatus | undefined) {
  if (!status)
    return { enabled: false, connected: false, broker: null, name: null, outboxSize: 0, framesIn: 0, framesOut: 0, ignored: 0, uplinked: 0, downlinked: 0 };
  const { sync, meshtastic } = status;
  return {
    enabled: true,
    connected: status.connected,
    // Credentials in the URL stay on the gateway.
    broker: brokerForDisplay(status.broker),
    name: status.federation,
    outboxSize: status.outboxSize,
    framesIn: sync.framesIn,
    framesOut: sync.framesOut,
    ignored: sync.untrusted + sync.forged + sync.malformed + sync.keyMismatch,
    uplinked: meshtastic.uplinked,
    downlinked: meshtastic.downlinked,
  };
}

function recoveryStatus(store: LedgerStore, peersHeard: boolean, checking: boolean) {
  const since = store.getMeta(RECOVERY_META);
  return {
    recovering: since !== undefined,
    checking,
    since: since ? new Date(Number(since)).toISOString() : null,
    held: store.heldSubmissions().length,
    peersHeard,
  };
}
