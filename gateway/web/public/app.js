// The neighbourhood page. No framework and no build step: it must load fast on an old phone over a busy WiFi,
// and every asset comes from the gateway. User text only ever reaches the page through textContent. Every word
// shown comes from i18n.js; what a neighbour submits while the gateway is out of reach waits in outbox.js.

import { LANGUAGES, MESSAGES, ago, chooseLanguage, clock, language, number, setLanguage, t, translateStatic, when } from './i18n.js';
import { $, $$, el, itemsOr, svgEl } from './dom.js';
import { offlineMap, placeOnMap } from './offline-map.js';
import * as outbox from './outbox.js';

const state = {
  period: 'today',
  token: sessionStorage.getItem('meshloom-operator') ?? '',
  self: null,
  secretRequired: false,
  alertsSeen: new Set(),
  /** Everything loaded, by id, so a correction or a response can say what it is about. */
  entries: new Map(),
  alerts: [],
  /** The gateway's recovery of its own ledger, as /status reports it. */
  recovery: null,
};

// Who this phone is, and what it recorded: kept on the phone only.
const me = {
  get name() {
    return localStorage.getItem('meshloom-name') ?? '';
  },
  get household() {
    return localStorage.getItem('meshloom-household') || this.name;
  },
  mine: new Set(JSON.parse(localStorage.getItem('meshloom-mine') ?? '[]')),
  remember(id) {
    this.mine.add(id);
    localStorage.setItem('meshloom-mine', JSON.stringify([...this.mine].slice(-500)));
  },
};

async function api(path, options = {}) {
  const headers = { ...(options.body ? { 'content-type': 'application/json' } : {}) };
  const secret = localStorage.getItem('meshloom-secret');
  if (secret) headers['x-meshloom-secret'] = secret;
  if (state.token) headers.authorization = `Bearer ${state.token}`;
  if (options.key) headers['idempotency-key'] = options.key;
  const response = await fetch(`/api${path}`, { method: options.method ?? 'GET', headers, body: options.body ? JSON.stringify(options.body) : undefined });
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
  if (!response.ok) throw Object.assign(new Error(body?.message ?? response.statusText), { ...(body ?? {}), code: body?.error, status: response.status });
  return { status: response.status, body };
}
const read = async (path) => (await api(path)).body;

/**
 * Redraws part of the page in the background (a live event, a tab opened). The WiFi dropping mid-way is shown on
 * the link line, and the next reconnect redraws everything; a refusal from the gateway leaves what is shown.
 */
function refresh(loader) {
  loader().catch((err) => {
    if (err.status === undefined) setLink(t('link.unreachable'), false);
    else console.warn(`meshloom: could not refresh: ${err.message}`);
  });
}

// Words ------------------------------------------------------------------------------------------------------

const has = (key) => key in MESSAGES.en;
const category = (name) => (has(`cat.${name}`) ? t(`cat.${name}`) : name.replaceAll('_', ' '));
const amount = (quantity, unit) => (has(`unit.${unit}`) ? t(`unit.${unit}`, { count: quantity }) : `${number(quantity)} ${unit}`);
/** A person as people write them: "Maria (Riverside)". */
const person = (member, label) => (label ? `${member} (${label})` : member);

/** What went wrong, in the neighbour's language: the field and the rule the gateway named, or the kind of failure. */
function reason(err) {
  if (outbox.unreachable(err)) return t('err.network');
  if (err.field && err.rule) {
    const field = t(has(`field.${err.field}`) ? `field.${err.field}` : 'field.other');
    return t(has(`err.${err.rule}`) ? `err.${err.rule}` : 'err.invalid', { field, limit: err.limit ?? '' });
  }
  const byCode = {
    MESHLOOM_ERR_SECRET_REQUIRED: 'err.secret',
    MESHLOOM_ERR_OPERATOR_PASSWORD: 'err.password',
    MESHLOOM_ERR_RATE_LIMITED: 'err.tooMany',
    MESHLOOM_ERR_TOO_MANY_GUESSES: 'err.tooMany',
    MESHLOOM_ERR_RADIO_BUSY: 'err.busy',
    MESHLOOM_ERR_BUSY: 'err.busy',
    MESHLOOM_ERR_NOT_FOUND: 'err.notFound',
  };
  if (byCode[err.code]) return t(byCode[err.code]);
  if ((err.status ?? 0) >= 500) return t('err.server', { code: err.code ?? err.status });
  return err.message;
}

// Byte limits: text travels as UTF-8 and every field has a limit in bytes on the radio (an accented letter takes
// two, an emoji four). Each limited field shows its count as the neighbour types and refuses past it, saying why.
const utf8 = new TextEncoder();
const byteCounters = [];
function watchByteLimits() {
  for (const field of $$('[data-max-bytes]')) {
    const counter = el('small', { class: 'byte-count', 'aria-live': 'polite' });
    field.after(counter);
    const update = () => {
      const max = Number(field.dataset.maxBytes);
      const bytes = utf8.encode(field.value).length;
      counter.textContent = t('bytes.count', { bytes, max });
      counter.classList.toggle('over', bytes > max);
      field.setCustomValidity(bytes > max ? t('bytes.over', { over: bytes - max }) : '');
    };
    field.addEventListener('input', update);
    field.form?.addEventListener('reset', () => setTimeout(update));
    byteCounters.push(update);
    update();
  }
}

