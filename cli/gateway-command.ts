/**
 * `meshloom gateway` (what `npm start` runs): the gateway service on a real radio (--port, --tcp) or, with
 * neither, on the embedded default, a simulated neighbourhood. Settings come from flags, then environment
 * (MESHLOOM_*), then an optional JSON config file; it prints the address to open.
 */
import { readConfigFile, type FileConfig } from './gateway-config-file.ts';
import { isNodeNum } from '../protocol/meshtastic/stream-constants.ts';
import { joinQrForTerminal, joinUrl } from '../gateway/web/join-link.ts';
import { commonErrors } from '../protocol/meshloom-error.ts';
import { parseTrustedKeys, type FederationOptions } from '../gateway/federation/federation-options.ts';
import { startGateway } from '../gateway/service/start-gateway.ts';
import { openerFromFlags, type ConnectionFlags } from './connection-flags.ts';
import { brokerForDisplay } from '../gateway/federation/federation-options.ts';
import { gatewayLogger, logFormat } from './gateway-logger.ts';

export interface GatewayFlags extends ConnectionFlags {
  data?: string;
  httpPort?: string;
  host?: string;
  label?: string;
  secret?: string;
  allowedHosts?: string;
  config?: string;
  quiet?: boolean;
  mqtt?: string;
  mqttUser?: string;
  mqttCa?: string;
  mqttRoot?: string;
  federation?: string;
  trust?: string;
  uplink?: boolean;
  downlink?: boolean;
  simNodeNum?: string;
  mapTiles?: string;
  logFormat?: string;
}

export async function runGateway(flags: GatewayFlags): Promise<void> {
  const env = process.env;
  const file = readConfigFile(flags.config ?? env.MESHLOOM_CONFIG);
  const port = flags.port ?? env.MESHLOOM_PORT ?? file.port;
  const tcp = flags.tcp ?? env.MESHLOOM_TCP ?? file.tcp;
  const httpPort = Number(flags.httpPort ?? env.MESHLOOM_HTTP_PORT ?? file.httpPort ?? 8080);
  if (!Number.isInteger(httpPort) || httpPort < 0 || httpPort > 65535) {
    throw commonErrors.MESHLOOM_ERR_USAGE(`--http-port must be 0..65535, not "${flags.httpPort}"`);
  }
  const tty = Boolean(process.stdout.isTTY);
  const log = gatewayLogger(logFormat(flags.logFormat ?? env.MESHLOOM_LOG_FORMAT ?? file.logFormat, tty), flags.quiet === true, tty);
  // What the operator must see even with --quiet: where the page is, the words, the password.
  const say = (text: string) => log.notice(text);
  const open =
    port || tcp ? openerFromFlags({ ...(port ? { port } : {}), ...(tcp ? { tcp } : {}), ...(flags.baud ? { baud: flags.baud } : {}) }).open : undefined;
  if (!open) {
    say('no radio given: running on the embedded simulated neighbourhood');
    say('for a real radio: npm start -- --port /dev/ttyUSB0   or   npm start -- --tcp 192.168.1.20');
  }
  // The PIN became secret words: an old setting must stop the start, not leave writing open without a word.
  if (env.MESHLOOM_PIN !== undefined || file.pin !== undefined) {
    throw commonErrors.MESHLOOM_ERR_USAGE(
      'the neighbourhood PIN was replaced by secret words, which a LAN attacker cannot guess: set --secret WORDS (env MESHLOOM_SECRET, config "secret") or --secret generate, and remove MESHLOOM_PIN / "pin"',
    );
  }
  const secret = flags.secret ?? env.MESHLOOM_SECRET ?? file.secret;
  const allowedHosts =
    (flags.allowedHosts ?? env.MESHLOOM_ALLOWED_HOSTS)
      ?.split(',')
      .map((h) => h.trim())
      .filter(Boolean) ??
    file.allowedHosts ??
    [];
  const federation = federationFrom(flags, file);
  const simNodeNum = flags.simNodeNum ?? env.MESHLOOM_SIM_NODE_NUM;
  const mapTiles = flags.mapTiles ?? env.MESHLOOM_MAP_TILES ?? file.mapTiles;
  const running = await startGateway({
    ...(federation ? { federation } : {}),
    ...(simNodeNum ? { embedded: { nodeNum: parseNodeNum(simNodeNum) } } : {}),
    ...(open ? { open } : {}),
    ...(mapTiles ? { mapTiles } : {}),
    dataDir: flags.data ?? env.MESHLOOM_DATA ?? file.data ?? '.meshloom',
    label: flags.label ?? env.MESHLOOM_LABEL ?? file.label ?? (open ? 'Our neighbourhood' : 'Demo neighbourhood'),
    httpHost: flags.host ?? env.MESHLOOM_HOST ?? file.host ?? '0.0.0.0',
    httpPort,
    ...(secret ? { secret } : {}),
    allowedHosts,
    limits: {
      connectionsPerAddress: positiveInteger('MESHLOOM_MAX_CONNECTIONS_PER_ADDRESS', env.MESHLOOM_MAX_CONNECTIONS_PER_ADDRESS),
      streamsPerAddress: positiveInteger('MESHLOOM_MAX_STREAMS_PER_ADDRESS', env.MESHLOOM_MAX_STREAMS_PER_ADDRESS),
    },
    ...(env.MESHLOOM_OPERATOR_PASSWORD ? { operatorPassword: env.MESHLOOM_OPERATOR_PASSWORD } : {}),
    log,
  });
  say(`open ${running.url} on a phone or laptop on this network`);
  if (mapTiles) say(`offline map from ${mapTiles} on the page's Mesh tab`);
  if (federation) {
    say(
      `federation "${federation.federation}" over ${brokerForDisplay(federation.url)}, trusting ${federation.trustedKeys.length} gateway key(s); Meshtastic uplink ${federation.uplink ? 'on' : 'off'}, downlink ${federation.downlink ? 'on' : 'off'}`,
    );
    say(`this gateway's key, for the other gateways' --trust: ${running.publicKey}`);
  }
  if (running.secret) {
    say(`neighbours record with the secret words: ${running.secret}`);
    // The code links to the page with the words in it: a neighbour scans it and is in.
    if (tty) process.stdout.write(await joinQrForTerminal(running.url, running.secret));
    else say(`join link: ${joinUrl(running.url, running.secret)}`);
  }
  if (running.operatorPassword) {
    say(`operator password (shown once; set MESHLOOM_OPERATOR_PASSWORD to choose your own): ${running.operatorPassword}`);
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  say('shutting down: flushing the store');
  await running.close();
}

/** A positive whole number from the environment, or undefined when unset. */
function positiveInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw commonErrors.MESHLOOM_ERR_USAGE(`${name} must be a whole number of at least 1, not "${value}"`);
  return n;
}

