/** What a gateway needs to join a federation, from flags, the environment or the config file. */
import { commonErrors } from '../../protocol/meshloom-error.ts';

export interface FederationOptions {
  /** mqtt://host:1883, mqtts://host:8883, ws://… */
  url: string;
  username?: string;
  password?: string;
  caFile?: string;
  /**
   * Meshtastic topic root. Default: as the radio would publish, its own MQTT root if it has one set, else
   * msh/<REGION> once its region is set (msh/EU_868/2/e/...), else msh.
   */
  root?: string;
  /** The federation's name: its topics, and what its frames are signed for. Default "meshloom". */
  federation: string;
  /** Hex Ed25519 public keys of the gateways this one accepts federation frames from. */
  trustedKeys: string[];
  /** Publish packets heard on the radio as Meshtastic ServiceEnvelopes. Default true. */
  uplink: boolean;
  /** Send text heard on Meshtastic MQTT to the local mesh. Default false. */
  downlink: boolean;
}

const HEX_KEY = /^[0-9a-f]{64}$/;

export const FEDERATION_ROOT = 'meshloom';

/** The trust list from a comma- or whitespace-separated string of hex keys; errors name the bad one. */
export function parseTrustedKeys(text: string): string[] {
  const keys = text
    .split(/[\s,]+/)
    .map((k) => k.trim().toLowerCase())
    .filter(Boolean);
  for (const key of keys) {
    if (!HEX_KEY.test(key)) throw commonErrors.MESHLOOM_ERR_USAGE(`trusted key "${key}" is not 64 hex digits (an Ed25519 public key)`);
  }
  return keys;
}

/**
 * The broker's address without anything secret, for status pages and logs: scheme, host and port only. A URL
 * that does not parse (a password with an unescaped "/" or "@" can do that) shows no authority at all, never a
 * guess at where the credentials end.
 */
export function brokerForDisplay(url: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1] ?? 'mqtt';
  try {
    const parsed = new URL(url);
    // An "@" after the authority means a "/" in the password cut it short: the "host" may be part of the secret.
    if (!parsed.host || `${parsed.pathname}${parsed.search}${parsed.hash}`.includes('@')) return `${scheme}://(address hidden)`;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return `${scheme}://(address hidden)`;
  }
}

/**
 * Federation frames live under their own root, never under one Meshtastic consumers subscribe to: a tool
 * subscribed to msh/# must receive ServiceEnvelopes only.
 */
export function federationTopics(options: Pick<FederationOptions, 'federation'>, nodeId: string) {
  const base = `${FEDERATION_ROOT}/${options.federation}`;
  return { own: `${base}/${nodeId}`, all: `${base}/+` };
}