// Categories and units: the unit is chosen next to the amount, the category's own unit first.
const CATEGORY_UNITS = {
  meals: ['portions', 'people'],
  childcare: ['hours', 'people'],
  transport: ['trips', 'people', 'hours'],
  medical: ['hours', 'people'],
  power: ['kwh', 'hours'],
  shelter: ['nights', 'people'],
  repair: ['hours', 'items'],
  water: ['litres'],
  supplies: ['items', 'people'],
  other: ['items', 'hours', 'people'],
};

function fillCategories() {
  for (const select of $$('select.categories')) {
    const chosen = select.value || 'meals';
    select.replaceChildren(...Object.keys(CATEGORY_UNITS).map((c) => el('option', { value: c }, category(c))));
    select.value = chosen;
    fillUnits(select.form);
  }
}

function fillUnits(form) {
  const select = form.querySelector('select.units');
  const kind = form.elements.kind?.value;
  const units = kind === 'credit' ? ['credits'] : (CATEGORY_UNITS[form.elements.category.value] ?? ['items']);
  const chosen = units.includes(select.value) ? select.value : units[0];
  select.replaceChildren(...units.map((u) => el('option', { value: u }, t(`unitName.${u}`))));
  select.value = chosen;
}

// Alerts -----------------------------------------------------------------------------------------------------

const SEVERITY_ORDER = ['extreme', 'severe', 'moderate', 'minor', 'unknown'];
/** How long an "all clear" stays on the page as a green notice. */
const ALL_CLEAR_SHOWN_MS = 2 * 3_600_000;

const acknowledgedBy = (alert) => (alert.ackedByNames.length === 0 ? t('alert.ackedByNone') : t('alert.ackedBy', { names: alert.ackedByNames.join(', ') }));
const original = (alert) => state.alerts.find((a) => alert.references.includes(a.id));

function renderAlerts() {
  const active = state.alerts
    .filter((a) => a.active)
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || b.sentAt.localeCompare(a.sentAt));
  $('#alerts').replaceChildren(
    ...active.map((a) =>
      el(
        'article',
        { class: `alert sev-${a.severity}`, 'data-alert': a.id },
        el(
          'p',
          { class: 'alert-kicker' },
          t('alert.kicker', { severity: t(`sev.${a.severity}`).toUpperCase(), event: a.event || t('sev.unknown'), from: a.authorLabel || a.author }),
        ),
        el('h2', {}, a.headline),
        a.instruction ? el('p', { class: 'alert-instruction' }, a.instruction) : '',
        el(
          'p',
          { class: 'alert-meta' },
          [a.area ? t('alert.area', { area: a.area }) : '', t('alert.until', { time: clock(a.expiresAt) })].filter(Boolean).join(' · '),
        ),
        state.token && a.author === state.self ? el('p', { class: 'alert-meta' }, acknowledgedBy(a)) : '',
      ),
    ),
  );
  const clears = state.alerts.filter((a) => a.msgType === 'cancel' && Date.now() - Date.parse(a.sentAt) < ALL_CLEAR_SHOWN_MS);
  $('#all-clear').replaceChildren(
    ...clears.map((a) =>
      el(
        'article',
        { class: 'all-clear', 'data-alert': a.id },
        el('h2', {}, `✓ ${t('alert.allClear', { headline: original(a)?.headline ?? a.headline })}`),
        el('p', {}, t('alert.allClearFrom', { from: a.authorLabel || a.author, time: clock(a.sentAt) })),
      ),
    ),
  );
  renderPastAlerts();
  renderOwnAlerts();
}

function renderPastAlerts() {
  const past = state.alerts.filter((a) => !a.active && a.msgType !== 'cancel').sort((a, b) => b.sentAt.localeCompare(a.sentAt));
  const ending = (a) => {
    const cancel = state.alerts.find((c) => c.msgType === 'cancel' && c.references.includes(a.id));
    if (cancel) return t('alert.ended.cancel', { time: when(cancel.sentAt) });
    if (a.superseded) return t('alert.ended.superseded');
    return t('alert.ended.expired', { time: when(a.expiresAt) });
  };
  $('#past-list').replaceChildren(
    ...itemsOr(
      past,
      (a) =>
        el(
          'li',
          {},
          el('strong', {}, a.headline),
          ` · ${a.authorLabel || a.author} · ${when(a.sentAt)} · ${ending(a)}`,
          state.token ? ` · ${acknowledgedBy(a)}` : '',
        ),
      t('alert.pastNone'),
    ),
  );
}

function renderOwnAlerts() {
  const own = state.alerts.filter((a) => a.author === state.self && a.active);
  $('#own-alerts-card').hidden = !state.token;
  $('#own-alerts').replaceChildren(
    ...itemsOr(
      own,
      (a) =>
        el(
          'li',
          {},
          el('strong', {}, a.headline),
          ` · ${acknowledgedBy(a)} `,
          el('button', { type: 'button', class: 'small', onclick: () => editAlert(a) }, t('op.updateButton')),
          ' ',
          el('button', { type: 'button', class: 'small', onclick: () => cancelAlert(a.number) }, t('op.cancelButton')),
        ),
      t('op.none'),
    ),
  );
}

function announce(alert) {
  if (state.alertsSeen.has(alert.id)) return;
  state.alertsSeen.add(alert.id);
  navigator.vibrate?.([300, 100, 300]);
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    tone.frequency.value = 880;
    tone.connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.4);
  } catch {
    // Browsers may refuse sound before the user has touched the page; the banner is what counts.
  }
}

async function loadAlerts() {
  state.alerts = await read('/alerts?state=all');
  for (const a of state.alerts) state.alertsSeen.add(a.id);
  renderAlerts();
}

