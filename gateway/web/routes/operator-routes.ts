/** Operators raise, update and cancel alerts; they log in with the operator password first. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MsgType, Scope } from '../../../protocol/app/messages.ts';
import { nodeId } from '../../../protocol/meshtastic/node-db.ts';
import type { AlertInput } from '../../../protocol/engine/alert-flow.ts';
import { ENUMS, alertJson, enumValue } from '../api-views.ts';
import { webErrors } from '../errors.ts';
import { joinLink } from '../join-link.ts';
import { OPERATOR_ONLY, alertSchema, errorSchema, loginSchema, newAlertSchema } from '../schemas.ts';
import { authorLabels, type WebDeps } from '../web-deps.ts';
import { WRITE_RATE_LIMIT } from './write-routes.ts';
import { CHECK_IN_SINCE_META } from './read-routes.ts';

interface NewAlertBody {
  headline: string;
  event?: string;
  instruction?: string;
  area?: string;
  severity: string;
  urgency?: string;
  certainty?: string;
  category?: string;
  response?: string;
  scope?: string;
  expiresInMinutes?: number;
}

const DEFAULT_EXPIRY_MINUTES = 6 * 60;

export function operatorRoutes(deps: WebDeps) {
  return async (app: FastifyInstance) => {
    const requireOperator = async (request: FastifyRequest) => deps.auth.checkOperator(request.headers.authorization);
    const alertResponse = { 201: alertSchema, 400: errorSchema, 401: errorSchema, 404: errorSchema, 503: errorSchema };

    app.post(
      '/operator/login',
      {
        config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
        schema: {
          summary: 'Exchange the operator password for a token (send it as "Authorization: Bearer TOKEN")',
          body: loginSchema,
          response: {
            200: { type: 'object', properties: { token: { type: 'string' }, expiresAt: { type: 'string' } } },
            401: errorSchema,
            429: errorSchema,
            503: errorSchema,
          },
        },
      },
      async (request) => {
        const { token, expiresAtMs } = await deps.auth.login((request.body as { password: string }).password);
        return { token, expiresAt: new Date(expiresAtMs).toISOString() };
      },
    );

    app.put(
      '/operator/check-in-since',
      {
        preHandler: requireOperator,
        schema: {
          security: OPERATOR_ONLY,
          summary: 'Count check-ins from this time on (null: from the latest alert, or over the last day)',
          body: {
            type: 'object',
            additionalProperties: false,
            required: ['since'],
            properties: { since: { type: ['string', 'null'], format: 'date-time' } },
          },
          response: { 200: { type: 'object', properties: { since: { type: ['string', 'null'] } } }, 400: errorSchema, 401: errorSchema },
        },
      },
      async (request) => {
        const { since } = request.body as { since: string | null };
        if (since === null) deps.gateway.store.deleteMeta(CHECK_IN_SINCE_META);
        else deps.gateway.store.setMeta(CHECK_IN_SINCE_META, String(Date.parse(since)));
        return { since };
      },
    );

    app.get(
      '/operator/join',
      {
        preHandler: requireOperator,
        schema: {
          security: OPERATOR_ONLY,
          summary: 'The link and QR code (SVG) that let a neighbour join: the page with the neighbourhood secret',
          response: {
            200: {
              type: 'object',
              properties: {
                secretRequired: { type: 'boolean' },
                secret: { type: ['string', 'null'] },
                url: { type: 'string' },
                svg: { type: ['string', 'null'] },
              },
            },
            401: errorSchema,
          },
        },
      },
      async (request) => {
        const page = `http://${request.headers.host}/`;
        if (!deps.auth.secret) return { secretRequired: false, secret: null, url: page, svg: null };
        const link = await joinLink(page, deps.auth.secret);
        return { secretRequired: true, secret: deps.auth.secret, url: link.url, svg: link.svg };
      },
    );

    const post = (msgType: number, references: number[], body: NewAlertBody) => {
      const input: AlertInput = {
        headline: body.headline.trim(),
        event: body.event?.trim() ?? '',
        instruction: body.instruction?.trim() ?? '',
        area: body.area?.trim() ?? '',
        severity: enumValue(ENUMS.Severity, body.severity) as AlertInput['severity'],
        urgency: (enumValue(ENUMS.Urgency, body.urgency ?? 'immediate') ?? 1) as AlertInput['urgency'],
        certainty: (enumValue(ENUMS.Certainty, body.certainty ?? 'observed') ?? 1) as AlertInput['certainty'],
        category: (enumValue(ENUMS.AlertCategory, body.category ?? 'safety') ?? 0) as AlertInput['category'],
        response: (enumValue(ENUMS.ResponseType, body.response ?? 'none') ?? 0) as AlertInput['response'],
        msgType: msgType as AlertInput['msgType'],
        references,
        ...(body.scope === 'local' ? { scope: Scope.LOCAL } : {}),
        expiresAtMs: deps.now() + (body.expiresInMinutes ?? DEFAULT_EXPIRY_MINUTES) * 60_000,
      };
      const alert = deps.gateway.postAlert(input);
      return alertJson(alert, deps.now(), authorLabels(deps), []);
    };

    app.post(
      '/operator/new-identity',
      {
        config: { rateLimit: { max: 3, timeWindow: '1 hour' } },
        preHandler: requireOperator,
        schema: {
          security: OPERATOR_ONLY,
          summary: 'Write under a new identity from now on: for a gateway whose ledger was lost and that no neighbour answers',
          description:
            "This gateway's earlier entries keep their author and key; what it records from now on is a new chain under a new author id drawn from a new key, written to the key file (back it up again). Entries kept while recovering are recorded as the new chain's first. It cannot be undone.",
          body: { type: 'object', properties: { confirm: { type: 'boolean', const: true } }, required: ['confirm'], additionalProperties: false },
          response: {
            200: { type: 'object', properties: { id: { type: 'string' }, previous: { type: 'string' }, keyFile: { type: 'string' } } },
            400: errorSchema,
            401: errorSchema,
            409: errorSchema,
            429: errorSchema,
            503: errorSchema,
          },
        },
      },
      async () => {
        if (!deps.newIdentity) throw webErrors.MESHLOOM_ERR_NOT_FOUND('this gateway has no key file to write a new identity to');
        const previous = deps.gateway.engine?.author;
        const { author, keyPath } = deps.newIdentity();
        return { id: nodeId(author), previous: previous === undefined ? '' : nodeId(previous), keyFile: keyPath };
      },
    );

    const ownAlert = (number: number) => {
      const self = deps.gateway.engine?.author;
      const alert = self === undefined ? undefined : deps.gateway.store.getAlert(self, number);
      if (!alert) throw webErrors.MESHLOOM_ERR_NOT_FOUND(`this gateway has raised no alert number ${number}`);
      return alert;
    };

    app.post(
      '/alerts',
      {
        config: { rateLimit: WRITE_RATE_LIMIT },
        preHandler: requireOperator,
        schema: { security: OPERATOR_ONLY, summary: 'Raise an alert', body: newAlertSchema, response: alertResponse },
      },
      async (request, reply) => reply.code(201).send(post(MsgType.ALERT, [], request.body as NewAlertBody)),
    );

    const numberParam = { type: 'object', properties: { number: { type: 'integer', minimum: 1 } }, required: ['number'] } as const;

    app.post(
      '/alerts/:number/update',
      {
        config: { rateLimit: WRITE_RATE_LIMIT },
        preHandler: requireOperator,
        schema: { security: OPERATOR_ONLY, summary: "Update one of this gateway's alerts", params: numberParam, body: newAlertSchema, response: alertResponse },
      },
      async (request, reply) => {
        const old = ownAlert((request.params as { number: number }).number);
        return reply.code(201).send(post(MsgType.UPDATE, [old.body.id], request.body as NewAlertBody));
      },
    );

    app.post(
      '/alerts/:number/cancel',
      {
        config: { rateLimit: WRITE_RATE_LIMIT },
        preHandler: requireOperator,
        schema: { security: OPERATOR_ONLY, summary: "Cancel one of this gateway's alerts (all clear)", params: numberParam, response: alertResponse },
      },
      async (request, reply) => {
        const old = ownAlert((request.params as { number: number }).number);
        const severity = Object.entries(ENUMS.Severity).find(([, v]) => v === old.body.severity)?.[0] ?? 'SEVERITY_UNKNOWN';
        return reply.code(201).send(
          post(MsgType.CANCEL, [old.body.id], {
            headline: `All clear: ${old.body.headline}`.slice(0, 120),
            event: old.body.event,
            area: old.body.area,
            severity: severity.replace('SEVERITY_', '').toLowerCase(),
            response: 'all_clear',
            expiresInMinutes: 60,
          }),
        );
      },
    );
  };
}
