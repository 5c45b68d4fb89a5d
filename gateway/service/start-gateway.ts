/**
 * Starts the whole gateway service: the radio (real, or the embedded simulated neighbourhood), the engine on
 * its SQLite file, and the web server. Used by `meshloom gateway`, the end-to-end tests and bench/web.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { EngineOptions } from '../../protocol/engine/engine-types.ts';
import type { FederationOptions } from '../federation/federation-options.ts';
import { startFederation, type RunningFederation } from '../federation/start-federation.ts';
import { virtualRadioOpener } from '../../simulator/virtual-radio/in-process-transport.ts';
import type { TransportOpener } from '../../radio/transport.ts';
import { LedgerStore } from '../../store/ledger-store.ts';
import { timedRepeatLog } from '../../support/repeat-log.ts';
import { quarantineUnreadable, type QuarantinedRow } from '../../store/quarantine.ts';
import { buildApp } from '../web/build-app.ts';
import { EventHub } from '../web/event-hub.ts';
import { openTileArchive } from '../web/tile-archive.ts';
import { OperatorAuth } from '../web/operator-auth.ts';
import { startEmbeddedNeighbourhood, type EmbeddedNeighbourhood, type EmbeddedNeighbourhoodOptions } from '../demo/embedded-neighbourhood.ts';
import { Gateway } from './gateway.ts';
import { readOwnTip, writeOwnTip } from './own-tip-file.ts';
import { lockDataFolder } from './data-lock.ts';
import { loadOrCreateKeyFile, writeNewIdentity } from './identity.ts';
import { radioErrors } from '../../radio/errors.ts';
import { nodeId } from '../../protocol/meshtastic/node-db.ts';
import { RECOVERY_META } from '../../protocol/engine/chain-sync.ts';
import { errorMessage } from '../../protocol/meshloom-error.ts';

export interface GatewayConfig {
  /** The radio; none runs the embedded simulated neighbourhood. */
  open?: TransportOpener;
  /** Folder for the SQLite file. */
  dataDir: string;
  label: string;
  httpHost: string;
  /** 0 picks a free port. */
  httpPort: number;
  /** The neighbourhood secret for writes ('generate' makes and keeps a passphrase); none leaves writing open. */
  secret?: string;
  /** Host names the page answers besides this machine's own (a local DNS name, a reverse proxy). */
  allowedHosts?: readonly string[];
  operatorPassword?: string;
  /** What one address may hold open: raise both behind a reverse proxy, where every phone has its address. */
  limits?: { connectionsPerAddress?: number; streamsPerAddress?: number };
  /** fastify's pino logger: events are logged through it, failures at warn. */
  logger?: boolean | object;
  /** Or a logger of the caller's (the command line's, pretty on a terminal). */
  log?: FastifyBaseLogger;
  engine?: Partial<EngineOptions>;
  embedded?: EmbeddedNeighbourhoodOptions;
  /** Join a federation of gateways over MQTT. */
  federation?: FederationOptions;
  /** A PMTiles or MBTiles extract of the area, for the page's offline map. */
  mapTiles?: string;
}

export interface RunningGateway {
  gateway: Gateway;
  hub: EventHub;
  /** This gateway's public key, hex: what other gateways put on their trust lists. */
  publicKey: string;
  /** Resolves once the radio has said who it is, when a federation was asked for. */
  federation: Promise<RunningFederation> | undefined;
  url: string;
  embedded: EmbeddedNeighbourhood | undefined;
  operatorPassword: string | undefined;
  /** The neighbourhood secret, when writing needs one. */
  secret: string | undefined;
  close(): Promise<void>;
}

