import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../support/eventually.ts';
import { OPERATOR_PASSWORD, startWebFixture, type WebFixture } from './web-fixture.ts';

let web: WebFixture;
beforeAll(async () => {
  web = await startWebFixture();
});
afterAll(async () => {
  await web.close();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) => web.post(url, payload, headers);

async function operatorToken(): Promise<string> {
  const login = await post('/api/operator/login', { password: OPERATOR_PASSWORD });
  expect(login.statusCode).toBe(200);
  return login.json().token as string;
}

describe('reading', () => {
  it('GET /api/status tells the link, queue, airtime and sync state', async () => {
    const res = await web.app.inject('/api/status');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ gateway: { id: '!6d6c0001', label: 'Test Hood' }, link: { state: 'ready' }, airtime: { budgetMs: 180_000 } });
  });

  it('GET /api/nodes lists the mesh, this gateway and the other gateways marked', async () => {
    await eventually('two peers known', () => web.gateway.store.listAuthors().length >= 2);
    const nodes = (await web.app.inject('/api/nodes')).json() as { id: string; isSelf: boolean; isGateway: boolean }[];
    expect(nodes.find((n) => n.isSelf)?.id).toBe('!6d6c0001');
    expect(nodes.filter((n) => n.isGateway).length).toBeGreaterThanOrEqual(2);
  });

  it('refuses unknown query values with a 400 and a clear message', async () => {
    const res = await web.app.inject('/api/totals?period=fortnight');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'MESHLOOM_ERR_BAD_REQUEST', message: expect.stringContaining('period') });
  });

  it('serves the OpenAPI description of every route, locally', async () => {
    const spec = (await web.app.inject('/docs/json')).json() as { paths: Record<string, unknown> };
    for (const path of [
      '/api/status',
      '/api/alerts',
      '/api/ledger',
      '/api/totals',
      '/api/balances',
      '/api/needs-offers',
      '/api/needs',
      '/api/check-ins',
      '/api/responses',
      '/api/operator/check-in-since',
      '/api/nodes',
      '/api/messages',
      '/api/entries',
      '/api/alerts/{number}/cancel',
      '/api/operator/login',
      '/api/events',
    ]) {
      expect(spec.paths, path).toHaveProperty([path]);
    }
  });

  it('serves the page with a content security policy that allows nothing from elsewhere', async () => {
    const res = await web.app.inject('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).not.toMatch(/https?:\/\//);
    for (const asset of ['/app.js', '/style.css', '/icon.svg']) expect((await web.app.inject(asset)).statusCode).toBe(200);
  });

  it('GET /metrics speaks the Prometheus text format', async () => {
    const res = await web.app.inject('/metrics');
    expect(res.headers['content-type']).toContain('text/plain');
    for (const metric of [
      'meshloom_packets_in_total',
      'meshloom_packets_out_total',
      'meshloom_airtime_used_ms',
      'meshloom_radio_queue_depth',
      'meshloom_sync_lag_entries',
      'meshloom_sse_clients',
      'meshloom_link_up',
      'meshloom_recovering',
    ]) {
      expect(res.body).toMatch(new RegExp(`^${metric} \\d`, 'm'));
    }
    // Every metric says what it is and of which type.
    const names = new Set(res.body.split('\n').flatMap((line) => (line && !line.startsWith('#') ? [line.split(/[{ ]/)[0] as string] : [])));
    for (const name of names) {
      expect(res.body, name).toContain(`# HELP ${name} `);
      expect(res.body, name).toContain(`# TYPE ${name} `);
    }
  });
});

