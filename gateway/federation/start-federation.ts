/**
 * Joins a gateway to a federation over MQTT: one broker connection shared by meshloom's own sync and the
 * Meshtastic-compatible uplink/downlink. Starts once the radio has said which node this gateway is.
 */
import type { KeyPair } from '../../protocol/app/signatures.ts';
import type { Gateway } from '../service/gateway.ts';
import type { FederationOptions } from './federation-options.ts';
import { nodeId } from '../../protocol/meshtastic/node-db.ts';
import { MeshloomFederation } from './meshloom-federation.ts';
import { MeshtasticMqtt } from './meshtastic-mqtt.ts';
import { MqttConnection } from './mqtt-connection.ts';
import { MqttOutbox } from './mqtt-outbox.ts';

export interface RunningFederation {
  connection: MqttConnection;
  sync: MeshloomFederation;
  meshtastic: MeshtasticMqtt;
  outbox: MqttOutbox;
  status(): FederationStatus;
  close(): Promise<void>;
}

export interface FederationStatus {
  /** Connected to the broker, with our subscriptions confirmed. */
  connected: boolean;
  broker: string;
  federation: string;
  outboxSize: number;
  published: number;
  sync: MeshloomFederation['counters'];
  meshtastic: MeshtasticMqtt['counters'];
}

/** `log` takes news; `warn` what keeps the federation from working (a lost broker, a channel that blocks it). */
export function startFederation(
  gateway: Gateway,
  keys: KeyPair,
  options: FederationOptions,
  log: (line: string) => void,
  warn: (line: string) => void = log,
): Promise<RunningFederation> {
  return new Promise((resolve) => {
    const begin = (nodeNum: number) => {
      const outbox = new MqttOutbox(gateway.store.db);
      const connection = new MqttConnection({
        url: options.url,
        clientId: `meshloom-${options.federation}-${nodeId(nodeNum).slice(1)}`,
        ...(options.username !== undefined ? { username: options.username } : {}),
        ...(options.password !== undefined ? { password: options.password } : {}),
        ...(options.caFile ? { caFile: options.caFile } : {}),
        subscriptions: [],
        outbox,
      });
      // The Meshtastic subscriptions name the radio's channels with downlink enabled, known once it is configured.
      const meshtastic = new MeshtasticMqtt(gateway, connection, options, log);
      const sync = new MeshloomFederation(gateway, connection, keys, options, log);
      const subscribe = () => connection.setSubscriptions([MeshloomFederation.subscription(options), ...meshtastic.subscriptions()]);
      subscribe();
      connection.on('state', ({ connected, detail }) => (connected ? log : warn)(`federation: ${detail}`));
      connection.on('message', ({ topic, payload }) => {
        if (sync.handles(topic)) sync.onMessage(topic, payload);
        else if (meshtastic.handles(topic)) meshtastic.downlink(topic, payload);
      });
      const offPacket = gateway.session.on('packet', (packet) => meshtastic.uplink(packet));
      const offSent = gateway.session.on('sendStatus', (change) => meshtastic.uplinkSent(change));
      const explainChannels = () => {
        const root = `Meshtastic MQTT (${meshtastic.topicRoot()})`;
        if (options.uplink && meshtastic.uplinkChannels().length === 0)
          warn(`federation: no channel of the radio has uplink enabled, so nothing heard on the radio goes to ${root}; enable it on a channel to publish`);
        if (options.downlink && meshtastic.subscriptions().length === 0)
          warn(`federation: --downlink is on but no channel of the radio has downlink enabled, so nothing comes down from ${root}`);
      };
      explainChannels();
      // A radio reconfigured (its channels edited, or another radio plugged in) changes what we may subscribe to.
      const offConfigured = gateway.session.on('configured', () => {
        subscribe();
        explainChannels();
      });
      sync.start(nodeNum);
      resolve({
        connection,
        sync,
        meshtastic,
        outbox,
        status: () => ({
          connected: connection.listening,
          broker: options.url,
          federation: options.federation,
          outboxSize: outbox.size(),
          published: connection.published,
          sync: sync.counters,
          meshtastic: meshtastic.counters,
        }),
        close: async () => {
          offPacket();
          offSent();
          offConfigured();
          await connection.close();
        },
      });
    };
    const known = gateway.session.myNodeNum;
    if (known !== undefined && gateway.session.device) begin(known);
    else {
      const off = gateway.session.on('configured', () => {
        const nodeNum = gateway.session.myNodeNum;
        if (nodeNum === undefined) return;
        off();
        begin(nodeNum);
      });
    }
  });
}