// Ledger -----------------------------------------------------------------------------------------------------

/** Totals per unit: hours are not compared with litres, so each unit gets its own bars. */
async function loadTotals() {
  const { totals } = await read(`/totals?period=${state.period}`);
  const units = [...new Set(totals.map((x) => x.unit))];
  $('#totals').replaceChildren(
    ...(totals.length
      ? units.map((unit) => {
          const rows = totals.filter((x) => x.unit === unit);
          const max = Math.max(...rows.map((x) => x.quantity), 1);
          return el(
            'section',
            { class: 'unit-group' },
            el('h3', {}, t(`unitName.${unit}`)),
            el(
              'ul',
              { class: 'bars' },
              rows.map((row) => {
                const bar = el('span', { class: `bar cat-${row.category}` });
                bar.style.width = `${Math.max(2, (row.quantity / max) * 100)}%`;
                return el(
                  'li',
                  { 'data-category': row.category },
                  el('span', { class: 'bar-label' }, category(row.category)),
                  el('span', { class: 'bar-track' }, bar),
                  el('span', { class: 'bar-value' }, amount(row.quantity, row.unit)),
                );
              }),
            ),
          );
        })
      : [el('p', {}, t('totals.none'))]),
  );
}

/** An entry in words, in the neighbour's language; corrections and responses say what they are about. */
function entryText(e) {
  const who = person(e.member, e.authorLabel);
  const about = (id) => {
    const target = state.entries.get(id);
    return target ? entryText(target) : t('text.anEntry');
  };
  switch (e.kind) {
    case 'contribution':
    case 'need':
    case 'offer':
      return t(`text.${e.kind}`, { member: who, category: category(e.category), amount: amount(e.quantity, e.unit) });
    case 'credit':
      return t('text.credit', { member: who, amount: amount(e.quantity, 'credits'), to: e.toMember });
    case 'resource':
      return t('text.resource', { what: e.note || category(e.category), availability: t(`avail.${e.availability}`), member: who });
    case 'check_in':
      return t(`text.checkIn.${e.wellbeing}`, { member: who });
    case 'response':
      return t(`text.response.${e.step}`, { member: who, what: about(e.about) });
    case 'correction': {
      if (e.void) return t('text.withdrew', { member: who, what: about(e.corrects) });
      const before = state.entries.get(e.corrects);
      if (!before) return t('text.correctedEarlier', { member: who });
      if (before.quantity !== e.quantity || before.unit !== e.unit) {
        return t('text.corrected', { member: who, now: amount(e.quantity, e.unit), before: amount(before.quantity, before.unit) });
      }
      return t('text.correctedNote', { member: who, note: e.note });
    }
    default:
      return t('text.somethingElse');
  }
}

const CORRECTABLE = new Set(['contribution', 'need', 'offer', 'credit', 'resource']);

function feedItem(e) {
  const item = el(
    'li',
    { class: `kind-${e.kind}`, 'data-id': e.id },
    el('span', { class: 'when' }, when(e.at)),
    ' ',
    entryText(e),
    e.note && e.kind !== 'resource' && e.kind !== 'correction' ? el('span', { class: 'note' }, ` — ${e.note}`) : '',
  );
  if (me.mine.has(e.id) && CORRECTABLE.has(e.kind)) {
    item.append(
      el(
        'span',
        { class: 'mine' },
        el('button', { type: 'button', class: 'small', onclick: () => openCorrection(item, e) }, t('mine.correct')),
        el('button', { type: 'button', class: 'small', onclick: () => withdraw(e) }, t('mine.withdraw')),
      ),
    );
  }
  return item;
}

function openCorrection(item, e) {
  if (item.querySelector('form')) return;
  const form = el(
    'form',
    { class: 'card correction' },
    el(
      'div',
      { class: 'amount' },
      el('label', {}, t('entry.howMuch'), el('input', { name: 'quantity', type: 'number', min: 0, max: 100000, step: 0.5, value: e.quantity })),
      el(
        'label',
        {},
        t('entry.unit'),
        el(
          'select',
          { name: 'unit' },
          ...(CATEGORY_UNITS[e.category] ?? [e.unit]).map((u) => el('option', { value: u, selected: u === e.unit }, t(`unitName.${u}`))),
        ),
      ),
    ),
    el('label', {}, t('entry.note'), el('input', { name: 'note', value: e.note, maxLength: 200 })),
    el(
      'div',
      { class: 'two' },
      el('button', { type: 'submit' }, t('mine.saveCorrection')),
      el('button', { type: 'button', onclick: () => form.remove() }, t('mine.cancel')),
    ),
    el('p', { class: 'form-status', role: 'status' }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    send(form, '/entries', {
      kind: 'correction',
      corrects: e.seq,
      member: e.member,
      category: e.category,
      quantity: Number(data.get('quantity') || 0),
      unit: e.kind === 'credit' ? 'credits' : data.get('unit'),
      note: data.get('note'),
      toMember: e.toMember,
      availability: e.availability,
    }).then((sent) => sent && form.remove());
  });
  item.append(form);
}

async function withdraw(e) {
  if (!confirm(t('mine.withdrawConfirm', { what: entryText(e) }))) return;
  const status = $('#entry-form .form-status');
  await send($('#entry-form'), '/entries', { kind: 'correction', corrects: e.seq, member: e.member, void: true }, status);
}

