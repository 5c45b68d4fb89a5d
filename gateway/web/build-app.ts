/**
 * The gateway's web server: the page, the JSON API (every route with its schemas, OpenAPI at /docs), the live
 * feed and /metrics. `buildApp` wires it; `listen()` is the caller's, so tests use `app.inject()`.
 */
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Mesh } from '@meshtastic/protobufs';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { commonErrors, MeshloomError } from '../../protocol/meshloom-error.ts';
import { nodeId } from '../../protocol/meshtastic/node-db.ts';
import { alertJson, messageJson, nodeJson } from './api-views.ts';
import { statusOf, webErrors } from './errors.ts';
import { operatorRoutes } from './routes/operator-routes.ts';
import { pageRoutes } from './routes/page-routes.ts';
import { readRoutes } from './routes/read-routes.ts';
import { liveRoutes, metricsRoute } from './routes/live-routes.ts';
import { writeRoutes } from './routes/write-routes.ts';
import { authorLabels, nodeNames, type WebDeps } from './web-deps.ts';
import { mapRoutes } from './routes/map-routes.ts';
import { plainValidation, type SchemaFailure } from './validation-message.ts';
import { hostOf, ownHostNames } from './host-check.ts';
import { CONNECTION_CAP_DEFAULTS, capConnections, type ConnectionCaps } from './connection-caps.ts';
import { timedRepeatLog } from '../../support/repeat-log.ts';
import { Throttled } from '../../support/throttled.ts';

export interface BuildAppOptions {
  /** fastify's logger (pino) settings; false for none. */
  logger?: boolean | object;
  /** A logger made by the caller (the command line's, pretty on a terminal), used instead of `logger`. */
  loggerInstance?: FastifyBaseLogger;
  /** Host names answered besides this machine's own names and addresses (see host-check.ts). */
  allowedHosts?: readonly string[];
  /** Connections held at once, in all and per address (see connection-caps.ts). */
  connectionCaps?: Partial<ConnectionCaps>;
}

