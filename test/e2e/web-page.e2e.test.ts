/**
 * The neighbourhood page in a real browser (Debian's chromium, driven by playwright-core) against the real
 * gateway on the embedded neighbourhood. Screenshots go to artifacts/ for people to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Severity } from '../../protocol/app/messages.ts';
import { startGateway, type RunningGateway } from '../../gateway/service/start-gateway.ts';
import { joinUrl } from '../../gateway/web/join-link.ts';
import { PASS_COOKIE } from '../../gateway/web/neighbour-pass.ts';
import { eventually } from '../support/eventually.ts';
import { tilesAround, writeMbtiles } from '../support/tile-fixtures.ts';

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

interface OpenOptions {
  /** Came by the join QR code (true) or typed the address. */
  join?: boolean;
  /** The name this phone already remembers; none asks for it. */
  name?: string;
  locale?: string;
}

/** Opens the page as a neighbour on a phone of their own (a fresh browser context: storage of its own). */
async function openPage(viewport: { width: number; height: number }, { join = true, name = 'Ana', locale = 'en-GB' }: OpenOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport, locale });
  const page = await context.newPage();
  // Shorter than the test's own timeout, so a failure names the step that waited.
  page.setDefaultTimeout(12_000);
  const origin = new URL(running.url).origin;
  page.on('request', (request) => {
    if (!request.url().startsWith(origin)) foreignRequests.push(request.url());
  });
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !failuresExpected) pageErrors.push(message.text());
  });
  if (name) {
    await context.addInitScript((n) => {
      const storage = (globalThis as unknown as { localStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void } }).localStorage;
      if (storage.getItem('meshloom-name') === null) storage.setItem('meshloom-name', n);
    }, name);
  }
  await page.goto(join ? joinUrl(running.url, running.secret as string) : running.url);
  await page.locator('#link.link:not(.down)').waitFor();
  return page;
}

async function closePage(page: Page): Promise<void> {
  await page.context().close();
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

/** The page may never be wider than the phone, whatever was typed. */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
    return root.scrollWidth > root.clientWidth;
  });
}

const PHONE = { width: 390, height: 844 };