async function loadLedger() {
  const [feed, balances] = await Promise.all([read('/ledger?limit=60'), read('/balances')]);
  for (const e of feed) state.entries.set(e.id, e);
  // A correction being typed survives the feed being redrawn under it by the live feed.
  const open = $$('#feed form.correction').map((form) => [form.closest('li').dataset.id, form]);
  $('#feed').replaceChildren(...itemsOr(feed, feedItem, t('feed.none')));
  for (const [id, form] of open) document.querySelector(`#feed li[data-id="${id}"]`)?.append(form);
  $('#balances').replaceChildren(...itemsOr(balances, (b) => el('li', {}, `${b.member.split('@')[0]}: ${amount(b.balance, 'credits')}`), t('balances.none')));
  await Promise.all([loadTotals(), loadNeeds()]);
}

// Needs and offers -------------------------------------------------------------------------------------------

async function loadNeeds() {
  const needs = await read('/needs');
  for (const n of needs) state.entries.set(n.id, n);
  const open = needs.filter((n) => n.status === 'open' || n.status === 'taken');
  const closed = needs.filter((n) => !open.includes(n));
  $('#needs-open').replaceChildren(...itemsOr(open, needItem, t('needs.none')));
  $('#needs-closed').replaceChildren(...itemsOr(closed, needItem, t('needs.noneClosed')));
}

function needStatus(n) {
  if (n.status === 'taken') return t('status.taken', { names: n.takenBy.map((r) => r.name).join(', ') });
  if (n.status === 'done') return t('status.done', { name: n.doneBy?.name ?? '' });
  return t(`status.${n.status}`);
}

function needItem(n) {
  const respond = (step) =>
    el(
      'button',
      { type: 'button', class: 'small', onclick: (event) => respondTo(event.target, n, step) },
      t(`needs.${step === 'taken' ? 'help' : step === 'done' ? 'done' : 'stillOpen'}`),
    );
  const live = n.status === 'open' || n.status === 'taken';
  return el(
    'li',
    { class: `kind-${n.kind} status-${n.status}`, 'data-id': n.id },
    el('strong', {}, entryText(n)),
    n.note ? el('span', { class: 'note' }, ` — ${n.note}`) : '',
    el('br'),
    el('span', { class: `status status-${n.status}` }, needStatus(n)),
    el('span', { class: 'when' }, ` · ${t('needs.since', { time: when(n.at) })}`),
    n.askStill ? el('p', { class: 'ask-still' }, t('needs.askStill')) : '',
    live
      ? el(
          'span',
          { class: 'actions' },
          respond('taken'),
          respond('done'),
          n.askStill ? respond('still_open') : '',
          me.mine.has(n.id) ? el('button', { type: 'button', class: 'small', onclick: () => withdraw(n) }, t('mine.withdraw')) : '',
        )
      : '',
    el('span', { class: 'form-status', role: 'status' }),
  );
}

async function respondTo(button, n, step) {
  const item = button.closest('li');
  if (!requireName(item.querySelector('.form-status'))) return;
  await send(null, '/responses', { about: n.id, step, member: me.name }, item.querySelector('.form-status'));
}

// Check-ins --------------------------------------------------------------------------------------------------

async function loadCheckIns() {
  const c = await read('/check-ins');
  const since = { alert: 'safe.since.alert', operator: 'safe.since.operator', day: 'safe.since.day', asked: 'safe.since.asked' }[c.sinceReason];
  $('#safe-since').textContent = t(since, { headline: c.alertHeadline ?? '', time: when(c.since) });
  $('#safe-counts').textContent = t('safe.counts', { safe: c.safe, help: c.needHelp });
  const help = c.households.filter((h) => h.status === 'need_help').sort((a, b) => a.at.localeCompare(b.at));
  const safe = c.households.filter((h) => h.status === 'safe');
  const row = (h) =>
    el('li', { class: `checkin-${h.status}` }, el('span', { class: 'when' }, when(h.at)), ' ', el('strong', {}, h.name), h.note ? ` — ${h.note}` : '');
  $('#safe-help').replaceChildren(...help.map(row));
  $('#safe-ok').replaceChildren(...(safe.length ? safe.map(row) : help.length ? [] : [el('li', {}, t('safe.none'))]));
}

// Chat and mesh ----------------------------------------------------------------------------------------------

// What became of a message sent from this page: the radio may have to wait, and a broadcast is confirmed only
// when a neighbour's radio is heard relaying it.
const chatState = (s) => el('span', { class: `state state-${s}` }, ` · ${has(`chat.state.${s}`) ? t(`chat.state.${s}`) : s}`);
const chatItem = (m) =>
  el(
    'li',
    { class: m.own ? 'own' : '', 'data-id': m.id },
    el('span', { class: 'who' }, m.fromName),
    ' ',
    m.text,
    el('span', { class: 'when' }, ` ${clock(m.at)}`),
    m.own && m.state ? chatState(m.state) : '',
  );

async function loadChat() {
  const messages = await read('/messages?limit=60');
  $('#chat').replaceChildren(...itemsOr(messages, chatItem, t('chat.none'), { class: 'empty' }));
}

/** The chat's byte limit less the neighbour's name, which goes in front of the text on air. */
function showChatName() {
  const field = $('#chat-form input[name=text]');
  field.dataset.maxBytes = String(200 - (me.name ? utf8.encode(`${me.name}: `).length : 0));
  field.dispatchEvent(new Event('input'));
  $('#chat-as').textContent = me.name ? t('chat.as', { name: me.name }) : '';
}

