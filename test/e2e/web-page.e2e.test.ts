/**
 * The neighbourhood page in a real browser (Debian's chromium, driven by playwright-core) against the real
 * gateway on the embedded neighbourhood. Screenshots go to artifacts/ for people to look at.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Severity } from '../../protocol/app/messages.ts';
import { startGateway, type RunningGateway } from '../../gateway/service/start-gateway.ts';
import { joinUrl } from '../../gateway/web/join-link.ts';
import { PASS_COOKIE } from '../../gateway/web/neighbour-pass.ts';
import { eventually } from '../support/eventually.ts';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = join(process.cwd(), 'artifacts');
const PASSWORD = 'operator test password';

let running: RunningGateway;
let browser: Browser;
let dataDir: string;
const foreignRequests: string[] = [];
const pageErrors: string[] = [];
/** While the WiFi is down, or a write is refused on purpose, failed requests are expected. */
let failuresExpected = false;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'meshloom-web-'));
  running = await startGateway({
    dataDir,
    label: 'Elm Street',
    httpHost: '127.0.0.1',
    httpPort: 0,
    operatorPassword: PASSWORD,
    secret: 'generate',
    engine: { digestDebounceMs: 300, ackSpreadMs: 300 },
    embedded: { activityMs: 0 },
  });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await running?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Opens the page as a neighbour who scanned the join QR code (or, with `join: false`, typed the address). */
async function openPage(viewport: { width: number; height: number }, { join = true } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const origin = new URL(running.url).origin;
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) foreignRequests.push(request.url());
  });
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !failuresExpected) pageErrors.push(message.text());
  });
  await page.goto(join ? joinUrl(running.url, running.secret as string) : running.url);
  await page.locator('#link', { hasText: 'ready' }).waitFor();
  return page;
}

const peerAlert = (headline: string) => ({
  headline,
  event: 'Gas leak',
  instruction: 'Keep away from Quarry Road; no flames',
  area: 'Quarry Road',
  severity: Severity.SEVERE,
  urgency: 1 as const,
  certainty: 1 as const,
  category: 0 as const,
  response: 5 as const,
  msgType: 0 as const,
  references: [],
  expiresAtMs: Date.now() + 3_600_000,
});