/** Federation settings from flags, environment and file; undefined without a broker URL. */
function federationFrom(flags: GatewayFlags, file: FileConfig): FederationOptions | undefined {
  const env = process.env;
  const url = flags.mqtt ?? env.MESHLOOM_MQTT ?? file.mqtt;
  if (!url) return undefined;
  if (!/^(mqtts?|wss?|tcp|ssl):\/\//.test(url)) {
    throw commonErrors.MESHLOOM_ERR_USAGE(`--mqtt must be a broker URL such as mqtt://host:1883, not "${url}"`);
  }
  const username = flags.mqttUser ?? env.MESHLOOM_MQTT_USER ?? file.mqttUser;
  const password = env.MESHLOOM_MQTT_PASSWORD;
  const caFile = flags.mqttCa ?? env.MESHLOOM_MQTT_CA ?? file.mqttCa;
  const trust = flags.trust ?? env.MESHLOOM_TRUST ?? file.trust?.join(',') ?? '';
  return {
    url,
    ...(username ? { username } : {}),
    ...(password ? { password } : {}),
    ...(caFile ? { caFile } : {}),
    ...((flags.mqttRoot ?? env.MESHLOOM_MQTT_ROOT ?? file.mqttRoot) ? { root: (flags.mqttRoot ?? env.MESHLOOM_MQTT_ROOT ?? file.mqttRoot) as string } : {}),
    federation: flags.federation ?? env.MESHLOOM_FEDERATION ?? file.federation ?? 'meshloom',
    trustedKeys: parseTrustedKeys(trust),
    uplink: flags.uplink ?? file.uplink ?? true,
    downlink: flags.downlink ?? file.downlink ?? false,
  };
}

function parseNodeNum(text: string): number {
  const value = Number(text.startsWith('!') ? `0x${text.slice(1)}` : text);
  if (!isNodeNum(value)) {
    throw commonErrors.MESHLOOM_ERR_USAGE(`--sim-node-num must be a node number such as !6d6c0001 or 0x6d6c0001 (0-3 are reserved), not "${text}"`);
  }
  return value;
}