async function loadMesh() {
  const [nodes, status] = await Promise.all([read('/nodes'), read('/status')]);
  $('#nodes').replaceChildren(
    ...(nodes.length
      ? nodes.map((n) =>
          el(
            'tr',
            {},
            el('td', {}, `${n.longName || n.id} `, el('small', {}, n.isSelf ? t('mesh.thisGateway') : n.isGateway ? t('mesh.gateway') : n.id)),
            el('td', {}, ago(n.lastHeard)),
            el('td', {}, n.snr === null ? '–' : `${number(n.snr)} dB`),
            el('td', {}, n.hops === null ? '–' : n.hops === 0 ? t('mesh.direct') : number(n.hops)),
            el('td', {}, n.battery ? `${number(n.battery)} %` : '–'),
          ),
        )
      : [el('tr', {}, el('td', { colSpan: 5 }, t('mesh.none')))]),
  );
  $('#radio-status').textContent = t('mesh.radio', {
    state: radioWord(status.link.state),
    queue: status.queue.radio,
    used: number(status.airtime.usedMs / 1000),
    budget: number(Math.round(status.airtime.budgetMs / 1000)),
    lag: status.syncLag,
  });
  const map = await offlineMap(read);
  $('#mesh-graph').toggleAttribute('hidden', Boolean(map));
  for (const node of $$('.graph-only')) node.hidden = Boolean(map);
  if (map) placeOnMap(map, nodes);
  else drawGraph(nodes);
}

const radioWord = (s) => (has(`radio.${s}`) ? t(`radio.${s}`) : s);

/**
 * Nodes around this gateway: rings by hops away, or their positions when every node has one. Labels sit outside
 * each node, pointing away from the centre, so neighbours on a ring do not write over each other.
 */
function drawGraph(nodes) {
  const graph = $('#mesh-graph');
  const others = nodes.filter((n) => !n.isSelf);
  const positioned = nodes.length > 1 && nodes.every((n) => n.latitude !== null);
  const points = new Map();
  if (positioned) {
    const lats = nodes.map((n) => n.latitude);
    const lons = nodes.map((n) => n.longitude);
    const span = Math.max(Math.max(...lats) - Math.min(...lats), Math.max(...lons) - Math.min(...lons), 1e-6);
    for (const n of nodes) points.set(n.id, [((n.longitude - Math.min(...lons)) / span) * 160 - 80, 80 - ((n.latitude - Math.min(...lats)) / span) * 160]);
  } else {
    others.forEach((n, i) => {
      const r = 40 + 22 * Math.min(3, n.hops ?? 1);
      const angle = (2 * Math.PI * i) / Math.max(1, others.length) - Math.PI / 2;
      points.set(n.id, [r * Math.cos(angle), r * Math.sin(angle)]);
    });
    const self = nodes.find((n) => n.isSelf);
    if (self) points.set(self.id, [0, 0]);
  }
  const selfPoint = points.get(nodes.find((n) => n.isSelf)?.id) ?? [0, 0];
  const shapes = [];
  for (const n of others) {
    const [x, y] = points.get(n.id);
    if (n.hops === 0) shapes.push(svgEl('line', { x1: selfPoint[0], y1: selfPoint[1], x2: x, y2: y, class: 'link-line' }));
  }
  for (const n of nodes) {
    const [x, y] = points.get(n.id);
    shapes.push(svgEl('circle', { cx: x, cy: y, r: n.isSelf ? 8 : 6, class: n.isSelf ? 'node self' : n.isGateway ? 'node gateway' : 'node' }));
    const away = Math.hypot(x - selfPoint[0], y - selfPoint[1]) || 1;
    const dx = n.isSelf ? 0 : (x - selfPoint[0]) / away;
    const dy = n.isSelf ? 1 : (y - selfPoint[1]) / away;
    const anchor = dx > 0.3 ? 'start' : dx < -0.3 ? 'end' : 'middle';
    const text = svgEl('text', { x: x + dx * 11, y: y + dy * 11 + 4, class: 'node-label', 'text-anchor': anchor });
    text.textContent = n.shortName || n.id.slice(-4);
    shapes.push(text);
  }
  graph.replaceChildren(graph.querySelector('title'), ...shapes);
}

// Sending ----------------------------------------------------------------------------------------------------

/** Asks for the neighbourhood's secret words in a dialog; resolves true when the neighbour gave some. */
function askSecret(wrong = false) {
  const dialog = $('#secret-dialog');
  $('#secret-wrong').hidden = !wrong;
  dialog.querySelector('input').value = '';
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        const secret = dialog.querySelector('input').value.trim();
        if (dialog.returnValue !== 'ok' || !secret) return resolve(false);
        localStorage.setItem('meshloom-secret', secret);
        resolve(true);
      },
      { once: true },
    );
  });
}

function requireName(status) {
  if (me.name) return true;
  status.textContent = t('form.notSent', { reason: t('err.required', { field: t('field.name') }) });
  showMe(true);
  $('#me-form input[name=name]').focus();
  return false;
}

/**
 * Sends one submission with a key of its own. The secret words are asked first when the neighbourhood has them
 * and this phone does not, and again when they were wrong; the submission then goes through. When the gateway
 * cannot be reached it waits on this phone (shown in "Waiting to send") and goes out by itself later.
 * Resolves to true when the gateway recorded it or the phone kept it.
 */
