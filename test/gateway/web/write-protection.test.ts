/**
 * Who may write: the neighbourhood secret (strong, compared without regard to case or separators), the pass a
 * phone gets once it gave it, one guess budget for the whole gateway (an attacker rotates addresses), the
 * operator login under the same budget, and the per-client write rate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OperatorAuth } from '../../../gateway/web/operator-auth.ts';
import { PASS_COOKIE } from '../../../gateway/web/neighbour-pass.ts';
import { newPassphrase, weakness } from '../../../gateway/web/secret-strength.ts';
import { LedgerStore } from '../../../store/ledger-store.ts';
import { OPERATOR_PASSWORD, startWebFixture, type WebFixture } from './web-fixture.ts';

const SECRET = 'maple lantern orbit gravel seven';
const entry = { kind: 'contribution', category: 'meals', quantity: 1, member: 'ana' };

describe('secrets strong enough for a shared WiFi', () => {
  it('refuses a PIN or a common password at start, with advice', () => {
    const store = new LedgerStore({ path: ':memory:' });
    expect(() => new OperatorAuth({ store, password: OPERATOR_PASSWORD, secret: '4711' })).toThrow(/too easy to guess.*four or more uncommon words/);
    expect(() => new OperatorAuth({ store, password: 'password123' })).toThrow(/MESHLOOM_OPERATOR_PASSWORD is too easy to guess/);
    store.close();
  });

  it('generates five-word passphrases that pass its own check, and keeps one across restarts', () => {
    const phrase = newPassphrase();
    expect(phrase.split(' ')).toHaveLength(5);
    expect(weakness(phrase)).toBeUndefined();
    const store = new LedgerStore({ path: ':memory:' });
    const first = new OperatorAuth({ store, password: OPERATOR_PASSWORD, secret: 'generate' });
    const again = new OperatorAuth({ store, password: OPERATOR_PASSWORD, secret: 'generate' });
    expect(first.secret).toBe(again.secret);
    store.close();
  });
});

describe('writing with the neighbourhood secret', () => {
  let web: WebFixture;
  beforeAll(async () => {
    web = await startWebFixture({ secret: SECRET, guesses: { free: 5, firstPauseMs: 60_000 } });
  });
  afterAll(async () => {
    await web.close();
  });
  const post = (headers: Record<string, string>, remoteAddress = '10.0.0.1') =>
    web.app.inject({ method: 'POST', url: '/api/entries', payload: entry, headers, remoteAddress });

  it('asks for the secret, accepts it however it is typed, and hands the phone a pass', async () => {
    const without = await post({});
    expect(without.statusCode).toBe(401);
    expect(without.json().error).toBe('MESHLOOM_ERR_SECRET_REQUIRED');
    const right = await post({ 'x-meshloom-secret': '  Maple-Lantern ORBIT gravel  seven ' });
    expect(right.statusCode).toBe(201);
    const cookie = String(right.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^${PASS_COOKIE}=[^;]+; Path=/api; Max-Age=\\d+; HttpOnly; SameSite=Strict$`));
    const withPass = await post({ cookie: cookie.split(';')[0] as string });
    expect(withPass.statusCode).toBe(201);
    const forged = await post({ cookie: `${PASS_COOKIE}=abc.def` });
    expect(forged.statusCode).toBe(401);
  });

  it('pauses all guessing after a few wrong ones from any addresses, but not phones that hold a pass', async () => {
    const right = await post({ 'x-meshloom-secret': SECRET }, '10.0.0.2');
    const pass = String(right.headers['set-cookie']).split(';')[0] as string;
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await post({ 'x-meshloom-secret': `guess ${i}` }, `10.0.1.${i}`)).statusCode);
    expect(codes.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(codes.slice(6)).toEqual([429, 429, 429, 429, 429, 429]);

    const newcomer = await post({ 'x-meshloom-secret': SECRET }, '10.0.2.1');
    expect(newcomer.statusCode).toBe(429);
    expect(newcomer.json()).toMatchObject({ error: 'MESHLOOM_ERR_TOO_MANY_GUESSES' });
    expect((await post({ cookie: pass }, '10.0.0.2')).statusCode).toBe(201);
  });
});

describe('operator login', () => {
  let web: WebFixture;
  beforeAll(async () => {
    web = await startWebFixture({ guesses: { free: 3, firstPauseMs: 60_000 } });
  });
  afterAll(async () => {
    await web.close();
  });

  it('answers a burst of wrong passwords from many addresses without an error of its own, then pauses guessing', async () => {
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        web.app.inject({ method: 'POST', url: '/api/operator/login', payload: { password: `wrong ${i}` }, remoteAddress: `10.1.0.${i}` }),
      ),
    );
    const codes = burst.map((r) => r.statusCode);
    expect(codes.every((c) => c === 401 || c === 503)).toBe(true);
    expect(codes.filter((c) => c === 503).length).toBeGreaterThan(0);

    const next = await web.app.inject({ method: 'POST', url: '/api/operator/login', payload: { password: OPERATOR_PASSWORD }, remoteAddress: '10.1.1.1' });
    expect(next.statusCode).toBe(429);
    expect(next.json().error).toBe('MESHLOOM_ERR_TOO_MANY_GUESSES');
  });
});

describe('write rate', () => {
  let web: WebFixture;
  beforeAll(async () => {
    web = await startWebFixture();
  });
  afterAll(async () => {
    await web.close();
  });

  it('limits how fast one client may write', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 35; i++) {
      const res = await web.app.inject({ method: 'POST', url: '/api/messages', payload: { text: `hello ${i}` } });
      codes.push(res.statusCode);
      if (res.statusCode === 429) expect(res.json().error).toBe('MESHLOOM_ERR_RATE_LIMITED');
    }
    expect(codes.filter((c) => c === 201).length).toBe(30);
    expect(codes.at(-1)).toBe(429);
    const read = await web.app.inject('/api/messages');
    expect(read.statusCode).toBe(200);
  });
});

describe('chat when the radio has a backlog', () => {
  let web: WebFixture;
  beforeAll(async () => {
    web = await startWebFixture();
  });
  afterAll(async () => {
    await web.close();
  });

  it('refuses with 429 and says why once 64 messages wait, instead of queueing hours of chat', async () => {
    const codes: number[] = [];
    let refusal: { error: string; message: string } | undefined;
    // From many addresses, as a neighbourhood would: the per-client write limit is not what stops them.
    for (let i = 0; i < 80; i++) {
      const res = await web.app.inject({ method: 'POST', url: '/api/messages', payload: { text: `backlog ${i}` }, remoteAddress: `10.9.${i >> 4}.${i & 15}` });
      codes.push(res.statusCode);
      if (res.statusCode === 429) refusal ??= res.json();
    }
    // The radio takes one text every 2 s (the firmware's limit), so about 64 wait when the refusals begin.
    expect(codes.filter((c) => c === 201).length).toBeGreaterThanOrEqual(64);
    expect(codes.filter((c) => c === 201).length).toBeLessThan(70);
    expect(refusal?.error).toBe('MESHLOOM_ERR_RADIO_BUSY');
    expect(refusal?.message).toMatch(/already wait for the radio.*try again in a minute/);
  });
});
