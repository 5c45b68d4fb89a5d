/**
 * What a neighbour's day needs from the API: check-ins that reach the other gateways, needs and offers with a
 * life (taken, done, withdrawn), corrections only of what exists, retries that never record twice, chat signed
 * with the neighbour's name, and errors that say which field broke which rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toMinute } from '../../../protocol/app/meshloom-time.ts';
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

interface NeedJson {
  id: string;
  name: string;
  status: string;
  takenBy: { name: string }[];
  doneBy: { name: string } | null;
  askStill: boolean;
}
const needs = async () => (await web.app.inject('/api/needs')).json() as NeedJson[];

describe('check-ins', () => {
  it('counts households safe and asking for help, latest word per household, and carries them to the other gateways', async () => {
    expect((await post('/api/check-ins', { household: 'Garcia family', status: 'safe' })).statusCode).toBe(201);
    expect((await post('/api/check-ins', { household: 'Flat 4', status: 'need_help', note: 'no insulin fridge' })).statusCode).toBe(201);
    expect((await post('/api/check-ins', { household: 'garcia family ', status: 'need_help', note: 'grandma fell' })).statusCode).toBe(201);
    const res = (await web.app.inject('/api/check-ins')).json();
    expect(res).toMatchObject({ sinceReason: 'day', safe: 0, needHelp: 2 });
    expect(res.households.map((h: { name: string; note: string }) => [h.name, h.note])).toEqual([
      ['Flat 4 (Test Hood)', 'no insulin fridge'],
      ['garcia family (Test Hood)', 'grandma fell'],
    ]);
    // Signed and synced like ledger entries: the neighbourhood's other gateways see them.
    const peer = web.embedded.gateways[0]!;
    await eventually(
      'the check-ins at another gateway',
      () => peer.store.views.checkIns(toMinute(Date.now() - 3_600_000)).filter((c) => c.member.startsWith('Flat')).length === 1,
      30_000,
    );
  });

  it('counts from the time the operator sets, and refuses a check-in without a household', async () => {
    const login = await post('/api/operator/login', { password: OPERATOR_PASSWORD });
    const auth = { authorization: `Bearer ${login.json().token}` };
    const later = new Date(Date.now() + 120_000).toISOString();
    const set = await web.app.inject({ method: 'PUT', url: '/api/operator/check-in-since', payload: { since: later }, headers: auth });
    expect(set.statusCode).toBe(200);
    expect((await web.app.inject('/api/check-ins')).json()).toMatchObject({ sinceReason: 'operator', safe: 0, needHelp: 0, households: [] });
    await web.app.inject({ method: 'PUT', url: '/api/operator/check-in-since', payload: { since: null }, headers: auth });
    expect((await web.app.inject('/api/check-ins')).json().sinceReason).not.toBe('operator');
    const refused = await post('/api/check-ins', { status: 'safe' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ field: 'household', rule: 'required' });
  });
});

describe('needs and offers', () => {
  it('goes from open to taken (by whom) to done', async () => {
    const created = await post('/api/entries', { kind: 'need', category: 'water', quantity: 10, member: 'Maria', note: 'for the baby' });
    const id = created.json().id as string;
    expect((await needs()).find((n) => n.id === id)).toMatchObject({ name: 'Maria (Test Hood)', status: 'open', takenBy: [], askStill: false });
    expect((await post('/api/responses', { about: id, step: 'taken', member: 'Ali' })).statusCode).toBe(201);
    expect((await needs()).find((n) => n.id === id)).toMatchObject({ status: 'taken', takenBy: [{ name: 'Ali (Test Hood)' }] });
    expect((await post('/api/responses', { about: id, step: 'done', member: 'Maria' })).statusCode).toBe(201);
    expect((await needs()).find((n) => n.id === id)).toMatchObject({ status: 'done', doneBy: { name: 'Maria (Test Hood)' } });
  });

  it('is withdrawn by its author, and a correction of an entry that does not exist is refused', async () => {
    const created = await post('/api/entries', { kind: 'offer', category: 'power', quantity: 2, member: 'Jo' });
    const { id, seq } = created.json() as { id: string; seq: number };
    expect((await post('/api/entries', { kind: 'correction', member: 'Jo', corrects: seq, void: true })).statusCode).toBe(201);
    expect((await needs()).find((n) => n.id === id)?.status).toBe('withdrawn');
    const missing = await post('/api/entries', { kind: 'correction', member: 'Jo', corrects: 999_999, void: true });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().message).toContain('999999');
  });

  it('refuses news of a need that does not exist', async () => {
    const res = await post('/api/responses', { about: '!6d6c0001/999999', step: 'taken', member: 'Ali' });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toContain('!6d6c0001/999999');
  });
});

describe('a phone that sends again', () => {
  it('records once per idempotency key and gives the first answer back', async () => {
    const before = web.gateway.store.views.entryCount();
    const headers = { 'idempotency-key': 'phone-1-submission-42' };
    const first = await post('/api/entries', { kind: 'contribution', category: 'meals', quantity: 4, member: 'Sam' }, headers);
    const again = await post('/api/entries', { kind: 'contribution', category: 'meals', quantity: 4, member: 'Sam' }, headers);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(web.gateway.store.views.entryCount()).toBe(before + 1);
  });

  it('does not remember a refused submission, and refuses a malformed key', async () => {
    const headers = { 'idempotency-key': 'phone-1-submission-43' };
    expect((await post('/api/entries', { kind: 'contribution', member: '' }, headers)).statusCode).toBe(400);
    expect((await post('/api/entries', { kind: 'contribution', member: 'Sam' }, headers)).statusCode).toBe(201);
    const bad = await post('/api/entries', { kind: 'contribution', member: 'Sam' }, { 'idempotency-key': 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('idempotency-key');
  });
});

describe('chat from the page', () => {
  it('goes out with the neighbour’s name in front, and reads as that neighbour of this gateway', async () => {
    const res = await post('/api/messages', { text: 'Soup at the hall', name: 'Maria' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ fromName: 'Maria (Test Hood)', text: 'Soup at the hall' });
    const onAir = web.gateway.messages.recent(1)[0];
    expect(onAir?.text).toBe('Maria: Soup at the hall');
    expect((await post('/api/messages', { text: 'hi', name: 'a:b' })).json()).toMatchObject({ field: 'name', rule: 'pattern' });
  });
});

describe('errors people can read', () => {
  it.each([
    [
      { kind: 'contribution', member: 'x'.repeat(33) },
      { field: 'member', rule: 'maxLength', limit: 32, message: '"member" is too long: at most 32 characters' },
    ],
    [{ kind: 'contribution' }, { field: 'member', rule: 'required', message: '"member" is missing' }],
    [
      { kind: 'contribution', member: 'a', admin: 1 },
      { field: 'admin', rule: 'additionalProperties' },
    ],
    [
      { kind: 'gift', member: 'a' },
      { field: 'kind', rule: 'enum', message: expect.stringContaining('contribution, need, offer') },
    ],
  ])('names the field and the rule: %j', async (payload, expected) => {
    const res = await post('/api/entries', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'MESHLOOM_ERR_BAD_REQUEST', ...expected });
    expect(res.json().message).not.toContain('body/');
  });
});