async function send(form, path, body, status = form?.querySelector('.form-status')) {
  const key = outbox.newKey();
  const summary = summaryOf(path, body);
  status.textContent = t('form.sending');
  if (state.secretRequired && !localStorage.getItem('meshloom-secret') && !localStorage.getItem('meshloom-pass-ok') && !(await askSecret())) {
    status.textContent = t('form.notSent', { reason: t('err.secret') });
    return false;
  }
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = await api(path, { method: 'POST', body, key });
      accepted(answer);
      status.textContent = answer.status === 202 ? t('form.kept') : path === '/check-ins' ? t('safe.thanks') : t('form.done');
      afterSend(path);
      return true;
    } catch (err) {
      if (err.code === 'MESHLOOM_ERR_SECRET_REQUIRED' && attempt < 3 && (await askSecret(attempt > 0 || Boolean(localStorage.getItem('meshloom-secret')))))
        continue;
      if (outbox.unreachable(err)) {
        outbox.keep({ key, path, body, summary, at: new Date().toISOString() });
        renderOutbox();
        status.textContent = t('form.waiting');
        return true;
      }
      status.textContent = t('form.notSent', { reason: reason(err) });
      return false;
    }
  }
}

function accepted(answer) {
  localStorage.setItem('meshloom-pass-ok', '1');
  if (answer.body?.id && typeof answer.body.id === 'string') me.remember(answer.body.id);
}

function afterSend(path) {
  if (path === '/check-ins') refresh(loadCheckIns);
  else if (path !== '/messages') refresh(loadLedger);
}

function summaryOf(path, body) {
  if (path === '/messages') return body.text;
  if (path === '/check-ins') return t(`text.checkIn.${body.status}`, { member: body.household });
  if (path === '/responses') return t(`text.response.${body.step}`, { member: body.member, what: entryText(state.entries.get(body.about) ?? {}) });
  return entryText({
    ...body,
    quantity: body.quantity ?? 0,
    unit: body.unit ?? 'items',
    category: body.category ?? 'other',
    availability: body.availability ?? 'available',
  });
}

const REFUSED_KEY = 'meshloom-refused';
const refusedItems = () => JSON.parse(localStorage.getItem(REFUSED_KEY) ?? '[]');

function renderOutbox() {
  const items = outbox.waiting();
  const refused = refusedItems();
  $('#outbox').hidden = items.length === 0 && refused.length === 0;
  $('#outbox-count').textContent = items.length ? t('outbox.count', { count: items.length }) : '';
  $('#outbox-list').replaceChildren(
    ...items.map((item) => el('li', { class: 'waiting' }, `${item.summary} · `, el('em', {}, t('outbox.item')))),
    ...refused.map((item) =>
      el(
        'li',
        { class: 'refused' },
        `${item.summary} · ${t('form.notSent', { reason: item.reason })} `,
        el(
          'button',
          {
            type: 'button',
            class: 'small',
            onclick: () => {
              localStorage.setItem(REFUSED_KEY, JSON.stringify(refusedItems().filter((r) => r.key !== item.key)));
              renderOutbox();
            },
          },
          t('mine.cancel'),
        ),
      ),
    ),
  );
}

let flushing = false;
async function flushOutbox() {
  if (flushing || outbox.waiting().length === 0) return;
  flushing = true;
  try {
    await outbox.flush((item) => api(item.path, { method: 'POST', body: item.body, key: item.key }), {
      onSent: (item, answer) => {
        accepted(answer);
        afterSend(item.path);
      },
      onRefused: (item, err) =>
        localStorage.setItem(REFUSED_KEY, JSON.stringify([...refusedItems(), { key: item.key, summary: item.summary, reason: reason(err) }])),
    });
  } finally {
    flushing = false;
    renderOutbox();
  }
}

function bindForm(selector, submit) {
  const form = $(selector);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    await submit(new FormData(form), form, event.submitter);
  });
}

bindForm('#entry-form', async (data, form) => {
  const kind = data.get('kind');
  const sent = await send(form, '/entries', {
    kind,
    ...(kind === 'credit' ? { toMember: data.get('toMember') } : { category: data.get('category'), unit: data.get('unit') }),
    ...(kind === 'resource' ? { availability: data.get('availability') } : {}),
    quantity: Number(data.get('quantity') || 0),
    member: data.get('member'),
    note: data.get('note'),
  });
  if (sent) form.elements.note.value = '';
});

for (const form of $$('#entry-form, #need-form')) {
  form.elements.category.addEventListener('change', () => fillUnits(form));
}
$('#entry-form select[name=kind]').addEventListener('change', (event) => {
  $('.credit-only').hidden = event.target.value !== 'credit';
  $('.resource-only').hidden = event.target.value !== 'resource';
  $('#entry-form .not-credit').hidden = event.target.value === 'credit';
  fillUnits($('#entry-form'));
});

bindForm('#need-form', async (data, form) => {
  if (!requireName(form.querySelector('.form-status'))) return;
  const sent = await send(form, '/entries', {
    kind: data.get('kind'),
    category: data.get('category'),
    unit: data.get('unit'),
    quantity: Number(data.get('quantity') || 0),
    member: me.name,
    note: data.get('note'),
  });
  if (sent) form.elements.note.value = '';
});

bindForm('#checkin-form', async (data, form, submitter) => {
  const household = data.get('household');
  if (household) localStorage.setItem('meshloom-household', household);
  const sent = await send(form, '/check-ins', { household, status: submitter?.value ?? 'safe', note: data.get('note') });
  if (sent) form.elements.note.value = '';
});

bindForm('#chat-form', async (data, form) => {
  const sent = await send(form, '/messages', { text: data.get('text'), ...(me.name ? { name: me.name } : {}) });
  if (sent) {
    form.elements.text.value = '';
    form.elements.text.dispatchEvent(new Event('input'));
  }
});

