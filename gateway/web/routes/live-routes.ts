/** The live feed (Server-Sent Events) and the Prometheus metrics. */
import { RECOVERY_META } from '../../../protocol/engine/chain-sync.ts';
import type { FastifyInstance } from 'fastify';
import type { ConnectionCounters } from '../connection-caps.ts';
import { statusOf, webErrors } from '../errors.ts';
import { quarantineSize } from '../../../store/quarantine.ts';
import type { WebDeps } from '../web-deps.ts';

export function liveRoutes(deps: WebDeps) {
  return async (app: FastifyInstance) => {
    app.get('/events', { schema: { summary: 'Server-Sent Events: alert, alert-ack, entry, message, message-state, node, link' } }, (request, reply) => {
      const refusal = deps.hub.refusal(request.ip);
      if (refusal) {
        // Closed after the answer, so a refused stream does not go on holding one of the connections.
        const busy = webErrors.MESHLOOM_ERR_BUSY(refusal);
        return reply.code(statusOf(busy)).header('connection', 'close').send({ error: busy.code, message: busy.message });
      }
      reply.hijack();
      deps.hub.add(reply.raw, request.ip);
      request.raw.on('close', () => reply.raw.end());
    });
  };
}

export function metricsRoute(deps: WebDeps, connections: ConnectionCounters) {
  return async (app: FastifyInstance) => {
    app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
      const { gateway } = deps;
      const engine = gateway.engine;
      const now = deps.now();
      const counters = engine?.counters() ?? {};
      const rejected = Object.entries(counters).filter(([name]) => name.startsWith('rejected_'));
      const lines = [
        '# HELP meshloom_packets_in_total Packets heard from the radio.',
        '# TYPE meshloom_packets_in_total counter',
        `meshloom_packets_in_total ${gateway.counters.packetsIn}`,
        '# HELP meshloom_packets_out_total Packets handed to the radio.',
        '# TYPE meshloom_packets_out_total counter',
        `meshloom_packets_out_total ${gateway.counters.packetsOut}`,
        '# HELP meshloom_airtime_used_ms Own airtime in the last hour.',
        '# TYPE meshloom_airtime_used_ms gauge',
        `meshloom_airtime_used_ms ${engine ? engine.budget.usedMs(now).toFixed(0) : 0}`,
        '# HELP meshloom_airtime_budget_ms Airtime allowed per hour.',
        '# TYPE meshloom_airtime_budget_ms gauge',
        `meshloom_airtime_budget_ms ${engine?.budget.budgetMs ?? 0}`,
        '# HELP meshloom_radio_queue_depth Packets waiting for the radio.',
        '# TYPE meshloom_radio_queue_depth gauge',
        `meshloom_radio_queue_depth ${gateway.session.queuedCount}`,
        '# HELP meshloom_sync_lag_entries Entries peers told of that this gateway does not hold yet.',
        '# TYPE meshloom_sync_lag_entries gauge',
        `meshloom_sync_lag_entries ${engine?.syncLag(deps.now()) ?? 0}`,
        '# HELP meshloom_ledger_entries Entries in the ledger.',
        '# TYPE meshloom_ledger_entries gauge',
        `meshloom_ledger_entries ${gateway.store.views.entryCount()}`,
        '# HELP meshloom_sse_clients Pages connected to the live feed.',
        '# TYPE meshloom_sse_clients gauge',
        `meshloom_sse_clients ${deps.hub.size}`,
        '# HELP meshloom_sse_dropped_total Live streams dropped because the page stopped reading.',
        '# TYPE meshloom_sse_dropped_total counter',
        `meshloom_sse_dropped_total ${deps.hub.counters.dropped}`,
        '# HELP meshloom_refused_total Connections and live streams refused at a cap.',
        '# TYPE meshloom_refused_total counter',
        `meshloom_refused_total{what="connection"} ${connections.refused}`,
        `meshloom_refused_total{what="stream"} ${deps.hub.counters.refused}`,
        '# HELP meshloom_quarantined_rows Stored rows found unreadable at start-up and set aside.',
        '# TYPE meshloom_quarantined_rows gauge',
        `meshloom_quarantined_rows ${quarantineSize(gateway.store)}`,
        '# HELP meshloom_rejected_total Messages rejected, by reason.',
        '# TYPE meshloom_rejected_total counter',
        ...rejected.map(([name, value]) => `meshloom_rejected_total{reason="${name.slice('rejected_'.length)}"} ${value}`),
        '# HELP meshloom_radio_skipped_total Frames from a newer firmware skipped because this version cannot read them.',
        '# TYPE meshloom_radio_skipped_total counter',
        `meshloom_radio_skipped_total{what="unknown_variant"} ${gateway.session.skipped.unknownVariants}`,
        '# HELP meshloom_implicit_acks_total How the radio settled our want_ack broadcasts: a neighbour heard relaying them, or its resends spent.',
        '# TYPE meshloom_implicit_acks_total counter',
        `meshloom_implicit_acks_total{outcome="acked"} ${counters.implicit_acks_acked ?? 0}`,
        `meshloom_implicit_acks_total{outcome="missed"} ${counters.implicit_acks_missed ?? 0}`,
        '# HELP meshloom_link_up 1 while the radio link is ready.',
        '# TYPE meshloom_link_up gauge',
        `meshloom_link_up ${gateway.link.state === 'ready' ? 1 : 0}`,
        '# HELP meshloom_recovering 1 while the gateway gets its own ledger back from its neighbours (after a lost disk).',
        '# TYPE meshloom_recovering gauge',
        `meshloom_recovering ${gateway.store.getMeta(RECOVERY_META) === undefined ? 0 : 1}`,
        '# HELP meshloom_held_submissions Entries kept while recovering, to be recorded once the ledger is back.',
        '# TYPE meshloom_held_submissions gauge',
        `meshloom_held_submissions ${gateway.store.heldSubmissions().length}`,
        ...federationMetrics(deps),
      ];
      return reply.type('text/plain; version=0.0.4').send(`${lines.join('\n')}\n`);
    });
  };
}

function federationMetrics(deps: WebDeps): string[] {
  const status = deps.federation?.();
  if (!status) return [];
  const ignored = Object.entries(status.sync).filter(([name]) => name !== 'framesIn' && name !== 'framesOut');
  return [
    '# HELP meshloom_federation_connected 1 while the MQTT broker is connected.',
    '# TYPE meshloom_federation_connected gauge',
    `meshloom_federation_connected ${status.connected ? 1 : 0}`,
    '# HELP meshloom_federation_outbox Messages waiting for the broker.',
    '# TYPE meshloom_federation_outbox gauge',
    `meshloom_federation_outbox ${status.outboxSize}`,
    '# HELP meshloom_federation_frames_total Federation frames, by direction.',
    '# TYPE meshloom_federation_frames_total counter',
    `meshloom_federation_frames_total{direction="in"} ${status.sync.framesIn}`,
    `meshloom_federation_frames_total{direction="out"} ${status.sync.framesOut}`,
    '# HELP meshloom_federation_ignored_total Federation frames ignored, by reason.',
    '# TYPE meshloom_federation_ignored_total counter',
    ...ignored.map(([reason, value]) => `meshloom_federation_ignored_total{reason="${reason}"} ${value}`),
    '# HELP meshloom_mqtt_packets_total Meshtastic packets through MQTT, by what happened to them.',
    '# TYPE meshloom_mqtt_packets_total counter',
    ...Object.entries(status.meshtastic).map(([what, value]) => `meshloom_mqtt_packets_total{what="${what}"} ${value}`),
  ];
}
