/**
 * The gateway's signing key lives in its own file in the data folder (`gateway.key`, readable by its owner
 * only), to be backed up like an SSH key. With it, a gateway that loses its disk is itself again and recovers
 * its ledger from its neighbours; without it, its old entries can never be added to. Gateways from before the
 * file kept the key in the store's settings: it is moved out on first start.
 *
 * The file is the key's 64 hex digits on its first line; that is all while the gateway writes as its radio's
 * node number. After the operator starts a new identity it also names the new author id (`author !1a2b3c4d`)
 * and keeps each earlier identity's key (`retired !0000abcd HEX`): the earlier chain is signed with it once,
 * when this gateway stops writing to it, and a restart part-way through that finishes the job from the file.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { authorIdOf, keyPairFromSecret, type KeyPair } from '../../protocol/app/signatures.ts';
import { nodeId } from '../../protocol/meshtastic/node-db.ts';
import type { LedgerStore } from '../../store/ledger-store.ts';

const STORE_SETTING = 'ed25519_secret';
const HEX_SECRET = /^[0-9a-f]{64}$/;
const NODE_ID = /^!([0-9a-f]{8})$/;

/** An identity this gateway wrote as before: its author id and the key its chain was signed with. */
export interface RetiredIdentity {
  author: number;
  keys: KeyPair;
}

export interface GatewayIdentity {
  keys: KeyPair;
  /** The author id, when it is not the radio's node number (after a new identity was started). */
  author?: number;
  retired: RetiredIdentity[];
  path: string;
  /** The file was made now: the operator should be told to back it up. */
  created: boolean;
  /** The file was there before this start (so an empty store means a lost one, not a new gateway). */
  existed: boolean;
}

export function loadOrCreateKeyFile(path: string, store: LedgerStore): GatewayIdentity {
  if (existsSync(path)) return { ...readKeyFile(path), path, created: false, existed: true };
  const secretHex = store.getSetting(STORE_SETTING) ?? randomBytes(32).toString('hex');
  writeFileSync(path, `${secretHex}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return { keys: fromHex(secretHex), retired: [], path, created: true, existed: false };
}

/**
 * Write a new identity into the key file: a fresh key, the author id drawn from it, and the identity written as
 * until now (`current`, its author id) among the retired ones. `isTaken` refuses ids this gateway already knows.
 * The file is replaced in one rename, so a crash leaves either the old file or the new one.
 */
export function writeNewIdentity(path: string, current: RetiredIdentity, isTaken: (author: number) => boolean): GatewayIdentity {
  const before = readKeyFile(path);
  let secret: Buffer;
  let keys: KeyPair;
  let author: number;
  do {
    secret = randomBytes(32);
    keys = keyPairFromSecret(Uint8Array.from(secret));
    author = authorIdOf(keys.publicKey);
  } while (isTaken(author) || author === current.author);
  const retired = [...before.retired.filter((r) => r.author !== current.author), current];
  const lines = [
    secret.toString('hex'),
    `author ${nodeId(author)}`,
    '# earlier identities of this gateway: their chains are signed with these keys',
    ...retired.map((r) => `retired ${nodeId(r.author)} ${Buffer.from(r.keys.secretKey).toString('hex')}`),
  ];
  const temporary = `${path}.new`;
  writeFileSync(temporary, `${lines.join('\n')}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
  return { keys, author, retired, path, created: false, existed: true };
}

/** The key as kept in the store's settings: for tests and in-memory gateways, which have no data folder. */
export function loadOrCreateKeys(store: LedgerStore): KeyPair {
  let secretHex = store.getSetting(STORE_SETTING);
  if (!secretHex) {
    secretHex = randomBytes(32).toString('hex');
    store.setSetting(STORE_SETTING, secretHex);
  }
  return fromHex(secretHex);
}

function readKeyFile(path: string): Pick<GatewayIdentity, 'keys' | 'author' | 'retired'> {
  const bad = (why: string) => new Error(`${path} does not hold a signing key (${why}); restore it from your backup`);
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const [secretHex, ...rest] = lines;
  if (!secretHex || !HEX_SECRET.test(secretHex)) throw bad('64 hex digits on the first line');
  const identity: Pick<GatewayIdentity, 'keys' | 'author' | 'retired'> = { keys: fromHex(secretHex), retired: [] };
  for (const line of rest) {
    const [word, id, hex] = line.split(/\s+/);
    const num = NODE_ID.exec(id ?? '')?.[1];
    if (word === 'author' && num && hex === undefined) identity.author = Number.parseInt(num, 16);
    else if (word === 'retired' && num && hex && HEX_SECRET.test(hex)) identity.retired.push({ author: Number.parseInt(num, 16), keys: fromHex(hex) });
    else throw bad(`unreadable line "${line.split(/\s+/)[0]} …"`);
  }
  return identity;
}

function fromHex(secretHex: string): KeyPair {
  return keyPairFromSecret(Uint8Array.from(Buffer.from(secretHex, 'hex')));
}