bindForm('#login-form', async (data, form) => {
  try {
    const { body } = await api('/operator/login', { method: 'POST', body: { password: data.get('password') } });
    state.token = body.token;
    sessionStorage.setItem('meshloom-operator', body.token);
    form.querySelector('.form-status').textContent = '';
    showOperator();
  } catch (err) {
    form.querySelector('.form-status').textContent = t('form.notSent', { reason: reason(err) });
  }
});

bindForm('#alert-form', async (data, form) => {
  const updates = data.get('updates');
  const status = form.querySelector('.form-status');
  try {
    await api(updates ? `/alerts/${updates}/update` : '/alerts', {
      method: 'POST',
      body: {
        headline: data.get('headline'),
        event: data.get('event'),
        instruction: data.get('instruction'),
        area: data.get('area'),
        severity: data.get('severity'),
        scope: data.get('scope') || 'federated',
        expiresInMinutes: Number(data.get('expiresInMinutes') || 360),
      },
    });
    newAlertForm();
    status.textContent = t('form.done');
    await loadAlerts();
  } catch (err) {
    status.textContent = t('form.notSent', { reason: reason(err) });
  }
});

function editAlert(a) {
  const form = $('#alert-form');
  for (const name of ['headline', 'event', 'instruction', 'area', 'severity']) form.elements[name].value = a[name] ?? '';
  form.elements.updates.value = String(a.number);
  form.elements.expiresInMinutes.value = String(Math.max(1, Math.round((Date.parse(a.expiresAt) - Date.now()) / 60_000)));
  alertFormWords();
  form.scrollIntoView();
  form.elements.headline.focus();
}

function newAlertForm() {
  const form = $('#alert-form');
  form.reset();
  form.elements.updates.value = '';
  alertFormWords();
}

/** The alert form's title and button say whether it raises a new alert or updates one. */
function alertFormWords() {
  const updating = Boolean($('#alert-form').elements.updates.value);
  $('#alert-form-title').textContent = t(updating ? 'op.update' : 'op.raise');
  $('#alert-submit').textContent = t(updating ? 'op.sendUpdate' : 'op.send');
  $('#alert-new').hidden = !updating;
}
$('#alert-new').addEventListener('click', newAlertForm);

async function cancelAlert(alertNumber) {
  try {
    await api(`/alerts/${alertNumber}/cancel`, { method: 'POST' });
    await loadAlerts();
  } catch (err) {
    $('#alert-form .form-status').textContent = t('form.notSent', { reason: reason(err) });
  }
}

bindForm('#since-form', async (data, form) => {
  const local = data.get('since');
  await setCheckInSince(local ? new Date(local).toISOString() : null, form);
});
$('#since-clear').addEventListener('click', () => setCheckInSince(null, $('#since-form')));

async function setCheckInSince(since, form) {
  try {
    await api('/operator/check-in-since', { method: 'PUT', body: { since } });
    form.querySelector('.form-status').textContent = t('form.done');
    await loadCheckIns();
  } catch (err) {
    form.querySelector('.form-status').textContent = t('form.notSent', { reason: reason(err) });
  }
}

function showOperator() {
  $('#login-form').hidden = Boolean(state.token);
  $('#alert-form').hidden = !state.token;
  for (const node of $$('.operator-only')) node.hidden = !state.token;
  $('#identity-form').hidden = !(state.token && state.recovery?.recovering);
  refresh(loadAlerts);
  if (state.token) refresh(loadJoinCard);
}

