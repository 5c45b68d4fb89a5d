/**
 * Nothing a neighbour or an operator submits is stored unless it can be read back (issue 14, "Poison"): text is
 * checked in the unit the wire uses (UTF-8 bytes), lone surrogates are refused, and absurd numbers in a query
 * are a 400, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_PASSWORD, startWebFixture, type WebFixture } from './web-fixture.ts';

let web: WebFixture;
beforeAll(async () => {
  web = await startWebFixture();
});
afterAll(async () => {
  await web.close();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  web.app.inject({ method: 'POST', url, payload: JSON.stringify(payload), headers: { 'content-type': 'application/json', ...headers } });

async function operatorHeaders(): Promise<Record<string, string>> {
  const login = await post('/api/operator/login', { password: OPERATOR_PASSWORD });
  return { authorization: `Bearer ${login.json().token as string}` };
}

const flood = { headline: 'Flooding on Mill Lane', event: 'Flood', instruction: 'Move cars uphill', area: 'Mill Lane', severity: 'severe' };

describe('poison', () => {
  it.each(['member', 'note'])('refuses a lone surrogate in %s with a 400, and stores nothing', async (field) => {
    const before = web.gateway.store.views.entryCount();
    const res = await post('/api/entries', { kind: 'contribution', category: 'meals', quantity: 1, member: 'ana', [field]: 'a\ud800b' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'MESHLOOM_ERR_FIELD_INVALID', message: expect.stringContaining(field) });
    expect(web.gateway.store.views.entryCount()).toBe(before);
    expect((await web.app.inject('/api/ledger')).statusCode).toBe(200);
  });

  it.each(['headline', 'event', 'area'])('refuses an alert whose %s is too long in UTF-8 bytes, and stores nothing', async (field) => {
    const headers = await operatorHeaders();
    const before = web.gateway.store.alerts().length;
    const res = await post('/api/alerts', { ...flood, [field]: '🔥'.repeat(field === 'area' ? 51 : field === 'event' ? 17 : 41) }, headers);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'MESHLOOM_ERR_FIELD_INVALID', message: expect.stringContaining(field) });
    expect(web.gateway.store.alerts().length).toBe(before);
    expect((await web.app.inject('/api/alerts')).statusCode).toBe(200);
  });

  it('refuses a lone surrogate in an alert', async () => {
    const headers = await operatorHeaders();
    const before = web.gateway.store.alerts().length;
    const res = await post('/api/alerts', { ...flood, instruction: 'go \udc00 now' }, headers);
    expect(res.statusCode).toBe(400);
    expect(web.gateway.store.alerts().length).toBe(before);
  });

  it.each(['offset=1e20', 'offset=Infinity', 'limit=Infinity', 'offset=-1', 'limit=1e3', 'offset=9007199254740993'])(
    'answers GET /api/ledger?%s with a 400',
    async (query) => {
      const res = await web.app.inject(`/api/ledger?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toBe('MESHLOOM_ERR_BAD_REQUEST');
    },
  );
});
