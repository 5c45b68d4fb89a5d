/**
 * Who said what. Every gateway has an Ed25519 key pair; its author id is its Meshtastic node number (or, after
 * the operator started a new identity, a number drawn from its new key), and its key is pinned on first use. Entries are signed through per-author hash chains, so one 64-byte signature
 * covers any run of an author's entries; announcements, alerts and alert acks carry their own signature.
 * Signed bytes always name the author explicitly (on air it may be left out when it is the sender), and start
 * with a domain string so a signature for one kind of message can never pass for another.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes } from '../bytes.ts';
import { isNodeNum } from '../meshtastic/stream-constants.ts';
import { encodeEntry, signedBytes, type AlertAckBody, type AlertBody, type AnnounceBody, type Entry } from './messages.ts';
import { MESSAGE_TYPES, typeByte } from './packet-format.ts';

const utf8 = new TextEncoder();
const CHAIN_DOMAIN = utf8.encode('meshloom/1/chain');
const SIGNED_DOMAIN = utf8.encode('meshloom/1/signed');

export interface KeyPair {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

/** The key pair for a 32-byte secret; the caller supplies the randomness (crypto.randomBytes in the gateway). */
export function keyPairFromSecret(secretKey: Uint8Array): KeyPair {
  return { secretKey, publicKey: ed25519.getPublicKey(secretKey) };
}

/**
 * The author id of an identity that is not the radio's: the first four bytes of its public key's SHA-256 that
 * make a usable node number. Drawn from the key, so the id and the key cannot be separated (a backup of the key
 * file holds both), and as unlikely to meet another node's number as two radios are.
 */
export function authorIdOf(publicKey: Uint8Array): number {
  const digest = sha256(publicKey);
  const view = new DataView(digest.buffer, digest.byteOffset, digest.byteLength);
  for (let at = 0; at + 4 <= digest.length; at++) {
    const id = view.getUint32(at);
    if (isNodeNum(id)) return id;
  }
  throw new RangeError('no usable author id in this key');
}

function u32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value >>> 0);
  return out;
}

/** The head of an author's chain before its first entry. */
export function genesisHead(author: number): Uint8Array {
  return sha256(concatBytes([CHAIN_DOMAIN, u32(author)]));
}

export function nextHead(previous: Uint8Array, entry: Entry | Uint8Array): Uint8Array {
  return sha256(concatBytes([previous, entry instanceof Uint8Array ? entry : encodeEntry(entry)]));
}

function chainStatement(author: number, seq: number, head: Uint8Array): Uint8Array {
  return concatBytes([CHAIN_DOMAIN, u32(author), u32(seq), head]);
}

export function signChainHead(keys: KeyPair, author: number, seq: number, head: Uint8Array): Uint8Array {
  return ed25519.sign(chainStatement(author, seq, head), keys.secretKey);
}

export function verifyChainHead(publicKey: Uint8Array, author: number, seq: number, head: Uint8Array, signature: Uint8Array): boolean {
  return safeVerify(signature, chainStatement(author, seq, head), publicKey);
}

type Signable =
  | { type: 'announce'; body: AnnounceBody & { author: number } }
  | { type: 'alert'; body: AlertBody & { author: number } }
  | { type: 'alertAck'; body: AlertAckBody & { acker: number } };

/**
 * Domain, type, the signer, and the body's bytes as they travel less the signer field: a relay that names the
 * signer, or a receiver that does not know a newer field, checks exactly what was signed.
 */
function statement(message: Signable): Uint8Array {
  const signer = message.type === 'alertAck' ? message.body.acker : message.body.author;
  const body = (signedBytes[message.type] as (b: Signable['body']) => Uint8Array)(message.body);
  return concatBytes([SIGNED_DOMAIN, Uint8Array.of(typeByte(MESSAGE_TYPES[message.type])), u32(signer), body]);
}

export function signMessage(keys: KeyPair, message: Signable): Uint8Array {
  return ed25519.sign(statement(message), keys.secretKey);
}

export function verifyMessage(publicKey: Uint8Array, message: Signable, signature: Uint8Array): boolean {
  return safeVerify(signature, statement(message), publicKey);
}

/** noble throws on malformed points; for us any failure is simply "does not verify". */
function safeVerify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return ed25519.verify(signature, message, publicKey);
  } catch {
    return false;
  }
}
