/**
 * Who may write, and who may raise alerts. Reading is open on the LAN. Writing can require the neighbourhood
 * secret, a passphrase; a phone that gave it once carries a pass from then on. Operator actions need a token from
 * logging in with the operator password, which is stored only as a scrypt hash: set from
 * MESHLOOM_OPERATOR_PASSWORD, or generated at first start and printed once.
 *
 * Guessing is bounded for the whole gateway (guess-budget.ts), both secrets must be hard to guess
 * (secret-strength.ts), and password hashing runs on libuv's thread pool, two at a time, so guessing the
 * operator password cannot slow everyone's requests (scrypt on the event loop added 237 ms to each).
 */
import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { commonErrors } from '../../protocol/meshloom-error.ts';
import type { LedgerStore } from '../../store/ledger-store.ts';
import { webErrors } from './errors.ts';
import { GuessBudget, type GuessBudgetOptions } from './guess-budget.ts';
import { NeighbourPass } from './neighbour-pass.ts';
import { newPassphrase, normaliseSecret, weakness } from './secret-strength.ts';

const TOKEN_LIFETIME_MS = 12 * 3_600_000;
const HASH_BYTES = 32;
/** Password checks running at once, and waiting beyond those; more are refused as busy. */
const MAX_HASHING = 2;
const MAX_WAITING = 8;

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, length: number) => Promise<Buffer>;

export interface OperatorAuthOptions {
  store: LedgerStore;
  /** Set (or change) the operator password. */
  password?: string;
  /** The neighbourhood secret for writes; 'generate' makes (and keeps) a passphrase; none means writing is open. */
  secret?: string;
  /** Bounds on wrong guesses, for the secret and for the operator password alike. */
  guesses?: GuessBudgetOptions;
  now?: () => number;
}

/** What a write's secret check returns: a pass to hand the phone when it proved the secret just now. */
export interface SecretCheck {
  newPass?: string;
}

export class OperatorAuth {
  /** A password generated at this start, to show the operator once; undefined when one was already set. */
  readonly generatedPassword: string | undefined;
  /** The neighbourhood secret as neighbours type it, when writing needs one. */
  readonly secret: string | undefined;
  readonly secretGuesses: GuessBudget;
  readonly loginGuesses: GuessBudget;
  private readonly store: LedgerStore;
  private readonly passes: NeighbourPass | undefined;
  private readonly tokens = new Map<string, number>();
  private readonly now: () => number;
  private hashing = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(options: OperatorAuthOptions) {
    this.store = options.store;
    this.now = options.now ?? Date.now;
    this.secretGuesses = new GuessBudget(options.guesses);
    this.loginGuesses = new GuessBudget(options.guesses);
    if (options.password) {
      refuseWeak('MESHLOOM_OPERATOR_PASSWORD', options.password, 'Use a phrase of four or more uncommon words.');
      if (!this.checkPasswordSync(options.password)) this.setPassword(options.password);
    } else if (!this.store.getSetting('operator_password')) {
      this.generatedPassword = randomBytes(12).toString('base64url');
      this.setPassword(this.generatedPassword);
    }
    this.secret = this.chooseSecret(options.secret);
    this.passes = this.secret ? new NeighbourPass(this.passKey(), this.secret) : undefined;
  }

  get secretRequired(): boolean {
    return this.secret !== undefined;
  }

  /**
   * Throws MESHLOOM_ERR_SECRET_REQUIRED unless writing is open, `pass` is one this gateway issued for the current
   * secret, or `given` is the secret (then a pass comes back). While guessing is paused, a secret given without a
   * pass is not checked at all: MESHLOOM_ERR_TOO_MANY_GUESSES.
   */
  checkSecret(given: string | undefined, pass: string | undefined): SecretCheck {
    if (!this.secret || !this.passes) return {};
    if (pass && this.passes.verify(pass)) return {};
    if (given === undefined) throw webErrors.MESHLOOM_ERR_SECRET_REQUIRED();
    const now = this.now();
    const wait = this.secretGuesses.waitMs(now);
    if (wait > 0) throw webErrors.MESHLOOM_ERR_TOO_MANY_GUESSES(Math.ceil(wait / 1000));
    if (!safeEqual(normaliseSecret(given), normaliseSecret(this.secret))) {
      this.secretGuesses.failed(now);
      throw webErrors.MESHLOOM_ERR_SECRET_REQUIRED();
    }
    return { newPass: this.passes.issue() };
  }

  async login(password: string): Promise<{ token: string; expiresAtMs: number }> {
    const wait = this.loginGuesses.waitMs(this.now());
    if (wait > 0) throw webErrors.MESHLOOM_ERR_TOO_MANY_GUESSES(Math.ceil(wait / 1000));
    if (!(await this.checkPassword(password))) {
      this.loginGuesses.failed(this.now());
      throw webErrors.MESHLOOM_ERR_OPERATOR_PASSWORD();
    }
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

  private chooseSecret(secret: string | undefined): string | undefined {
    if (!secret) return undefined;
    if (secret !== 'generate') {
      refuseWeak('the neighbourhood secret', secret, 'Use a phrase of four or more uncommon words, or --secret generate for one.');
      return secret;
    }
    const kept = this.store.getSetting('neighbourhood_secret');
    if (kept) return kept;
    const made = newPassphrase();
    this.store.setSetting('neighbourhood_secret', made);
    return made;
  }

  /** The gateway's own key for passes; kept in the store so passes survive a restart. */
  private passKey(): Buffer {
    const kept = this.store.getSetting('pass_key');
    if (kept) return Buffer.from(kept, 'hex');
    const key = randomBytes(32);
    this.store.setSetting('pass_key', key.toString('hex'));
    return key;
  }

  private setPassword(password: string): void {
    const salt = randomBytes(16);
    const hash = scryptSync(password, salt, HASH_BYTES);
    this.store.setSetting('operator_password', `scrypt:${salt.toString('hex')}:${hash.toString('hex')}`);
  }

  private storedHash(): { salt: Buffer; expected: Buffer } | undefined {
    const [, saltHex, hashHex] = this.store.getSetting('operator_password')?.split(':') ?? [];
    if (!saltHex || !hashHex) return undefined;
    return { salt: Buffer.from(saltHex, 'hex'), expected: Buffer.from(hashHex, 'hex') };
  }

  /** At start-up only: nothing else is waiting on the event loop yet. */
  private checkPasswordSync(password: string): boolean {
    const stored = this.storedHash();
    return stored !== undefined && timingSafeEqual(scryptSync(password, stored.salt, stored.expected.length), stored.expected);
  }

  private async checkPassword(password: string): Promise<boolean> {
    const stored = this.storedHash();
    if (!stored) return false;
    await this.hashSlot();
    try {
      return timingSafeEqual(await scryptAsync(password, stored.salt, stored.expected.length), stored.expected);
    } finally {
      // The slot passes straight to the next waiter, so a newcomer cannot slip in between.
      const next = this.waiting.shift();
      if (next) next();
      else this.hashing -= 1;
    }
  }

  private async hashSlot(): Promise<void> {
    if (this.hashing < MAX_HASHING) {
      this.hashing += 1;
      return;
    }
    if (this.waiting.length >= MAX_WAITING) throw webErrors.MESHLOOM_ERR_BUSY('operator logins are being tried faster than they can be checked');
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
}

function refuseWeak(what: string, secret: string, advice: string): void {
  const why = weakness(secret);
  if (why) throw commonErrors.MESHLOOM_ERR_USAGE(`${what} is too easy to guess for a shared WiFi: ${why} ${advice}`);
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