describe('the neighbourhood page', () => {
  it('shows an alert from another gateway without a reload', async () => {
    const page = await openPage(PHONE);
    running.embedded!.gateways[0]!.postAlert(peerAlert('Gas smell on Quarry Road'));
    const banner = page.locator('.alert', { hasText: 'Gas smell on Quarry Road' });
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.getAttribute('class')).toContain('sev-severe');
    expect(await banner.textContent()).toContain('Keep away from Quarry Road');
    await page.screenshot({ path: join(ARTIFACTS, 'phone-alert.png'), fullPage: true });
    await closePage(page);
  });

  it('asks a new neighbour for a name once, remembers it, and uses it for what they record', async () => {
    const page = await openPage(PHONE, { name: '' });
    await page.locator('#me-form').waitFor({ state: 'visible' });
    await page.fill('#me-form input[name=name]', 'Maria');
    await page.fill('#me-form input[name=household]', 'Garcia family');
    await page.click('#me-form button[type=submit]');
    await page.locator('#me-known', { hasText: 'You: Maria' }).waitFor();
    await page.reload();
    await page.locator('#me-known', { hasText: 'You: Maria' }).waitFor();
    expect(await page.inputValue('#entry-form input[name=member]')).toBe('Maria');
    await page.click('[data-tab=safe]');
    expect(await page.inputValue('#checkin-form input[name=household]')).toBe('Garcia family');
    await closePage(page);
  });

  it('records a contribution with its unit in sight, and shows totals per unit', async () => {
    const page = await openPage(PHONE);
    await page.selectOption('#entry-form select[name=kind]', 'contribution');
    await page.selectOption('#entry-form select[name=category]', 'repair');
    expect(await page.locator('#entry-form select[name=unit] option').allTextContents()).toEqual(['hours', 'items']);
    await page.fill('#entry-form input[name=quantity]', '3');
    await page.fill('#entry-form input[name=note]', 'fixed the pump');
    await page.click('#entry-form button[type=submit]');
    await page.locator('#totals li[data-category=repair]', { hasText: '3 hours' }).waitFor({ timeout: 10_000 });
    await page.locator('#feed li', { hasText: 'Ana (Elm Street): Repair, 3 hours' }).waitFor();
    // The words came in the link's fragment: kept on the phone, gone from the address bar, a pass given back.
    expect(page.url()).toBe(running.url);
    expect((await page.context().cookies()).map((c) => c.name)).toEqual([PASS_COOKIE]);
    await page.screenshot({ path: join(ARTIFACTS, 'phone-ledger.png'), fullPage: true });
    await closePage(page);
  });

  it('corrects and withdraws an entry made from this phone, and says it in words', async () => {
    const page = await openPage(PHONE);
    await page.selectOption('#entry-form select[name=category]', 'meals');
    await page.fill('#entry-form input[name=quantity]', '3');
    await page.fill('#entry-form input[name=note]', 'lentil soup');
    await page.click('#entry-form button[type=submit]');
    const mine = page.locator('#feed li', { hasText: 'lentil soup' }).filter({ has: page.locator('.mine') });
    await mine.waitFor({ timeout: 10_000 });
    await mine.locator('button', { hasText: 'Correct' }).click();
    await mine.locator('form.correction input[name=quantity]').fill('5');
    await mine.locator('form.correction button[type=submit]').click();
    await page.locator('#feed li', { hasText: 'Ana (Elm Street) corrected: 5 portions, not 3 portions' }).waitFor({ timeout: 10_000 });
    page.once('dialog', (dialog) => void dialog.accept());
    await page
      .locator('#feed li', { hasText: 'lentil soup' })
      .filter({ has: page.locator('.mine') })
      .locator('button', { hasText: 'Withdraw' })
      .click();
    await page.locator('#feed li', { hasText: 'Ana (Elm Street) withdrew: Ana (Elm Street): Meals, 3 portions' }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'phone-correction.png'), fullPage: true });
    await closePage(page);
  });

  it('asks a neighbour who came without the link for the secret words first, then records', async () => {
    const page = await openPage(PHONE, { join: false, name: 'Bo' });
    await page.selectOption('#entry-form select[name=kind]', 'need');
    await page.fill('#entry-form input[name=note]', 'insulin cooling');
    await page.click('#entry-form button[type=submit]');
    await page.locator('#secret-dialog').waitFor({ state: 'visible' });
    await page.screenshot({ path: join(ARTIFACTS, 'phone-secret.png') });
    await page.fill('#secret-dialog input[name=secret]', running.secret as string);
    await page.click('#secret-dialog button[value=ok]');
    await page.locator('#entry-form .form-status', { hasText: 'Done.' }).waitFor();
    expect(running.gateway.store.views.list({ member: 'Bo', limit: 10, offset: 0 }).map((row) => row.note)).toContain('insulin cooling');
    await closePage(page);
  });

  it('takes a need from open to taken (by whom) to done, across two phones', async () => {
    const maria = await openPage(PHONE, { name: 'Maria' });
    const ali = await openPage(PHONE, { name: 'Ali' });
    await maria.click('[data-tab=needs]');
    await maria.selectOption('#need-form select[name=category]', 'water');
    expect(await maria.locator('#need-form select[name=unit] option').allTextContents()).toEqual(['litres']);
    await maria.fill('#need-form input[name=quantity]', '20');
    await maria.fill('#need-form input[name=note]', 'for the baby');
    await maria.click('#need-form button[type=submit]');
    await maria.locator('#needs-open li', { hasText: 'Maria (Elm Street) needs Water: 20 litres' }).waitFor({ timeout: 10_000 });
    await ali.click('[data-tab=needs]');
    const need = ali.locator('#needs-open li', { hasText: 'for the baby' });
    await need.locator('button', { hasText: 'I can help' }).click();
    await maria.locator('#needs-open li', { hasText: 'taken by Ali (Elm Street)' }).waitFor({ timeout: 10_000 });
    await maria.screenshot({ path: join(ARTIFACTS, 'phone-need-taken.png'), fullPage: true });
    await maria.locator('#needs-open li', { hasText: 'for the baby' }).locator('button', { hasText: 'Done' }).click();
    await maria.locator('#needs-closed li', { hasText: 'done (Maria (Elm Street))' }).waitFor({ timeout: 10_000 });
    await closePage(maria);
    await closePage(ali);
  });

  it('lets a household check in, counts it, and the check-in reaches another gateway', async () => {
    const page = await openPage(PHONE, { name: 'Lee' });
    await page.click('[data-tab=safe]');
    await page.fill('#checkin-form input[name=note]', 'roof leaking, two kids');
    await page.click('#checkin-form button.help');
    await page.locator('#checkin-form .form-status', { hasText: 'Checked in' }).waitFor();
    await page.locator('#safe-help li', { hasText: 'Lee (Elm Street)' }).waitFor();
    expect(await page.textContent('#safe-counts')).toMatch(/asking for help/);
    const other = running.embedded!.gateways[1]!;
    await eventually('the check-in at another gateway', () => other.store.views.checkIns(0).some((c) => c.member === 'Lee'), 30_000);
    await page.screenshot({ path: join(ARTIFACTS, 'phone-checkin.png'), fullPage: true });
    await closePage(page);
  });

  it('shows a chat message from the page under the neighbour’s name, waiting, then heard on the mesh', async () => {
    const page = await openPage(PHONE, { name: 'Maria' });
    await page.click('[data-tab=chat]');
    await page.locator('#chat-as', { hasText: 'Sent as Maria' }).waitFor();
    await page.fill('#chat-form input[name=text]', 'Generator running at number 12');
    await page.click('#chat-form button[type=submit]');
    const mine = page.locator('#chat li.own', { hasText: 'Generator running at number 12' });
    await mine.locator('.state-acked', { hasText: 'heard on the mesh' }).waitFor({ timeout: 20_000 });
    expect(await mine.locator('.who').textContent()).toBe('Maria (Elm Street)');
    await page.screenshot({ path: join(ARTIFACTS, 'phone-chat.png'), fullPage: true });
    await closePage(page);
  });

  it('counts what a neighbour types in bytes, as the radio does, and will not send past the limit', async () => {
    const page = await openPage(PHONE);
    const member = page.locator('#entry-form input[name=member]');
    await member.fill('Zoë');
    await page.locator('#entry-form input[name=member] + .byte-count', { hasText: '4 / 32 bytes' }).waitFor();
    await member.fill('🔥'.repeat(9));
    await page.locator('#entry-form input[name=member] + .byte-count.over', { hasText: '36 / 32 bytes' }).waitFor();
    expect(await member.evaluate((input: unknown) => (input as { validationMessage: string }).validationMessage)).toContain('Too long by 4 bytes');
    const before = running.gateway.store.views.entryCount();
    await page.click('#entry-form button[type=submit]');
    expect(await page.locator('#entry-form').evaluate((form: unknown) => (form as { checkValidity(): boolean }).checkValidity())).toBe(false);
    expect(running.gateway.store.views.entryCount()).toBe(before);
    await closePage(page);
  });

  it('says what is wrong in plain words, and never scrolls sideways whatever is typed', async () => {
    const page = await openPage(PHONE);
    failuresExpected = true;
    await page.fill('#entry-form input[name=member]', 'ana@elsewhere');
    await page.click('#entry-form button[type=submit]');
    await page.locator('#entry-form .form-status', { hasText: 'Not sent: The name cannot contain “@”' }).waitFor();
    failuresExpected = false;
    expect(await page.textContent('#entry-form .form-status')).not.toMatch(/body|pattern|member/);
    await page.fill('#entry-form input[name=member]', 'Ana');
    await page.fill('#entry-form input[name=note]', 'x'.repeat(150));
    await page.click('#entry-form button[type=submit]');
    await page.locator('#feed li', { hasText: 'x'.repeat(150) }).waitFor({ timeout: 10_000 });
    expect(await scrollsSideways(page)).toBe(false);
    await page.click('[data-tab=mesh]');
    await page.locator('#nodes tr').first().waitFor();
    expect(await scrollsSideways(page)).toBe(false);
    await closePage(page);
  });

  it('keeps what is recorded while the WiFi is down on the phone, and sends it once when back', async () => {
    const page = await openPage(PHONE);
    const context = page.context();
    failuresExpected = true;
    await context.setOffline(true);
    running.hub.disconnectAll();
    await page.locator('#link.down').waitFor({ timeout: 15_000 });
    // A tab opened while the gateway is out of reach says so on the link line; no script error escapes.
    await page.click('[data-tab=mesh]');
    await page.locator('#link.down', { hasText: 'cannot reach the gateway' }).waitFor();
    await page.click('[data-tab=ledger]');
    await page.fill('#entry-form input[name=quantity]', '2');
    await page.fill('#entry-form input[name=note]', 'blankets while offline');
    await page.click('#entry-form button[type=submit]');
    await page.locator('#entry-form .form-status', { hasText: 'Kept on this phone' }).waitFor();
    await page.locator('#outbox', { hasText: '1 thing waits on this phone' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'phone-offline-waiting.png'), fullPage: true });
    await context.setOffline(false);
    await page.locator('#link:not(.down)').waitFor({ timeout: 15_000 });
    failuresExpected = false;
    await page.locator('#outbox').waitFor({ state: 'hidden', timeout: 30_000 });
    await page.locator('#feed li', { hasText: 'blankets while offline' }).waitFor({ timeout: 10_000 });
    const rows = running.gateway.store.views.list({ member: 'Ana', limit: 500, offset: 0 }).filter((row) => row.note === 'blankets while offline');
    expect(rows).toHaveLength(1);
    running.embedded!.gateways[0]!.postAlert(peerAlert('Road closed at the bridge'));
    await page.locator('.alert', { hasText: 'Road closed at the bridge' }).waitFor({ timeout: 15_000 });
    await closePage(page);
  });

  it('lets an operator raise, update and call all clear, with who acknowledged, and lists past alerts', async () => {
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
    const mine = page.locator('#own-alerts li', { hasText: 'Water distribution at the hall' });
    await mine.filter({ hasText: 'acknowledged by' }).waitFor({ timeout: 20_000 });
    await mine.locator('button', { hasText: 'Update' }).click();
    await page.fill('input[name=headline]', 'Water distribution moved to the school');
    await page.click('#alert-form button[type=submit]');
    await page.locator('.alert', { hasText: 'Water distribution moved to the school' }).waitFor();
    await page.locator('#own-alerts li', { hasText: 'moved to the school' }).locator('button', { hasText: 'All clear' }).click();
    await page.locator('#all-clear .all-clear', { hasText: 'All clear: Water distribution moved to the school' }).waitFor();
    expect(await page.locator('.alert', { hasText: 'Water distribution' }).count()).toBe(0);
    await page.click('#past-alerts summary');
    await page.locator('#past-list li', { hasText: 'Water distribution at the hall' }).filter({ hasText: 'updated' }).waitFor();
    await page.locator('#past-list li', { hasText: 'moved to the school' }).filter({ hasText: 'all clear at' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'desktop-operator.png'), fullPage: true });
    await closePage(page);
  });

  it('shows the mesh with a legend and labels that do not overlap', async () => {
    const page = await openPage(PHONE);
    await page.click('[data-tab=mesh]');
    await page.locator('#mesh-graph .node-label').nth(3).waitFor();
    await page.locator('.legend li', { hasText: 'another gateway' }).waitFor();
    const boxes = await page.locator('#mesh-graph .node-label').evaluateAll((labels) =>
      labels.map((label) => {
        const box = (label as unknown as { getBoundingClientRect(): { left: number; right: number; top: number; bottom: number } }).getBoundingClientRect();
        return { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      }),
    );
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, JSON.stringify([a, b])).toBe(false);
      }
    }
    expect(await page.locator('#nodes tr').first().textContent()).toMatch(/ago|never/);
    await page.screenshot({ path: join(ARTIFACTS, 'phone-mesh.png'), fullPage: true });
    await closePage(page);
  });

  it('speaks Spanish to a phone set to Spanish, and remembers a language chosen on the page', async () => {
    const page = await openPage(PHONE, { locale: 'es-ES', name: 'Lucía' });
    await page.locator('[data-tab=ledger]', { hasText: 'Registro' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.locator('nav.tabs button').allTextContents()).toEqual([
      'Registro',
      'Necesidades y ofertas',
      'Quién está bien',
      'Chat',
      'Red',
      'Operador',
    ]);
    await page.selectOption('#entry-form select[name=category]', 'water');
    await page.fill('#entry-form input[name=quantity]', '1');
    await page.click('#entry-form button[type=submit]');
    await page.locator('#entry-form .form-status', { hasText: 'Hecho.' }).waitFor();
    await page.locator('#feed li', { hasText: 'Lucía (Elm Street): Agua, 1 litro' }).waitFor({ timeout: 10_000 });
    failuresExpected = true;
    await page.fill('#entry-form input[name=member]', 'lu@cia');
    await page.click('#entry-form button[type=submit]');
    await page.locator('#entry-form .form-status', { hasText: 'No enviado: El nombre no puede llevar «@»' }).waitFor();
    failuresExpected = false;
    await page.click('[data-tab=safe]');
    await page.locator('#safe-counts', { hasText: /hogar|hogares/ }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'phone-es-safe.png'), fullPage: true });
    await page.click('[data-tab=ledger]');
    await page.screenshot({ path: join(ARTIFACTS, 'phone-es-ledger.png'), fullPage: true });
    // No English left on the page (names and notes are the neighbours' own words).
    const visible = (await page.locator('body').textContent()) ?? '';
    for (const english of ['What we did', 'Record something', 'Needs & offers', 'Latest', 'Category', 'Who is safe', 'ago']) {
      expect(visible, english).not.toContain(english);
    }
    // Switching language keeps what was being typed.
    await page.fill('#entry-form input[name=note]', 'sopa de lentejas');
    await page.selectOption('#lang', 'en');
    await page.locator('[data-tab=ledger]', { hasText: 'Ledger' }).waitFor();
    expect(await page.inputValue('#entry-form input[name=note]')).toBe('sopa de lentejas');
    await page.reload();
    await page.locator('[data-tab=ledger]', { hasText: 'Ledger' }).waitFor();
    await closePage(page);
  });

  it('is installable, and its shell opens from the phone while the gateway is out of reach', async () => {
    const page = await openPage(PHONE);
    const cdp = await page.context().newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; data: string };
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data).icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(['any', '192x192', '512x512']);
    // Chromium's own check; the only objection allowed is the test's browser profile being incognito.
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await page.evaluate(async () => {
      const nav = (globalThis as unknown as { navigator: { serviceWorker: { ready: Promise<unknown> } } }).navigator;
      await nav.serviceWorker.ready;
    });
    await page.reload();
    await page.locator('#link:not(.down)').waitFor();
    failuresExpected = true;
    await page.context().setOffline(true);
    await page.reload();
    await page.locator('[data-tab=ledger]', { hasText: 'Ledger' }).waitFor();
    await page.locator('#link.down').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'phone-shell-offline.png'), fullPage: true });
    await page.context().setOffline(false);
    failuresExpected = false;
    await closePage(page);
  });

  it('serves API docs that load cleanly and try an operator route with a token given under Authorize', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(12_000);
    page.on('pageerror', (err) => pageErrors.push(`/docs: ${String(err)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`/docs: ${message.text()}`);
    });
    const login = await fetch(new URL('/api/operator/login', running.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: PASSWORD }),
    });
    const { token } = (await login.json()) as { token: string };
    await page.goto(new URL('/docs', running.url).href);
    await page.locator('button.authorize').click();
    await page.locator('.auth-container', { hasText: 'operator' }).locator('input').fill(token);
    await page.locator('.auth-container', { hasText: 'operator' }).locator('button.authorize').click();
    await page.locator('button.close-modal').click();
    const route = page.locator('.opblock', { hasText: '/api/operator/join' });
    await route.locator('.opblock-summary').click();
    await route.locator('button.try-out__btn').click();
    await route.locator('button.execute').click();
    await route.locator('.live-responses-table .response-col_status', { hasText: '200' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'desktop-docs.png') });
    await context.close();
  });

  it('loaded nothing from anywhere but the gateway, and raised no script errors', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('a gateway given an offline map', () => {
  it('draws the radios on the operator’s tiles, all served by the gateway', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshloom-web-map-'));
    const mapTiles = join(dir, 'area.mbtiles');
    writeMbtiles(mapTiles, tilesAround(51.4545, -2.5879, 16), {
      bounds: [-2.6, 51.44, -2.57, 51.47],
      center: [-2.5879, 51.4545, 15],
      minzoom: 0,
      maxzoom: 16,
    });
    const withMap = await startGateway({ dataDir: dir, label: 'Elm Street', httpHost: '127.0.0.1', httpPort: 0, embedded: { activityMs: 0 }, mapTiles });
    try {
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const origin = new URL(withMap.url).origin;
      const problems: string[] = [];
      let tilesServed = 0;
      page.on('request', (request) => {
        if (!request.url().startsWith(origin)) problems.push(`foreign request ${request.url()}`);
      });
      page.on('response', (response) => {
        if (response.url().includes('/map/tiles/') && response.status() === 200) tilesServed++;
      });
      page.on('pageerror', (err) => problems.push(String(err)));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      await page.goto(withMap.url);
      await page.click('[data-tab=mesh]');
      await page.locator('#map canvas.maplibregl-canvas').waitFor();
      // The gateway and its four neighbours broadcast where they stand.
      await eventually('every radio on the map', async () => (await page.locator('.map-node').count()) >= 5, 20_000);
      await eventually('tiles drawn', () => tilesServed > 0);
      expect(await page.locator('#mesh-graph').isHidden()).toBe(true);
      expect(await page.locator('#map-note').isHidden()).toBe(true);
      await page.screenshot({ path: join(ARTIFACTS, 'phone-map.png'), fullPage: true });
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await withMap.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('a gateway that lost its ledger file but kept its key', () => {
  it('says it is getting its ledger back, and keeps what a neighbour records meanwhile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshloom-web-recovering-'));
    const options = { dataDir: dir, label: 'Elm Street', httpHost: '127.0.0.1', httpPort: 0, embedded: { activityMs: 0 } };
    await (await startGateway(options)).close();
    rmSync(join(dir, 'embedded.sqlite'));
    const recovering = await startGateway(options);
    try {
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      await page.goto(recovering.url);
      await page.locator('#recovery', { hasText: 'getting its ledger back from the neighbouring gateways' }).waitFor();
      await page.fill('#entry-form input[name=quantity]', '2');
      await page.fill('#entry-form input[name=member]', 'ana');
      await page.fill('#entry-form input[name=note]', 'soup while the gateway recovers');
      await page.click('#entry-form button[type=submit]');
      await page.locator('#entry-form .form-status', { hasText: 'Kept' }).waitFor();
      await page.screenshot({ path: join(ARTIFACTS, 'phone-recovering.png'), fullPage: true });
      await context.close();
      expect(recovering.gateway.store.heldSubmissions()).toHaveLength(1);
    } finally {
      await recovering.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('lets an operator start a new identity instead: what waited is recorded, and a restart keeps it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshloom-web-identity-'));
    const options = { dataDir: dir, label: 'Elm Street', httpHost: '127.0.0.1', httpPort: 0, embedded: { activityMs: 0 } };
    await (await startGateway(options)).close();
    rmSync(join(dir, 'embedded.sqlite'));
    let running = await startGateway(options);
    try {
      await eventually('the engine', () => running.gateway.engine !== undefined);
      const engine = running.gateway.engine as NonNullable<RunningGateway['gateway']['engine']>;
      const radio = engine.nodeNum;
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      await page.goto(running.url);
      await page.fill('#entry-form input[name=quantity]', '3');
      await page.fill('#entry-form input[name=member]', 'ana');
      await page.fill('#entry-form input[name=note]', 'bread kept while alone');
      await page.click('#entry-form button[type=submit]');
      await page.locator('#entry-form .form-status', { hasText: 'Kept' }).waitFor();
      await page.click('[data-tab=operator]');
      await page.fill('input[name=password]', running.operatorPassword as string);
      await page.click('#login-form button[type=submit]');
      await page.locator('#identity-form').waitFor({ state: 'visible' });
      await page.check('#identity-form input[name=confirm]');
      await page.click('#identity-form button[type=submit]');
      await page.locator('#identity-form .form-status', { hasText: 'now writes as' }).waitFor();
      await page.locator('#recovery').waitFor({ state: 'hidden' });
      await page.screenshot({ path: join(ARTIFACTS, 'phone-new-identity.png'), fullPage: true });
      await context.close();
      expect(problems).toEqual([]);

      const author = engine.author;
      expect(author).not.toBe(radio);
      expect(engine.recovering).toBe(false);
      expect(running.gateway.store.heldSubmissions()).toEqual([]);
      expect(running.gateway.store.entriesBetween(author, 1, 10).map((e) => e.entry.note)).toEqual(['bread kept while alone']);
      const keyFile = readFileSync(join(dir, 'embedded.key'), 'utf8');
      expect(keyFile).toContain(`author !${author.toString(16).padStart(8, '0')}`);
      expect(keyFile).toContain(`retired !${radio.toString(16).padStart(8, '0')} `);
      // The neighbours pin the new identity and take its entry.
      const neighbour = running.embedded!.gateways[0]!;
      await eventually('the new chain at a neighbour', () => neighbour.store.chainTip(author)?.seq === 1, 30_000);

      await running.close();
      running = await startGateway(options);
      await eventually('the engine', () => running.gateway.engine !== undefined);
      const status = (await (await fetch(new URL('/api/status', running.url))).json()) as { gateway: { id: string; radio: string } };
      expect(status.gateway.id).toBe(`!${author.toString(16).padStart(8, '0')}`);
      expect(status.gateway.radio).toBe(`!${radio.toString(16).padStart(8, '0')}`);
    } finally {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