export async function buildApp(deps: WebDeps, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.loggerInstance ? { loggerInstance: options.loggerInstance } : { logger: options.logger ?? false }),
    // Requests are not events; the gateway logs what matters (link, alerts, peers, rejections) itself.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 16 * 1024,
    // A field the API does not know is an error to report, not something to drop quietly.
    ajv: { customOptions: { removeAdditional: false } },
  });

  // Limits hit by a flood are logged once per kind and interval, with a count, not once per connection.
  const limitLog = timedRepeatLog((line) => app.log.warn(line));
  const connections = capConnections(app.server, { ...CONNECTION_CAP_DEFAULTS, ...options.connectionCaps }, (kind, line) =>
    limitLog.note(`connections-${kind}`, line),
  );
  deps.hub.onLimit = (kind, line) => limitLog.note(`streams-${kind}`, line);

  const ownNames = ownHostNames(options.allowedHosts);
  app.addHook('onRequest', async (request) => {
    const host = hostOf(request.headers.host);
    if (!ownNames.has(host)) throw webErrors.MESHLOOM_ERR_HOST_REFUSED(host);
  });

  // Ajv coerces "Infinity" in a query string to a number that passes `type: integer` and its bounds; no route
  // means it, and SQLite refuses it, so it is a bad request before any handler runs.
  app.addHook('preHandler', async (request) => {
    for (const [name, value] of Object.entries((request.query ?? {}) as Record<string, unknown>)) {
      if (typeof value === 'number' && !Number.isFinite(value)) throw webErrors.MESHLOOM_ERR_BAD_REQUEST(`querystring/${name} must be a finite number`);
    }
  });

  await app.register(helmet, {
    // Served over plain HTTP on a local network: no HSTS, no upgrade of requests to HTTPS.
    hsts: false,
    crossOriginEmbedderPolicy: false,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // The map library turns tiles it fetched into images through blob: URLs.
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => {
      const limited = webErrors.MESHLOOM_ERR_RATE_LIMITED(`too many requests; try again in ${Math.ceil(context.ttl / 1000)} s`);
      return { statusCode: webErrors.MESHLOOM_ERR_RATE_LIMITED.status, error: limited.code, message: limited.message };
    },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'meshloom gateway', description: 'The neighbourhood gateway API', version: '1' },
      // "Authorize" on /docs takes these, so operator routes and writes can be tried there.
      components: {
        securitySchemes: {
          operator: {
            type: 'http',
            scheme: 'bearer',
            description: 'A token from POST /api/operator/login (the operator password), valid for a while',
          },
          neighbourhood: {
            type: 'apiKey',
            in: 'header',
            name: 'x-meshloom-secret',
            description: "The neighbourhood's secret words, when the gateway asks for them before recording anything",
          },
        },
      },
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    // swagger-ui's own policy, made fit for a gateway on a plain-HTTP LAN with no internet: no upgrade to HTTPS,
    // nothing from other origins, and inline styles (swagger-ui sets some; scripts stay hashed).
    transformStaticCSP: (header: string) =>
      header
        .replace(/\s*upgrade-insecure-requests;/, '')
        .replace(/font-src [^;]*;/, "font-src 'self' data:;")
        .replace(/img-src [^;]*;/, "img-src 'self' data:;")
        .replace(/style-src [^;]*;/, "style-src 'self' 'unsafe-inline';"),
  });

  app.setErrorHandler((error: Error & { statusCode?: number; validation?: SchemaFailure[]; validationContext?: string }, _request, reply) => {
    const answer = (ours: MeshloomError, status = statusOf(ours)) => reply.code(status).send({ error: ours.code, message: ours.message });
    if (error instanceof MeshloomError) return answer(error);
    const status = error.statusCode ?? 500;
    if (error.validation) {
      const plain = plainValidation(error.validation, error.validationContext);
      return reply.code(400).send({ ...plain, error: 'MESHLOOM_ERR_BAD_REQUEST', message: plain.message });
    }
    if (status === 429) return answer(webErrors.MESHLOOM_ERR_RATE_LIMITED(error.message));
    if (status < 500) return answer(webErrors.MESHLOOM_ERR_BAD_REQUEST(error.message), status);
    reply.log.error(error);
    return answer(commonErrors.MESHLOOM_ERR_INTERNAL());
  });

  await app.register(pageRoutes);
  await app.register(readRoutes(deps), { prefix: '/api' });
  await app.register(writeRoutes(deps), { prefix: '/api' });
  await app.register(operatorRoutes(deps), { prefix: '/api' });
  await app.register(liveRoutes(deps), { prefix: '/api' });
  await app.register(metricsRoute(deps, connections));
  await app.register(mapRoutes(deps));

  const offs = forwardGatewayEvents(deps);
  // Live streams never end by themselves: ended before the server stops, or closing waits for every page to leave.
  app.addHook('preClose', async () => {
    deps.hub.close();
  });
  app.addHook('onClose', async () => {
    limitLog.stop();
    for (const off of offs) off();
  });
  return app;
}

const NODE_EVENT_INTERVAL_MS = 1_000;

/** Everything the page shows live goes out on the one SSE stream. */
function forwardGatewayEvents(deps: WebDeps): (() => void)[] {
  const { gateway, hub } = deps;
  // Every packet heard updates a node; pages only need to know that the list changed, at most once a second
  // (a flood from 30,000 senders made 30,000 events, and every open Mesh tab reloaded the list for each).
  const nodeChanges = new Throttled<Mesh.NodeInfo>(NODE_EVENT_INTERVAL_MS, (info) => {
    hub.publish('node', nodeJson(info, gateway.session.nodes.get(info.num)?.rssiDbm, authorLabels(deps), gateway.session.myNodeNum));
  });
  return [
    () => nodeChanges.cancel(),
    gateway.on('engine', (event) => {
      const labels = authorLabels(deps);
      if (event.type === 'alert') {
        hub.publish('alert', alertJson(event.alert, deps.now(), labels, gateway.store.ackers(event.alert.author, event.alert.body.id)));
      } else if (event.type === 'alert-ack') {
        hub.publish('alert-ack', { alert: `${nodeId(event.author)}/${event.id}`, acker: nodeId(event.acker) });
      } else if (event.type === 'entry') {
        hub.publish('entry', { id: `${nodeId(event.author)}/${event.seq}`, local: event.local });
      }
    }),
    gateway.on('message', (message) => hub.publish('message', messageJson(message, nodeNames(deps)))),
    gateway.on('message-state', (change) => hub.publish('message-state', change)),
    gateway.on('node', (info) => nodeChanges.note(info)),
    gateway.on('link', (link) => hub.publish('link', link)),
  ];
}