describe('recording', () => {
  it('records a contribution, then shows it in the ledger and the totals', async () => {
    const res = await post('/api/entries', { kind: 'contribution', category: 'childcare', quantity: 2.5, member: 'ana', note: 'after-school club' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ author: '!6d6c0001', seq: expect.any(Number) });
    const ledger = (await web.app.inject('/api/ledger?category=childcare')).json() as { member: string; quantity: number; unit: string }[];
    expect(ledger[0]).toMatchObject({ member: 'ana', quantity: 2.5, unit: 'hours' });
    const totals = (await web.app.inject('/api/totals?period=today')).json() as { totals: { category: string; quantity: number }[] };
    expect(totals.totals.find((t) => t.category === 'childcare')?.quantity).toBe(2.5);
  });

  it('records needs and credits, and shows open needs and balances', async () => {
    expect((await post('/api/entries', { kind: 'need', category: 'water', quantity: 20, member: 'bo', note: 'flat 4' })).statusCode).toBe(201);
    expect((await post('/api/entries', { kind: 'credit', quantity: 3, member: 'ana', toMember: 'bo' })).statusCode).toBe(201);
    const needs = (await web.app.inject('/api/needs-offers')).json() as { kind: string; note: string }[];
    expect(needs.some((n) => n.kind === 'need' && n.note === 'flat 4')).toBe(true);
    const balances = (await web.app.inject('/api/balances')).json() as { member: string; balance: number }[];
    expect(balances).toContainEqual({ member: 'bo@!6d6c0001', balance: 3 });
  });

  it.each([
    ['no body', undefined, 'MESHLOOM_ERR_BAD_REQUEST'],
    ['a missing member', { kind: 'contribution' }, 'MESHLOOM_ERR_BAD_REQUEST'],
    ['an unknown kind', { kind: 'gift', member: 'ana' }, 'MESHLOOM_ERR_BAD_REQUEST'],
    ['a negative quantity', { kind: 'contribution', member: 'ana', quantity: -1 }, 'MESHLOOM_ERR_BAD_REQUEST'],
    ['an unexpected field', { kind: 'contribution', member: 'ana', admin: true }, 'MESHLOOM_ERR_BAD_REQUEST'],
    ['a handle with @', { kind: 'contribution', member: 'ana@elsewhere' }, 'MESHLOOM_ERR_BAD_REQUEST'],
    ['a credit to nobody', { kind: 'credit', member: 'ana', quantity: 1 }, 'MESHLOOM_ERR_FIELD_INVALID'],
    ['a note too long', { kind: 'contribution', member: 'ana', note: 'x'.repeat(201) }, 'MESHLOOM_ERR_BAD_REQUEST'],
  ])('refuses %s with a 400', async (_what, payload, code) => {
    const res = await post('/api/entries', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: code, message: expect.any(String) });
  });

  it('refuses a body that is not JSON', async () => {
    const res = await web.app.inject({ method: 'POST', url: '/api/entries', payload: '{"kind":', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('MESHLOOM_ERR_BAD_REQUEST');
  });

  it('sends a chat message and lists it', async () => {
    const res = await post('/api/messages', { text: 'Soup is ready at the hall' });
    expect(res.statusCode).toBe(201);
    const messages = (await web.app.inject('/api/messages')).json() as { text: string; own: boolean }[];
    expect(messages.at(-1)).toMatchObject({ text: 'Soup is ready at the hall', own: true });
  });

  it('follows a chat message until the mesh is heard relaying it: queued, sent, acked', async () => {
    const states = new Map<number, string[]>();
    web.gateway.on('message-state', ({ id, state }) => states.set(id, [...(states.get(id) ?? []), state]));
    const res = await post('/api/messages', { text: 'Water at the church until 6' });
    // The embedded radio is in this process and may take it at once; over a cable it would still be queued.
    expect(['queued', 'sent']).toContain(res.json().state);
    const id = res.json().id as number;
    await eventually('the chat acked', () => states.get(id)?.includes('acked') === true, 30_000);
    expect(states.get(id)?.at(-1)).toBe('acked');
    const listed = (await web.app.inject('/api/messages')).json() as { id: number; state: string }[];
    expect(listed.find((m) => m.id === id)?.state).toBe('acked');
  });
});

describe('operators', () => {
  const flood = { headline: 'Flooding on Mill Lane', event: 'Flood', instruction: 'Move cars uphill', area: 'Mill Lane', severity: 'severe' };

  it('refuses alerts without an operator token, and a wrong password', async () => {
    expect((await post('/api/alerts', flood)).statusCode).toBe(401);
    const wrong = await post('/api/operator/login', { password: 'guess' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toBe('MESHLOOM_ERR_OPERATOR_PASSWORD');
    expect((await post('/api/alerts', flood, { authorization: 'Bearer not-a-token' })).json().error).toBe('MESHLOOM_ERR_OPERATOR_REQUIRED');
  });

  it('raises an alert, sees it acked by the other gateways, then cancels it', async () => {
    const token = await operatorToken();
    const raised = await post('/api/alerts', flood, { authorization: `Bearer ${token}` });
    expect(raised.statusCode).toBe(201);
    const alert = raised.json() as { number: number; id: string };
    const active = (await web.app.inject('/api/alerts')).json() as { id: string }[];
    expect(active.map((a) => a.id)).toContain(alert.id);
    await eventually('two acks', () => web.gateway.store.ackers(0x6d6c0001, alert.number).length >= 2);
    const acked = (await web.app.inject('/api/alerts')).json() as { id: string; ackedBy: string[]; ackedByNames: string[] }[];
    expect(acked.find((a) => a.id === alert.id)?.ackedBy).toEqual(['!6d6c0100', '!6d6c0101']);
    // Named as the gateways call themselves, for the operator: who has the alert, not how many.
    expect(acked.find((a) => a.id === alert.id)?.ackedByNames).toEqual(['Riverside', 'Hillside']);
    const update = await post(
      `/api/alerts/${alert.number}/update`,
      { ...flood, headline: 'Flooding on Mill Lane and Church Street' },
      { authorization: `Bearer ${token}` },
    );
    expect(update.statusCode).toBe(201);
    const updated = update.json() as { number: number; msgType: string; references: string[] };
    expect(updated).toMatchObject({ msgType: 'update', references: [alert.id] });
    // Other tests' alerts may be in force too: look at this one's line only.
    const afterUpdate = ((await web.app.inject('/api/alerts')).json() as { id: string; headline: string }[]).map((a) => a.headline);
    expect(afterUpdate).toContain('Flooding on Mill Lane and Church Street');
    expect(afterUpdate).not.toContain(flood.headline);
    const cancel = await post(`/api/alerts/${updated.number}/cancel`, {}, { authorization: `Bearer ${token}` });
    expect(cancel.statusCode).toBe(201);
    const after = ((await web.app.inject('/api/alerts')).json() as { headline: string }[]).map((a) => a.headline);
    expect(after.filter((h) => h.startsWith('Flooding on Mill Lane'))).toEqual([]);
    expect((await post('/api/alerts/999/cancel', {}, { authorization: `Bearer ${token}` })).statusCode).toBe(404);
  });

  it('raises an alert for this mesh only when asked, and refuses an unknown scope', async () => {
    const token = await operatorToken();
    const raised = await post('/api/alerts', { ...flood, headline: 'Hall door stuck', scope: 'local' }, { authorization: `Bearer ${token}` });
    expect(raised.statusCode).toBe(201);
    const { number } = raised.json() as { number: number };
    expect(web.gateway.store.getAlert(0x6d6c0001, number)?.body.scope).toBe(1);
    expect((await post('/api/alerts', { ...flood, scope: 'galaxy' }, { authorization: `Bearer ${token}` })).statusCode).toBe(400);
  });
});

describe('the live feed', () => {
  it('streams an entry recorded elsewhere to a connected page', async () => {
    await web.app.listen({ host: '127.0.0.1', port: 0 });
    const address = web.app.server.address() as { port: number };
    const received = await new Promise<string>((resolve, reject) => {
      const request = get({ host: '127.0.0.1', port: address.port, path: '/api/events' }, (res) => {
        expect(res.headers['content-type']).toContain('text/event-stream');
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('event: entry')) {
            request.destroy();
            resolve(text);
          }
        });
      });
      request.on('error', (err) => (err.message.includes('aborted') ? undefined : reject(err)));
      setTimeout(() => {
        void post('/api/entries', { kind: 'offer', category: 'transport', quantity: 1, member: 'cy', note: 'van to the clinic' });
      }, 100);
    });
    expect(received).toMatch(/event: entry\ndata: \{"id":"!6d6c0001\/\d+","local":true\}/);
  });
});

