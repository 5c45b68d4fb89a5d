import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebFixture, type WebFixture } from './web-fixture.ts';

let web: WebFixture;
beforeAll(async () => {
  web = await startWebFixture({ pin: '4711' });
});
afterAll(async () => {
  await web.close();
});

describe('write protection', () => {
  const entry = { kind: 'contribution', category: 'meals', quantity: 1, member: 'ana' };

  it('asks for the neighbourhood PIN when the gateway has one', async () => {
    const without = await web.app.inject({ method: 'POST', url: '/api/entries', payload: entry });
    expect(without.statusCode).toBe(401);
    expect(without.json().error).toBe('MESHLOOM_ERR_PIN_REQUIRED');
    const wrong = await web.app.inject({ method: 'POST', url: '/api/entries', payload: entry, headers: { 'x-meshloom-pin': '0000' } });
    expect(wrong.statusCode).toBe(401);
    const right = await web.app.inject({ method: 'POST', url: '/api/entries', payload: entry, headers: { 'x-meshloom-pin': '4711' } });
    expect(right.statusCode).toBe(201);
  });

  it('limits how fast one client may write', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 35; i++) {
      const res = await web.app.inject({ method: 'POST', url: '/api/messages', payload: { text: `hello ${i}` }, headers: { 'x-meshloom-pin': '4711' } });
      codes.push(res.statusCode);
      if (res.statusCode === 429) expect(res.json().error).toBe('MESHLOOM_ERR_RATE_LIMITED');
    }
    expect(codes.filter((c) => c === 201).length).toBe(30);
    expect(codes.at(-1)).toBe(429);
    const read = await web.app.inject('/api/messages');
    expect(read.statusCode).toBe(200);
  });
});