describe('the neighbourhood page', () => {
  it('shows an alert from another gateway without a reload', async () => {
    const page = await openPage({ width: 390, height: 844 });
    running.embedded!.gateways[0]!.postAlert(peerAlert('Gas smell on Quarry Road'));
    const banner = page.locator('.alert', { hasText: 'Gas smell on Quarry Road' });
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.getAttribute('class')).toContain('sev-severe');
    expect(await banner.textContent()).toContain('Keep away from Quarry Road');
    await page.screenshot({ path: join(ARTIFACTS, 'phone-alert.png'), fullPage: true });
    await page.close();
  });

  it('records a contribution through the form and shows the new totals', async () => {
    const page = await openPage({ width: 390, height: 844 });
    await page.selectOption('select[name=kind]', 'contribution');
    await page.selectOption('select[name=category]', 'repair');
    await page.fill('input[name=quantity]', '3');
    await page.fill('input[name=member]', 'ana');
    await page.fill('input[name=note]', 'fixed the pump');
    await page.click('#entry-form button[type=submit]');
    await page.locator('#totals-list li', { hasText: 'repair: 3 hours' }).waitFor({ timeout: 10_000 });
    await page.locator('#feed li', { hasText: 'fixed the pump' }).waitFor();
    // The words came in the link's fragment: kept on the phone, gone from the address bar, a pass given back.
    expect(page.url()).toBe(running.url);
    expect((await page.context().cookies()).map((c) => c.name)).toEqual([PASS_COOKIE]);
    await page.screenshot({ path: join(ARTIFACTS, 'phone-ledger.png'), fullPage: true });
    await page.close();
  });

  it('asks a neighbour who came without the link for the secret words, and records after', async () => {
    const page = await openPage({ width: 390, height: 844 }, { join: false });
    page.on('dialog', (dialog) => void dialog.accept(running.secret));
    await page.selectOption('select[name=kind]', 'need');
    await page.fill('input[name=member]', 'bo');
    await page.fill('input[name=note]', 'insulin cooling');
    failuresExpected = true;
    await page.click('#entry-form button[type=submit]');
    await page.locator('#entry-form .form-status', { hasText: 'secret words' }).waitFor();
    failuresExpected = false;
    await page.click('#entry-form button[type=submit]');
    await page.locator('#entry-form .form-status', { hasText: 'Done.' }).waitFor();
    expect(running.gateway.store.views.list({ member: 'bo', limit: 10, offset: 0 }).map((row) => row.note)).toContain('insulin cooling');
    await page.close();
  });

  it('shows a chat message from the page waiting, then heard on the mesh', async () => {
    const page = await openPage({ width: 390, height: 844 });
    await page.click('[data-tab=chat]');
    await page.fill('#chat-form input[name=text]', 'Generator running at number 12');
    await page.click('#chat-form button[type=submit]');
    const mine = page.locator('#chat li.own', { hasText: 'Generator running at number 12' });
    await mine.locator('.state-acked', { hasText: 'heard on the mesh' }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'phone-chat.png'), fullPage: true });
    await page.close();
  });

  it('counts what a neighbour types in bytes, as the radio does, and will not send past the limit', async () => {
    const page = await openPage({ width: 390, height: 844 });
    const member = page.locator('input[name=member]');
    await member.fill('Zoë');
    await page.locator('input[name=member] + .byte-count', { hasText: '4 / 32 bytes' }).waitFor();
    await member.fill('🔥'.repeat(9));
    await page.locator('input[name=member] + .byte-count.over', { hasText: '36 / 32 bytes' }).waitFor();
    expect(await member.evaluate((input: unknown) => (input as { validationMessage: string }).validationMessage)).toContain('Too long by 4 bytes');
    const before = running.gateway.store.views.entryCount();
    await page.fill('input[name=quantity]', '1');
    await page.click('#entry-form button[type=submit]');
    expect(await page.locator('#entry-form').evaluate((form: unknown) => (form as { checkValidity(): boolean }).checkValidity())).toBe(false);
    expect(running.gateway.store.views.entryCount()).toBe(before);
    await page.screenshot({ path: join(ARTIFACTS, 'phone-byte-count.png'), fullPage: true });
    await page.close();
  });

  it('lets an operator raise an alert that reaches another gateway', async () => {
    const page = await openPage({ width: 1280, height: 900 });
    await page.click('[data-tab=operator]');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('#login-form button[type=submit]');
    await page.locator('#alert-form').waitFor({ state: 'visible' });
    await page.locator('#join-words', { hasText: running.secret as string }).waitFor();
    expect(await page.locator('#join-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await page.fill('input[name=headline]', 'Water distribution at the hall');
    await page.fill('textarea[name=instruction]', 'Bring containers, 10 litres a household');
    await page.selectOption('select[name=severity]', 'minor');
    await page.click('#alert-form button[type=submit]');
    const other = running.embedded!.gateways[1]!;
    await eventually('the alert at the other gateway', () => other.store.alerts().some((a) => a.body.headline === 'Water distribution at the hall'));
    await page.locator('.alert', { hasText: 'Water distribution at the hall' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'desktop-operator.png'), fullPage: true });
    await page.close();
  });

  it('comes back by itself when the WiFi drops and returns', async () => {
    const page = await openPage({ width: 390, height: 844 });
    const context = page.context();
    // The WiFi drops: the browser goes offline and the gateway sees the live connection die.
    failuresExpected = true;
    await context.setOffline(true);
    running.hub.disconnectAll();
    await page.locator('#link', { hasText: 'offline' }).waitFor({ timeout: 15_000 });
    await context.setOffline(false);
    await page.locator('#link', { hasText: 'ready' }).waitFor({ timeout: 15_000 });
    failuresExpected = false;
    running.embedded!.gateways[0]!.postAlert(peerAlert('Road closed at the bridge'));
    await page.locator('.alert', { hasText: 'Road closed at the bridge' }).waitFor({ timeout: 15_000 });
    await page.click('[data-tab=mesh]');
    await page.locator('#nodes tr').first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'phone-mesh.png'), fullPage: true });
    await page.close();
  });

  it('loaded nothing from anywhere but the gateway, and raised no script errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('a gateway that lost its ledger file but kept its key', () => {
  it('says it is getting its ledger back, and keeps what a neighbour records meanwhile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshloom-web-recovering-'));
    const options = { dataDir: dir, label: 'Elm Street', httpHost: '127.0.0.1', httpPort: 0, embedded: { activityMs: 0 } };
    await (await startGateway(options)).close();
    rmSync(join(dir, 'embedded.sqlite'));
    const recovering = await startGateway(options);
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(recovering.url);
      await page.locator('#recovery', { hasText: 'getting its ledger back from the neighbouring gateways' }).waitFor();
      await page.fill('input[name=quantity]', '2');
      await page.fill('input[name=member]', 'ana');
      await page.fill('input[name=note]', 'soup while the gateway recovers');
      await page.click('#entry-form button[type=submit]');
      await page.locator('#entry-form .form-status', { hasText: 'Kept' }).waitFor();
      await page.screenshot({ path: join(ARTIFACTS, 'phone-recovering.png'), fullPage: true });
      await page.close();
      expect(recovering.gateway.store.heldSubmissions()).toHaveLength(1);
    } finally {
      await recovering.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
