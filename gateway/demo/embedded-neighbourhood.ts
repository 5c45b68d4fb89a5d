/**
 * The embedded default: what `npm start` runs with no radio attached. A simulated neighbourhood of virtual
 * radios, some of them gateways of their own (a real Gateway each, in memory) whose neighbours record
 * contributions, needs and offers, chat, and now and then raise an alert, so a newcomer sees a living page.
 */
import { Category, Kind, entryDefaults, type Entry } from '../../protocol/app/messages.ts';
import { toMinute } from '../../protocol/app/meshloom-time.ts';
import { MsgType, Severity } from '../../protocol/app/messages.ts';
import type { EngineOptions } from '../../protocol/engine/engine-types.ts';
import { startNeighbourhood, type Neighbourhood } from '../../simulator/virtual-radio/neighbourhood.ts';
import { virtualRadioOpener } from '../../simulator/virtual-radio/in-process-transport.ts';
import { LedgerStore } from '../../store/ledger-store.ts';
import { RECOVERY_META } from '../../protocol/engine/chain-sync.ts';
import { Gateway } from '../service/gateway.ts';
import { sha256 } from '@noble/hashes/sha2.js';
import { keyPairFromSecret, type KeyPair } from '../../protocol/app/signatures.ts';

export interface EmbeddedNeighbourhoodOptions {
  /** Radios besides ours. Default 4. */
  radios?: number;
  /** How many of them run a gateway of their own. Default 2. */
  gateways?: number;
  /** Mean time between two actions of one simulated gateway; 0 for none. Default 25 s. */
  activityMs?: number;
  random?: () => number;
  engine?: Partial<EngineOptions>;
  /** Node number of our radio; the others follow it (see startNeighbourhood). */
  nodeNum?: number;
}

export interface EmbeddedNeighbourhood {
  hood: Neighbourhood;
  gateways: Gateway[];
  stop(): Promise<void>;
}

const LABELS = ['Riverside', 'Hillside', 'Old Town', 'Station Quarter'];
const MEMBERS = ['ana', 'bo', 'cy', 'dee', 'eli', 'fay', 'gus', 'hal'];
const NOTES = ['', 'soup for the flats', 'school run', 'charged phones at the hall', 'fixed the pump', 'bread', 'night shelter'];
const NEEDS = ['insulin cool box', 'lift to the clinic', 'baby formula', 'torch batteries', 'someone to check on flat 9'];
const CHAT = ['Anyone near the bakery?', 'Hall is open until 22:00', 'Thanks for the soup!', 'Water truck at 17:00 on Mill Lane'];

export function startEmbeddedNeighbourhood(options: EmbeddedNeighbourhoodOptions = {}): EmbeddedNeighbourhood {
  const random = options.random ?? Math.random;
  const hood = startNeighbourhood({
    peers: options.radios ?? 4,
    chatEveryMs: 0,
    random,
    ...(options.nodeNum !== undefined ? { gatewayNodeNum: options.nodeNum } : {}),
  });
  const gateways = hood.peers.slice(0, options.gateways ?? 2).map((radio, i) => {
    const store = new LedgerStore({ path: ':memory:' });
    // Each start gives these simulated gateways a new, empty store but the same keys: a disk lost, every time.
    // They get their chains back from the real gateway (which kept them) before adding to them.
    store.setMeta(RECOVERY_META, String(Date.now()));
    const gateway = new Gateway({
      session: { open: virtualRadioOpener(radio) },
      store,
      keys: simulatedKeys(radio.nodeNum),
      label: LABELS[i % LABELS.length] as string,
      random,
      // On a small simulated mesh every peer is heard within seconds; newcomers need not wait the full minute.
      engine: { recoveryQuietMs: 15_000, ...options.engine },
    });
    gateway.start();
    return gateway;
  });
  const timers: NodeJS.Timeout[] = [];
  const activityMs = options.activityMs ?? 25_000;
  if (activityMs > 0) {
    gateways.forEach((gateway, i) => {
      const act = () => {
        actOnce(gateway, random);
        timers[i] = setTimeout(act, activityMs * (0.5 + random()));
        timers[i].unref();
      };
      timers[i] = setTimeout(act, activityMs * random());
      timers[i].unref();
    });
  }
  return {
    hood,
    gateways,
    stop: async () => {
      for (const timer of timers) clearTimeout(timer);
      hood.stop();
      await Promise.all(gateways.map((g) => g.close()));
      for (const g of gateways) g.store.close();
    },
  };
}

/**
 * Simulated gateways keep their key from one start to the next, as real ones do: the operator's gateway pinned
 * them in its file, and fresh keys would look like impostors (a key conflict) after every restart.
 */
function simulatedKeys(nodeNum: number): KeyPair {
  return keyPairFromSecret(sha256(new TextEncoder().encode(`meshloom embedded neighbourhood ${nodeNum}`)));
}

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)] as T;

/** One thing a neighbour does on a simulated gateway. */
function actOnce(gateway: Gateway, random: () => number): void {
  if (!gateway.engine) return;
  const now = Date.now();
  const r = random();
  const member = pick(MEMBERS, random);
  let entry: Entry;
  if (r < 0.6) {
    entry = entryDefaults({
      minute: toMinute(now),
      category: (1 + Math.floor(random() * 9)) as Entry['category'],
      tenths: 10 * (1 + Math.floor(random() * 8)),
      member,
      note: pick(NOTES, random),
    });
  } else if (r < 0.75) {
    entry = entryDefaults({
      minute: toMinute(now),
      kind: random() < 0.6 ? Kind.NEED : Kind.OFFER,
      category: Category.SUPPLIES,
      tenths: 10,
      member,
      note: pick(NEEDS, random),
    });
  } else if (r < 0.93) {
    gateway.sendChat(pick(CHAT, random));
    return;
  } else {
    gateway.postAlert({
      headline: 'Water distribution at the community hall',
      event: 'Water supply',
      instruction: 'Bring containers; 10 litres per household',
      area: 'Community hall, Station Road',
      severity: Severity.MINOR,
      urgency: 2,
      certainty: 1,
      category: 9,
      response: 3,
      msgType: MsgType.ALERT,
      references: [],
      expiresAtMs: now + 30 * 60_000,
    });
    return;
  }
  gateway.postEntry(entry);
}
