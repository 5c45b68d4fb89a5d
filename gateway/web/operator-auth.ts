/**
 * Who may write, and who may raise alerts. Reading is open on the LAN. Writing can require the neighbourhood
 * PIN. Operator actions need a token from logging in with the operator password, which is stored only as a
 * scrypt hash: set from MESHLOOM_OPERATOR_PASSWORD, or generated at first start and printed once.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { LedgerStore } from '../../store/ledger-store.ts';
import { webErrors } from './errors.ts';

const TOKEN_LIFETIME_MS = 12 * 3_600_000;

export interface OperatorAuthOptions {
  store: LedgerStore;
  /** Set (or change) the operator password. */
  password?: string;
  /** Neighbourhood PIN for writes; none means writing is open. */
  pin?: string;
  now?: () => number;
}

export class OperatorAuth {
  /** A password generated at this start, to show the operator once; undefined when one was already set. */
  readonly generatedPassword: string | undefined;
  private readonly store: LedgerStore;
  private readonly pin: string | undefined;
  private readonly tokens = new Map<string, number>();
  private readonly now: () => number;

  constructor(options: OperatorAuthOptions) {
    this.store = options.store;
    this.pin = options.pin || undefined;
    this.now = options.now ?? Date.now;
    if (options.password) {
      if (!this.checkPassword(options.password)) this.setPassword(options.password);
    } else if (!this.store.getSetting('operator_password')) {
      this.generatedPassword = randomBytes(9).toString('base64url');
      this.setPassword(this.generatedPassword);
    }
  }

  get pinRequired(): boolean {
    return this.pin !== undefined;
  }

  /** Throws MESHLOOM_ERR_PIN_REQUIRED unless no PIN is set or `given` matches it. */
  checkPin(given: string | undefined): void {
    if (this.pin === undefined) return;
    if (given === undefined || !safeEqual(given, this.pin)) {
      throw webErrors.MESHLOOM_ERR_PIN_REQUIRED();
    }
  }

  login(password: string): { token: string; expiresAtMs: number } {
    if (!this.checkPassword(password)) throw webErrors.MESHLOOM_ERR_OPERATOR_PASSWORD();
    const token = randomBytes(24).toString('base64url');
    const expiresAtMs = this.now() + TOKEN_LIFETIME_MS;
    this.tokens.set(token, expiresAtMs);
    return { token, expiresAtMs };
  }

  /** Throws MESHLOOM_ERR_OPERATOR_REQUIRED unless `authorization` holds a live operator token. */
  checkOperator(authorization: string | undefined): void {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    const expires = token ? this.tokens.get(token) : undefined;
    if (!token || expires === undefined || expires < this.now()) {
      if (token) this.tokens.delete(token);
      throw webErrors.MESHLOOM_ERR_OPERATOR_REQUIRED();
    }
  }

  private setPassword(password: string): void {
    const salt = randomBytes(16);
    const hash = scryptSync(password, salt, 32);
    this.store.setSetting('operator_password', `scrypt:${salt.toString('hex')}:${hash.toString('hex')}`);
  }

  private checkPassword(password: string): boolean {
    const stored = this.store.getSetting('operator_password');
    const [, saltHex, hashHex] = stored?.split(':') ?? [];
    if (!saltHex || !hashHex) return false;
    const expected = Buffer.from(hashHex, 'hex');
    return timingSafeEqual(scryptSync(password, Buffer.from(saltHex, 'hex'), expected.length), expected);
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
