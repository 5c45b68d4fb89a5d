/**
 * The gateway's signing key lives in its own file in the data folder (`gateway.key`, readable by its owner
 * only), to be backed up like an SSH key. With it, a gateway that loses its disk is itself again and recovers
 * its ledger from its neighbours; without it, its old entries can never be added to. Gateways from before the
 * file kept the key in the store's settings: it is moved out on first start.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { keyPairFromSecret, type KeyPair } from '../../protocol/app/signatures.ts';
import type { LedgerStore } from '../../store/ledger-store.ts';

const STORE_SETTING = 'ed25519_secret';
const HEX_SECRET = /^[0-9a-f]{64}$/;

export interface GatewayIdentity {
  keys: KeyPair;
  path: string;
  /** The file was made now: the operator should be told to back it up. */
  created: boolean;
  /** The file was there before this start (so an empty store means a lost one, not a new gateway). */
  existed: boolean;
}

export function loadOrCreateKeyFile(path: string, store: LedgerStore): GatewayIdentity {
  if (existsSync(path)) {
    const secretHex = readFileSync(path, 'utf8').trim().toLowerCase();
    if (!HEX_SECRET.test(secretHex)) throw new Error(`${path} does not hold a signing key (64 hex digits); restore it from your backup`);
    return { keys: fromHex(secretHex), path, created: false, existed: true };
  }
  const secretHex = store.getSetting(STORE_SETTING) ?? randomBytes(32).toString('hex');
  writeFileSync(path, `${secretHex}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return { keys: fromHex(secretHex), path, created: true, existed: false };
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

function fromHex(secretHex: string): KeyPair {
  return keyPairFromSecret(Uint8Array.from(Buffer.from(secretHex, 'hex')));
}