export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  // A map that cannot be read is the operator's to fix before anything starts.
  const map = config.mapTiles ? await openTileArchive(config.mapTiles) : undefined;
  mkdirSync(config.dataDir, { recursive: true });
  const name = config.open ? 'gateway' : 'embedded';
  const lock = lockDataFolder(join(config.dataDir, `${name}.lock`), config.dataDir);
  const embedded = config.open ? undefined : startEmbeddedNeighbourhood({ ...config.embedded, ...(config.engine ? { engine: config.engine } : {}) });
  const open = config.open ?? virtualRadioOpener((embedded as EmbeddedNeighbourhood).hood.gatewayRadio);
  const storePath = join(config.dataDir, `${name}.sqlite`);
  const storeExisted = existsSync(storePath);
  const store = new LedgerStore({ path: storePath });
  const keyPath = join(config.dataDir, `${name}.key`);
  const identity = loadOrCreateKeyFile(keyPath, store);
  const { keys } = identity;
  // Federation frames are signed with the first identity's key, the one pinned for the radio's node number and
  // on other operators' trust lists: a new identity (a new ledger author) does not make this gateway a stranger.
  const frameKeys = identity.retired[0]?.keys ?? keys;
  // The key survived and the ledger did not, or the ledger is an older copy than the one last written: writing
  // would sign again sequence numbers our peers hold already, a fork every peer refuses.
  const tipPath = join(config.dataDir, `${name}.tip`);
  const lastTip = readOwnTip(tipPath);
  const ledgerTip = lastTip ? (store.chainTip(lastTip.author)?.seq ?? 0) : 0;
  // A chain the operator retired (a new identity since) is never written again, so its tip is no warning.
  const retiredTip = identity.retired.some((r) => r.author === lastTip?.author);
  const behind = lastTip !== undefined && !retiredTip && storeExisted && ledgerTip < lastTip.seq;
  if ((identity.existed && !storeExisted) || behind) store.setMeta(RECOVERY_META, String(Date.now()));
  const ownKeys = [keys, ...identity.retired.map((r) => r.keys)].map((k) => Buffer.from(k.publicKey));
  const ownAuthors = new Set(
    store
      .listAuthors()
      .filter((a) => ownKeys.some((own) => own.equals(a.publicKey)))
      .map((a) => a.author),
  );
  const quarantined = quarantineUnreadable(store, ownAuthors, Date.now());
  const gateway = new Gateway({
    session: { open },
    store,
    keys,
    ...(identity.author === undefined ? {} : { author: identity.author }),
    retired: identity.retired,
    label: config.label,
    ...(config.engine ? { engine: config.engine } : {}),
  });
  // The operator's command when the own chain cannot be recovered: the key file first, then the engines.
  const newIdentity = () => {
    const engine = gateway.engine;
    if (!engine) throw radioErrors.MESHLOOM_ERR_RADIO_NOT_CONFIGURED();
    const previous = engine.author;
    const next = writeNewIdentity(keyPath, { author: previous, keys: gateway.keys }, (id) => gateway.knowsAuthor(id));
    gateway.adoptIdentity(next.author as number, next.keys);
    app.log.warn(
      `new identity ${nodeId(next.author as number)}: entries recorded from now on are a new chain; the earlier ones stay under ${nodeId(previous)}. ${keyPath} changed: back it up again`,
    );
    return { author: next.author as number, keyPath };
  };
  const auth = new OperatorAuth({
    store,
    ...(config.operatorPassword ? { password: config.operatorPassword } : {}),
    ...(config.secret ? { secret: config.secret } : {}),
  });
  const hub = new EventHub(config.limits?.streamsPerAddress ? { maxClientsPerAddress: config.limits.streamsPerAddress } : {});
  let federationStatus: RunningFederation['status'] | undefined;
  const app = await buildApp(
    {
      gateway,
      auth,
      hub,
      label: config.label,
      startedAtMs: Date.now(),
      now: Date.now,
      federation: () => federationStatus?.(),
      newIdentity,
      ...(map ? { map } : {}),
    },
    {
      ...(config.log ? { loggerInstance: config.log } : { logger: config.logger ?? false }),
      ...(config.allowedHosts ? { allowedHosts: config.allowedHosts } : {}),
      ...(config.limits?.connectionsPerAddress ? { connectionCaps: { maxPerAddress: config.limits.connectionsPerAddress } } : {}),
    },
  );
  // One log line per event an operator should know of, through fastify's logger (pino).
  const say = (line: string) => app.log.info(line);
  // Problems a hostile or broken radio can repeat thousands of times a second: one line per kind and interval.
  const problems = timedRepeatLog((line) => app.log.warn(line));
  const federation = config.federation ? startFederation(gateway, frameKeys, config.federation, say, (line) => app.log.warn(line)) : undefined;
  void federation?.then((running) => {
    federationStatus = running.status;
  });

  reportQuarantine(quarantined, (line) => app.log.warn(line));
  if (identity.created) {
    say(
      `this gateway's signing key is ${identity.path}: back it up off this machine, like an SSH key; with it a gateway that loses its disk gets its ledger back from its neighbours`,
    );
  }
  if (identity.author !== undefined) {
    say(
      `writing as ${nodeId(identity.author)}, this gateway's identity since the operator started a new one (earlier: ${identity.retired.map((r) => nodeId(r.author)).join(', ')})`,
    );
  }
  if (store.getMeta(RECOVERY_META) !== undefined) {
    const why = behind
      ? `holds ${ledgerTip} of this gateway's own entries but ${lastTip?.seq} were written (${tipPath}): an older copy, restored from a backup?`
      : 'is new but the key is not:';
    app.log.warn(
      `the ledger at ${storePath} ${why} recovering this gateway's own entries from its neighbours before writing new ones; entries submitted meanwhile are kept and recorded after. If no neighbouring gateway can answer, an operator can start a new identity instead (Operator tab, or POST /api/operator/new-identity)`,
    );
  }
  // A radio that is not there is the operator's to know about: a warning, not news.
  gateway.on('link', ({ state, detail }) => (state === 'down' ? app.log.warn(`radio ${state}: ${detail}`) : say(`radio ${state}: ${detail}`)));
  gateway.on('log', (line, kind) => (kind ? problems.note(kind, line) : say(line)));
  let writtenTip = lastTip;
  gateway.on('engine', (event) => {
    // A new identity's chain starts again at 1: its tip is the one to keep from its first entry.
    if (event.type === 'entry' && event.local && (event.author !== writtenTip?.author || event.seq > writtenTip.seq)) {
      writtenTip = { author: event.author, seq: event.seq };
      try {
        writeOwnTip(tipPath, writtenTip);
      } catch (err) {
        // The entry is in the ledger; only the check against an older ledger copy is weaker until the next write.
        problems.note('own-tip', `could not write ${tipPath}: ${errorMessage(err)}`);
      }
    }
    if (event.type === 'alert') say(`alert ${event.local ? 'raised' : 'received'}: ${event.alert.body.headline}`);
    if (event.type === 'peer') say(`gateway ${event.label} (!${event.author.toString(16)}) joined`);
    if (event.type === 'own-chain-behind') {
      app.log.warn(
        `a neighbour says it holds ${event.peerSeq} of this gateway's own entries, the ledger at ${storePath} only ${event.storeSeq}: an older copy, restored from a backup? Taking the rest back from the neighbours before recording anything new`,
      );
    }
    if (event.type === 'recovered') say(`own ledger recovered from the neighbours (${event.seq} entries); entries kept meanwhile are recorded now`);
    if (event.type === 'rejected') {
      problems.note(`rejected-${event.reason}`, `rejected (${event.reason}) from !${event.from.toString(16)}: ${event.detail}`);
    }
  });
  gateway.start();
  await app.listen({ host: config.httpHost, port: config.httpPort });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.httpPort;
  const url = `http://${config.httpHost === '0.0.0.0' ? lanAddress() : config.httpHost}:${port}/`;

  let closed = false;
  return {
    gateway,
    hub,
    publicKey: Buffer.from(frameKeys.publicKey).toString('hex'),
    federation,
    url,
    embedded,
    operatorPassword: auth.generatedPassword,
    secret: auth.secret,
    async close() {
      if (closed) return;
      closed = true;
      problems.stop();
      await app.close();
      // A federation not started yet (the radio never answered) has nothing to close.
      if (federationStatus) await (await federation)?.close();
      await gateway.close();
      await embedded?.stop();
      store.close();
      await map?.close();
      lock.release();
    },
  };
}

/** A few lines for the operator: how many, the first of them, and where the rest are. */
function reportQuarantine(rows: QuarantinedRow[], warn: (line: string) => void): void {
  if (rows.length === 0) return;
  warn(`${rows.length} stored row(s) could not be read back and were quarantined (table "quarantine" in the data folder's SQLite file)`);
  for (const row of rows.slice(0, 5)) warn(`quarantined ${row.source} ${row.key}${row.kept ? ' (our own chain: left in place)' : ''}: ${row.reason}`);
}

/** The address neighbours' phones reach this machine at on the local network. */
function lanAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}