describe('resources', () => {
  it('records a shared resource with its availability', async () => {
    const res = await post('/api/entries', { kind: 'resource', category: 'power', member: 'hal', note: 'generator at the hall', availability: 'in_use' });
    expect(res.statusCode).toBe(201);
    const ledger = (await web.app.inject('/api/ledger?kind=resource')).json() as { note: string; availability: string }[];
    expect(ledger[0]).toMatchObject({ note: 'generator at the hall', availability: 'in_use' });
  });
});

// Nothing a neighbour or an operator submits is stored unless it can be read back (issue 14, "Poison"): text is
// checked in the unit the wire uses (UTF-8 bytes), lone surrogates are refused, and absurd numbers in a query are
// a 400, never a 500.
describe('poison', () => {
  const flood = { headline: 'Flooding on Mill Lane', event: 'Flood', instruction: 'Move cars uphill', area: 'Mill Lane', severity: 'severe' };

  it.each(['member', 'note'])('refuses a lone surrogate in %s with a 400, and stores nothing', async (field) => {
    const before = web.gateway.store.views.entryCount();
    const res = await post('/api/entries', { kind: 'contribution', category: 'meals', quantity: 1, member: 'ana', [field]: 'a\ud800b' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'MESHLOOM_ERR_FIELD_INVALID', message: expect.stringContaining(field) });
    expect(web.gateway.store.views.entryCount()).toBe(before);
    expect((await web.app.inject('/api/ledger')).statusCode).toBe(200);
  });

  const overByteLimit: Record<string, number> = { headline: 41, event: 17, area: 51, instruction: 251 };
  it.each(Object.keys(overByteLimit))('refuses an alert whose %s is too long in UTF-8 bytes, and stores nothing', async (field) => {
    const headers = { authorization: `Bearer ${await operatorToken()}` };
    const before = web.gateway.store.alerts().length;
    const res = await post('/api/alerts', { ...flood, [field]: '🔥'.repeat(overByteLimit[field] as number) }, headers);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'MESHLOOM_ERR_FIELD_INVALID', message: expect.stringContaining(field) });
    expect(web.gateway.store.alerts().length).toBe(before);
    expect((await web.app.inject('/api/alerts')).statusCode).toBe(200);
  });

  it('refuses a lone surrogate in an alert', async () => {
    const headers = { authorization: `Bearer ${await operatorToken()}` };
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

// A page elsewhere can point a name it controls at this gateway's LAN address (DNS rebinding); the browser then
// sends that name as Host. Only the gateway's own names and addresses, and those the operator adds, are answered.
describe('host names', () => {
  it.each(['localhost', '127.0.0.1:8080', '[::1]:8080'])('answers %s', async (host) => {
    expect((await web.app.inject({ url: '/api/status', headers: { host } })).statusCode).toBe(200);
  });

  it('refuses a foreign Host header with a 421 that says what to do', async () => {
    const res = await web.app.inject({ url: '/api/status', headers: { host: 'rebind.attacker.example' } });
    expect(res.statusCode).toBe(421);
    expect(res.json()).toMatchObject({ error: 'MESHLOOM_ERR_HOST_REFUSED', message: expect.stringContaining('--allowed-hosts') });
    expect((await web.app.inject({ url: '/', headers: { host: 'rebind.attacker.example:8080' } })).statusCode).toBe(421);
  });

  it('answers a name the operator allowed', async () => {
    const other = await startWebFixture({ allowedHosts: ['mesh.elmstreet.lan'] });
    try {
      expect((await other.app.inject({ url: '/api/status', headers: { host: 'mesh.elmstreet.lan:8080' } })).statusCode).toBe(200);
      expect((await other.app.inject({ url: '/api/status', headers: { host: 'other.lan' } })).statusCode).toBe(421);
    } finally {
      await other.close();
    }
  });
});
