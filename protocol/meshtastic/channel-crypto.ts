/**
 * Meshtastic channel encryption as the firmware does it, so packets heard decoded on the radio's API can be
 * published still encrypted, as a radio's own MQTT uplink would, and downlinked ones read: AES-CTR with the
 * channel's key, the counter block made of the packet id (64-bit little-endian) and the sender's node number.
 * Channel names and hashes follow the firmware's rules (an empty name is the preset's display name; the hash is
 * the XOR of the name's bytes and the key's bytes).
 */
import { createCipheriv } from 'node:crypto';

/** The firmware's default channel key ("AQ==" expands to it). */
export const DEFAULT_PSK = Uint8Array.from([0xd4, 0xf1, 0xbb, 0x3a, 0x20, 0x29, 0x07, 0x59, 0xf0, 0xbc, 0xff, 0xab, 0xcf, 0x4e, 0x69, 0x01]);

const PRESET_NAMES: Record<string, string> = {
  SHORT_TURBO: 'ShortTurbo',
  SHORT_SLOW: 'ShortSlow',
  SHORT_FAST: 'ShortFast',
  MEDIUM_SLOW: 'MediumSlow',
  MEDIUM_FAST: 'MediumFast',
  MEDIUM_TURBO: 'MediumTurbo',
  LONG_SLOW: 'LongSlow',
  LONG_FAST: 'LongFast',
  LONG_TURBO: 'LongTurbo',
  LONG_MODERATE: 'LongMod',
  VERY_LONG_SLOW: 'VLongSlow',
};

/** The key a channel's `psk` setting stands for: none (empty), the default key (one byte), or the bytes zero-padded to AES-128/256. */
export function expandPsk(psk: Uint8Array): Uint8Array {
  if (psk.length === 0) return psk;
  if (psk.length === 1) {
    const index = psk[0] as number;
    if (index === 0) return new Uint8Array(0);
    const key = DEFAULT_PSK.slice();
    key[15] = ((key[15] as number) + index - 1) & 0xff;
    return key;
  }
  if (psk.length === 16 || psk.length === 32) return psk;
  const key = new Uint8Array(psk.length < 16 ? 16 : 32);
  key.set(psk.subarray(0, key.length));
  return key;
}

/** The channel's id on MQTT and in the hash: its name, or the modem preset's display name when it has none. */
export function channelName(name: string, presetName: string | undefined): string {
  if (name) return name;
  return (presetName && PRESET_NAMES[presetName]) ?? 'Custom';
}

/** The one-byte channel number an encrypted packet carries. */
export function channelHash(name: string, key: Uint8Array): number {
  let hash = 0;
  for (const byte of new TextEncoder().encode(name)) hash ^= byte;
  for (const byte of key) hash ^= byte;
  return hash;
}

/** Encrypt or decrypt (CTR is its own inverse) a packet's Data bytes. An empty key means no encryption. */
export function channelCrypt(key: Uint8Array, packetId: number, from: number, bytes: Uint8Array): Uint8Array {
  if (key.length === 0) return bytes.slice();
  const nonce = Buffer.alloc(16);
  nonce.writeUInt32LE(packetId >>> 0, 0);
  nonce.writeUInt32LE(from >>> 0, 8);
  const cipher = createCipheriv(key.length === 32 ? 'aes-256-ctr' : 'aes-128-ctr', key, nonce);
  return new Uint8Array(Buffer.concat([cipher.update(bytes), cipher.final()]));
}