async function loadJoinCard() {
  const join = await read('/operator/join');
  $('#join-card').hidden = !join.secretRequired;
  if (!join.secretRequired) return;
  $('#join-words').textContent = join.secret;
  $('#join-qr').src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(join.svg)}`;
}

// A join link carries the neighbourhood secret in its fragment: keep it on this phone, then take it out of the
// address bar so it is not shared by accident with the page's address.
function takeSecretFromLink() {
  const secret = new URLSearchParams(location.hash.slice(1)).get('secret');
  if (!secret) return;
  localStorage.setItem('meshloom-secret', secret);
  history.replaceState(null, '', location.pathname + location.search);
}

// Who I am ---------------------------------------------------------------------------------------------------

function showMe(editing = !me.name) {
  $('#me-form').hidden = !editing;
  $('#me-known').hidden = editing;
  $('#me-name').textContent = t('me.you', { name: me.name });
  const form = $('#me-form');
  form.elements.name.value = me.name;
  form.elements.household.value = localStorage.getItem('meshloom-household') ?? '';
  const entry = $('#entry-form').elements.member;
  if (!entry.value) entry.value = me.name;
  const household = $('#checkin-form').elements.household;
  if (!household.value) household.value = me.household;
  showChatName();
}

bindForm('#me-form', async (data) => {
  localStorage.setItem('meshloom-name', data.get('name').trim());
  localStorage.setItem('meshloom-household', data.get('household').trim());
  $('#entry-form').elements.member.value = '';
  $('#checkin-form').elements.household.value = '';
  showMe(false);
});
$('#me-change').addEventListener('click', () => showMe(true));

// Tabs, language, live feed, start ---------------------------------------------------------------------------

const TAB_LOADERS = { mesh: loadMesh, chat: loadChat, safe: loadCheckIns, needs: loadNeeds };

function currentTab() {
  return $('[data-tab][aria-pressed=true]').dataset.tab;
}

for (const button of $$('[data-tab]')) {
  button.addEventListener('click', () => {
    for (const b of $$('[data-tab]')) b.setAttribute('aria-pressed', String(b === button));
    for (const tab of $$('.tab')) tab.hidden = tab.id !== `tab-${button.dataset.tab}`;
    const loader = TAB_LOADERS[button.dataset.tab];
    if (loader) refresh(loader);
  });
}

for (const button of $$('[data-period]')) {
  button.addEventListener('click', () => {
    state.period = button.dataset.period;
    for (const b of $$('[data-period]')) b.setAttribute('aria-pressed', String(b === button));
    refresh(loadTotals);
  });
}

function fillLanguages() {
  const select = $('#lang');
  select.replaceChildren(...Object.entries(LANGUAGES).map(([code, name]) => el('option', { value: code, lang: code }, name)));
  select.value = language();
  select.addEventListener('change', () => {
    setLanguage(select.value, true);
    translatePage();
    refresh(loadAll);
  });
}

function translatePage() {
  translateStatic();
  fillCategories();
  for (const update of byteCounters) update();
  // Switching language keeps whatever is typed: only the words around it change.
  alertFormWords();
  showMe(!me.name || !$('#me-form').hidden);
  renderOutbox();
}

let ledgerRefresh;
function refreshLedgerSoon() {
  clearTimeout(ledgerRefresh);
  ledgerRefresh = setTimeout(() => {
    refresh(loadLedger);
    if (currentTab() === 'safe') refresh(loadCheckIns);
  }, 300);
}

let linkState = 'connecting';
function setLink(text, ok) {
  const link = $('#link');
  link.textContent = text;
  link.classList.toggle('down', !ok);
}

/** After a lost disk the gateway gets its own ledger back from its neighbours before it records anything new. */
function showRecovery(recovery) {
  state.recovery = recovery;
  const notice = $('#recovery');
  notice.hidden = !recovery?.recovering;
  $('#identity-form').hidden = !(state.token && recovery?.recovering);
  if (!recovery?.recovering) return;
  const minutes = Math.floor((Date.now() - Date.parse(recovery.since)) / 60_000);
  // Nobody has answered for a while: say so, and that it keeps waiting (an operator may choose otherwise).
  const alone = !recovery.peersHeard && minutes >= NO_PEER_NOTICE_MINUTES ? ` ${t('recovery.noPeers', { minutes })}` : '';
  notice.textContent = t('recovery.notice', { time: clock(recovery.since), held: recovery.held }) + alone;
}

/** How long a recovering gateway waits for any neighbouring gateway before the page says none has answered. */
const NO_PEER_NOTICE_MINUTES = 10;

bindForm('#identity-form', async (_data, form) => {
  const status = form.querySelector('.form-status');
  try {
    const { body } = await api('/operator/new-identity', { method: 'POST', body: { confirm: true } });
    status.textContent = t('op.identityDone', { id: body.id, keyFile: body.keyFile });
    await loadAll();
    // The form hides with the recovery; what was done stays readable above it.
    form.hidden = false;
    form.querySelector('button').disabled = true;
  } catch (err) {
    status.textContent = t('form.notSent', { reason: reason(err) });
  }
});

async function loadAll() {
  const status = await read('/status');
  state.self = status.gateway.id;
  state.secretRequired = status.secretRequired;
  $('#hood-name').textContent = status.gateway.label;
  document.title = `${status.gateway.label} — meshloom`;
  linkState = status.link.state;
  setLink(t('link.radio', { state: radioWord(linkState) }), linkState === 'ready');
  showRecovery(status.recovery);
  await Promise.all([loadAlerts(), loadLedger(), loadChat()]);
  await TAB_LOADERS[currentTab()]?.();
  if (state.token) showOperator();
  flushOutbox();
}

function connectLive() {
  const events = new EventSource('/api/events');
  let lost = false;
  events.addEventListener('open', () => {
    if (lost) refresh(loadAll);
    lost = false;
  });
  events.addEventListener('error', () => {
    lost = true;
    setLink(t('link.offline'), false);
  });
  events.addEventListener('alert', (event) => {
    const alert = JSON.parse(event.data);
    if (alert.active) announce(alert);
    refresh(loadAlerts);
  });
  events.addEventListener('alert-ack', () => refresh(loadAlerts));
  events.addEventListener('entry', refreshLedgerSoon);
  events.addEventListener('message', (event) => {
    $('#chat .empty')?.remove();
    $('#chat').append(chatItem(JSON.parse(event.data)));
  });
  events.addEventListener('message-state', (event) => {
    const change = JSON.parse(event.data);
    const item = document.querySelector(`#chat li[data-id="${change.id}"]`);
    item?.querySelector('.state')?.replaceWith(chatState(change.state));
  });
  events.addEventListener('link', (event) => {
    linkState = JSON.parse(event.data).state;
    setLink(t('link.radio', { state: radioWord(linkState) }), linkState === 'ready');
  });
  events.addEventListener('node', () => {
    if (currentTab() === 'mesh') refresh(loadMesh);
  });
}

setLanguage(chooseLanguage());
takeSecretFromLink();
watchByteLimits();
fillLanguages();
translatePage();
loadAll().catch(() => setLink(t('link.unreachable'), false));
connectLive();
window.addEventListener('online', flushOutbox);
setInterval(flushOutbox, 20_000);
// The shell of the page is kept by a service worker so it opens while the gateway restarts. Browsers allow
// service workers only on secure origins (localhost, HTTPS): on a plain http:// LAN address this is skipped.
if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
