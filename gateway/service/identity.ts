/**
 * The gateway's signing key lives with its ledger, in the store's settings: one file to back up holds both,
 * and a gateway restored from it signs as itself again.
 */
import { randomBytes } from 'node:crypto';
import { keyPairFromSecret, type KeyPair } from '../../protocol/app/signatures.ts';
import type { LedgerStore } from '../../store/ledger-store.ts';

export function loadOrCreateKeys(store: LedgerStore): KeyPair {
  let secretHex = store.getSetting('ed25519_secret');
  if (!secretHex) {
    secretHex = randomBytes(32).toString('hex');
    store.setSetting('ed25519_secret', secretHex);
  }
  return keyPairFromSecret(Uint8Array.from(Buffer.from(secretHex, 'hex')));
}
