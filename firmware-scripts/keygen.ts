/** A fresh channel key: 32 random bytes (AES-256), written as the CLI writes keys. */
import { randomBytes } from 'node:crypto';

export function newChannelKey(): string {
  return `base64:${randomBytes(32).toString('base64')}`;
}
