/**
 * The pass a phone gets once it has given the neighbourhood secret: a random id with an HMAC over it, sent back
 * as a cookie on every write. Nothing is stored per phone; the HMAC key mixes the gateway's own key with the
 * secret, so changing the secret revokes every pass. While someone is guessing the secret and the guess budget
 * pauses, phones with a pass keep writing.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { normaliseSecret } from './secret-strength.ts';

export const PASS_COOKIE = 'meshloom-pass';
const PASS_LIFETIME_S = 90 * 86_400;

export class NeighbourPass {
  private readonly key: Buffer;

  constructor(gatewayKey: Uint8Array, secret: string) {
    this.key = createHmac('sha256', gatewayKey).update(normaliseSecret(secret)).digest();
  }

  issue(): string {
    const id = randomBytes(12).toString('base64url');
    return `${id}.${this.mac(id)}`;
  }

  verify(pass: string): boolean {
    const [id, mac] = pass.split('.');
    if (!id || !mac || pass.length > 200) return false;
    const expected = Buffer.from(this.mac(id));
    const given = Buffer.from(mac);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  private mac(id: string): string {
    return createHmac('sha256', this.key).update(id).digest('base64url');
  }
}

/** The pass in a Cookie header, if any. */
export function passFromCookies(header: string | undefined): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [name, ...value] = part.trim().split('=');
    if (name === PASS_COOKIE) return value.join('=');
  }
  return undefined;
}

/** Set-Cookie for a pass: only sent back to this gateway's own pages (SameSite=Strict), never readable by scripts. */
export function passCookie(pass: string): string {
  return `${PASS_COOKIE}=${pass}; Path=/api; Max-Age=${PASS_LIFETIME_S}; HttpOnly; SameSite=Strict`;
}
