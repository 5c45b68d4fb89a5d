// The neighbourhood page. No framework and no build step: it must load fast on an old phone over a busy WiFi,
// and every asset comes from the gateway. User text only ever reaches the page through textContent.

const $ = (selector) => document.querySelector(selector);
const state = { period: 'today', token: sessionStorage.getItem('meshloom-operator') ?? '', self: null, alertsSeen: new Set() };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'class') node.className = value;
    else if (key.startsWith('data-')) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

const svgEl = (tag, attrs = {}) => {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
};

async function api(path, options = {}) {
  const headers = { ...(options.body ? { 'content-type': 'application/json' } : {}), ...(options.headers ?? {}) };
  const secret = localStorage.getItem('meshloom-secret');
  if (secret) headers['x-meshloom-secret'] = secret;
  if (state.token) headers.authorization = `Bearer ${state.token}`;
  const response = await fetch(`/api${path}`, { ...options, headers, body: options.body ? JSON.stringify(options.body) : undefined });
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
  if (!response.ok) throw Object.assign(new Error(body?.message ?? response.statusText), { code: body?.error, status: response.status });
  return body;
}

// Text travels as UTF-8 and every field has a limit in bytes on the radio: an accented letter takes two, an emoji
// four. Each limited field shows its count as the neighbour types and refuses to submit past it, saying why.
const utf8 = new TextEncoder();
function watchByteLimits() {
  for (const field of document.querySelectorAll('[data-max-bytes]')) {
    const max = Number(field.dataset.maxBytes);
    const counter = el('small', { class: 'byte-count' });
    counter.setAttribute('aria-live', 'polite');
    field.after(counter);
    const update = () => {
      const bytes = utf8.encode(field.value).length;
      counter.textContent = `${bytes} / ${max} bytes`;
      counter.classList.toggle('over', bytes > max);
      field.setCustomValidity(bytes > max ? `Too long by ${bytes - max} bytes: accented letters take 2 bytes, emoji 4.` : '');
    };
    field.addEventListener('input', update);
    field.form?.addEventListener('reset', () => setTimeout(update));
    update();
  }
}

const time = (iso) => (iso ? new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '');
const ago = (iso) => {
  if (!iso) return 'never';
  const s = Math.max(0, (Date.now() - Date.parse(iso)) / 1000);
  if (s < 60) return `${Math.round(s)} s ago`;
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  return `${Math.round(s / 3600)} h ago`;
};
const label = (word) => word.replaceAll('_', ' ');

// Alerts -----------------------------------------------------------------------------------------------------

const SEVERITY_ORDER = ['extreme', 'severe', 'moderate', 'minor', 'unknown'];

function renderAlerts(alerts) {
  const box = $('#alerts');
  const sorted = [...alerts].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || b.sentAt.localeCompare(a.sentAt));
  box.replaceChildren(
    ...sorted.map((a) =>
      el(
        'article',
        { class: `alert sev-${a.severity}`, 'data-alert': a.id },
        el('p', { class: 'alert-kicker' }, `${label(a.severity).toUpperCase()} · ${a.event || 'Alert'} · from ${a.authorLabel || a.author}`),
        el('h2', {}, a.headline),
        a.instruction ? el('p', { class: 'alert-instruction' }, a.instruction) : '',
        el('p', { class: 'alert-meta' }, [a.area ? `Area: ${a.area}` : '', `until ${time(a.expiresAt)}`].filter(Boolean).join(' · ')),
        state.token && a.author === state.self ? el('p', { class: 'alert-meta' }, acknowledgedBy(a)) : '',
      ),
    ),
  );
}

/** Which gateways have acknowledged an alert, by name: who is known to have it, and who is not yet. */
function acknowledgedBy(alert) {
  return alert.ackedByNames.length === 0 ? 'no gateway has acknowledged it yet' : `acknowledged by ${alert.ackedByNames.join(', ')}`;
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
  const alerts = await api('/alerts');
  renderAlerts(alerts);
  for (const a of alerts) state.alertsSeen.add(a.id);
  if (state.token) {
    const all = await api('/alerts?state=all');
    $('#own-alerts').replaceChildren(
      ...all
        .filter((a) => a.author === state.self && a.active)
        .map((a) =>
          el(
            'li',
            {},
            `${a.headline} (${acknowledgedBy(a)}) `,
            el('button', { type: 'button', class: 'small', onclick: () => cancelAlert(a.number) }, 'Cancel (all clear)'),
          ),
        ),
    );
  }
}

// Ledger -----------------------------------------------------------------------------------------------------

async function loadTotals() {
  const { totals } = await api(`/totals?period=${state.period}`);
  const max = Math.max(1, ...totals.map((t) => t.quantity));
  const chart = $('#totals-chart');
  const rowHeight = 26;
  chart.setAttribute('height', String(Math.max(40, totals.length * rowHeight)));
  chart.setAttribute('viewBox', `0 0 320 ${Math.max(40, totals.length * rowHeight)}`);
  chart.replaceChildren(
    ...totals.flatMap((t, i) => {
      const y = i * rowHeight;
      const width = Math.max(2, (t.quantity / max) * 170);
      const name = svgEl('text', { x: 0, y: y + 17, class: 'chart-label' });
      name.textContent = label(t.category);
      const value = svgEl('text', { x: 100 + width + 6, y: y + 17, class: 'chart-value' });
      value.textContent = `${t.quantity} ${label(t.unit)}`;
      return [name, svgEl('rect', { x: 100, y: y + 4, width, height: 18, rx: 3, class: `bar cat-${t.category}` }), value];
    }),
  );
  $('#totals-list').replaceChildren(
    ...(totals.length ? totals.map((t) => el('li', {}, `${label(t.category)}: ${t.quantity} ${label(t.unit)}`)) : [el('li', {}, 'Nothing recorded yet.')]),
  );
}

function entryText(e) {
  const qty = e.quantity ? `${e.quantity} ${label(e.unit)}` : '';
  switch (e.kind) {
    case 'contribution':
      return `${e.member}: ${label(e.category)} ${qty}`;
    case 'need':
      return `${e.member} needs ${label(e.category)} ${qty}`;
    case 'offer':
      return `${e.member} offers ${label(e.category)} ${qty}`;
    case 'credit':
      return `${e.member} gave ${e.quantity} credits to ${e.toMember}`;
    case 'resource':
      return `${e.note || label(e.category)}: ${label(e.availability)} (${e.member})`;
    case 'correction':
      return `${e.member || 'correction'}: ${e.void ? 'withdrew' : 'corrected'} ${e.corrects}`;
    default:
      return `${e.member}: ${label(e.kind)} ${label(e.category)}`;
  }
}

async function loadLedger() {
  const [feed, balances, needs] = await Promise.all([api('/ledger?limit=40'), api('/balances'), api('/needs-offers')]);
  $('#feed').replaceChildren(
    ...feed.map((e) =>
      el(
        'li',
        { class: `kind-${e.kind}` },
        el('span', { class: 'when' }, time(e.at)),
        ' ',
        entryText(e),
        e.note ? el('span', { class: 'note' }, ` — ${e.note}`) : '',
        el('span', { class: 'who' }, ` · ${e.authorLabel || e.author}`),
      ),
    ),
  );
  $('#balances').replaceChildren(
    ...(balances.length ? balances.map((b) => el('li', {}, `${b.member}: ${b.balance}`)) : [el('li', {}, 'No credits moved yet.')]),
  );
  $('#needs').replaceChildren(
    ...(needs.length
      ? needs.map((e) =>
          el(
            'li',
            { class: `kind-${e.kind}` },
            entryText(e),
            e.note ? el('span', { class: 'note' }, ` — ${e.note}`) : '',
            el('span', { class: 'who' }, ` · ${e.authorLabel || e.author}`),
          ),
        )
      : [el('li', {}, 'Nothing open.')]),
  );
  await loadTotals();
}

// Chat and mesh ----------------------------------------------------------------------------------------------

// What became of a message sent from this page: the radio may have to wait, and a broadcast is confirmed only
// when a neighbour's radio is heard relaying it.
const CHAT_STATES = { queued: 'waiting for the radio', sent: 'sent', acked: 'heard on the mesh ✓', failed: 'not delivered' };
const chatState = (state) => el('span', { class: `state state-${state}` }, ` · ${CHAT_STATES[state] ?? state}`);
const chatItem = (m) =>
  el(
    'li',
    { class: m.own ? 'own' : '', 'data-id': m.id },
    el('span', { class: 'who' }, m.fromName),
    ' ',
    m.text,
    el('span', { class: 'when' }, ` ${time(m.at)}`),
    ...(m.own && m.state ? [chatState(m.state)] : []),
  );

async function loadChat() {
  const messages = await api('/messages?limit=60');
  $('#chat').replaceChildren(...messages.map(chatItem));
}

async function loadMesh() {
  const [nodes, status] = await Promise.all([api('/nodes'), api('/status')]);
  $('#nodes').replaceChildren(
    ...nodes.map((n) =>
      el(
        'tr',
        {},
        el('td', {}, `${n.longName || n.id}${n.isSelf ? ' (this gateway)' : n.isGateway ? ' (gateway)' : ''}`),
        el('td', {}, ago(n.lastHeard)),
        el('td', {}, n.snr ?? '–'),
        el('td', {}, n.hops ?? '–'),
        el('td', {}, n.battery ? `${n.battery}%` : '–'),
      ),
    ),
  );
  $('#radio-status').textContent =
    `Radio: ${status.link.state}${status.link.description ? ` (${status.link.description})` : ''} · queue ${status.queue.radio} · airtime ${(status.airtime.usedMs / 1000).toFixed(1)} of ${(status.airtime.budgetMs / 1000).toFixed(0)} s this hour · ${status.syncLag} entries to catch up`;
  drawGraph(nodes);
}

/** Nodes around this gateway: rings by hops away, or their positions when every node has one. Drawn here, no tiles. */
function drawGraph(nodes) {
  const graph = $('#mesh-graph');
  const others = nodes.filter((n) => !n.isSelf);
  const positioned = nodes.every((n) => n.latitude !== null);
  const points = new Map();
  if (positioned && nodes.length > 1) {
    const lats = nodes.map((n) => n.latitude);
    const lons = nodes.map((n) => n.longitude);
    const span = Math.max(Math.max(...lats) - Math.min(...lats), Math.max(...lons) - Math.min(...lons), 1e-6);
    for (const n of nodes) points.set(n.id, [((n.longitude - Math.min(...lons)) / span) * 180 - 90, 90 - ((n.latitude - Math.min(...lats)) / span) * 180]);
  } else {
    others.forEach((n, i) => {
      const r = 40 + 20 * Math.min(3, n.hops ?? 1);
      const angle = (2 * Math.PI * i) / Math.max(1, others.length);
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
    const text = svgEl('text', { x, y: y + 16, class: 'node-label' });
    text.textContent = n.shortName || n.id.slice(-4);
    shapes.push(text);
  }
  graph.replaceChildren(...shapes);
}

// Forms ------------------------------------------------------------------------------------------------------

function bindForm(selector, submit) {
  const form = $(selector);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = form.querySelector('.form-status');
    status.textContent = 'Sending…';
    try {
      // A handler may say more than "Done." (an entry kept while the gateway recovers its ledger).
      status.textContent = (await submit(new FormData(form), form)) ?? 'Done.';
    } catch (err) {
      if (err.code === 'MESHLOOM_ERR_SECRET_REQUIRED') {
        const secret = prompt("This neighbourhood asks for its secret words (from the gateway's QR code or its operator):");
        if (secret) localStorage.setItem('meshloom-secret', secret);
      }
      status.textContent = `Not sent: ${err.message}`;
    }
  });
}

bindForm('#entry-form', async (data, form) => {
  const kind = data.get('kind');
  const result = await api('/entries', {
    method: 'POST',
    body: {
      kind,
      ...(kind === 'credit' ? { toMember: data.get('toMember') } : { category: data.get('category') }),
      ...(kind === 'resource' ? { availability: data.get('availability') } : {}),
      quantity: Number(data.get('quantity') || 0),
      member: data.get('member'),
      note: data.get('note'),
    },
  });
  form.elements.note.value = '';
  await loadLedger();
  return result?.held ? result.message : undefined;
});

$('#entry-form select[name=kind]').addEventListener('change', (event) => {
  $('.credit-only').hidden = event.target.value !== 'credit';
  $('.resource-only').hidden = event.target.value !== 'resource';
});

bindForm('#chat-form', async (data, form) => {
  await api('/messages', { method: 'POST', body: { text: data.get('text') } });
  form.elements.text.value = '';
  form.elements.text.dispatchEvent(new Event('input'));
});

bindForm('#login-form', async (data) => {
  const { token } = await api('/operator/login', { method: 'POST', body: { password: data.get('password') } });
  state.token = token;
  sessionStorage.setItem('meshloom-operator', token);
  showOperator();
});

bindForm('#alert-form', async (data, form) => {
  await api('/alerts', {
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
  form.reset();
  await loadAlerts();
});

async function cancelAlert(number) {
  await api(`/alerts/${number}/cancel`, { method: 'POST' });
  await loadAlerts();
}

function showOperator() {
  $('#login-form').hidden = Boolean(state.token);
  $('#alert-form').hidden = !state.token;
  loadAlerts();
  if (state.token) loadJoinCard();
}

async function loadJoinCard() {
  const join = await api('/operator/join');
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

// Tabs, live feed, start -------------------------------------------------------------------------------------

for (const button of document.querySelectorAll('[data-tab]')) {
  button.addEventListener('click', () => {
    for (const b of document.querySelectorAll('[data-tab]')) b.setAttribute('aria-pressed', String(b === button));
    for (const tab of document.querySelectorAll('.tab')) tab.hidden = tab.id !== `tab-${button.dataset.tab}`;
    if (button.dataset.tab === 'mesh') loadMesh();
    if (button.dataset.tab === 'chat') loadChat();
  });
}

for (const button of document.querySelectorAll('[data-period]')) {
  button.addEventListener('click', () => {
    state.period = button.dataset.period;
    for (const b of document.querySelectorAll('[data-period]')) b.setAttribute('aria-pressed', String(b === button));
    loadTotals();
  });
}

let ledgerRefresh;
function refreshLedgerSoon() {
  clearTimeout(ledgerRefresh);
  ledgerRefresh = setTimeout(loadLedger, 300);
}

function setLink(text, ok) {
  const link = $('#link');
  link.textContent = text;
  link.classList.toggle('down', !ok);
}

/** After a lost disk the gateway gets its own ledger back from its neighbours before it records anything new. */
function showRecovery(recovery) {
  const notice = $('#recovery');
  notice.hidden = !recovery?.recovering;
  if (!recovery?.recovering) return;
  const kept = recovery.held > 0 ? ` ${recovery.held} waiting to be recorded.` : '';
  notice.textContent =
    `This gateway is getting its ledger back from the neighbouring gateways (since ${time(recovery.since)}). ` +
    `What you record now is kept and added once that is done.${kept} If no neighbouring gateway is in reach, this waits until one is.`;
}

async function loadAll() {
  const status = await api('/status');
  state.self = status.gateway.id;
  $('#hood-name').textContent = status.gateway.label;
  document.title = `${status.gateway.label} — meshloom`;
  setLink(`radio ${status.link.state}`, status.link.state === 'ready');
  showRecovery(status.recovery);
  await Promise.all([loadAlerts(), loadLedger(), loadChat()]);
  if (state.token) showOperator();
}

function connectLive() {
  const events = new EventSource('/api/events');
  let lost = false;
  events.addEventListener('open', () => {
    if (lost) loadAll();
    lost = false;
  });
  events.addEventListener('error', () => {
    lost = true;
    setLink('offline — reconnecting…', false);
  });
  events.addEventListener('alert', (event) => {
    const alert = JSON.parse(event.data);
    if (alert.active) announce(alert);
    loadAlerts();
  });
  events.addEventListener('alert-ack', () => loadAlerts());
  events.addEventListener('entry', refreshLedgerSoon);
  events.addEventListener('message', (event) => $('#chat').append(chatItem(JSON.parse(event.data))));
  events.addEventListener('message-state', (event) => {
    const { id, state } = JSON.parse(event.data);
    const item = document.querySelector(`#chat li[data-id="${id}"]`);
    item?.querySelector('.state')?.replaceWith(chatState(state));
  });
  events.addEventListener('link', (event) => {
    const link = JSON.parse(event.data);
    setLink(`radio ${link.state}`, link.state === 'ready');
  });
  events.addEventListener('node', () => {
    if (!$('#tab-mesh').hidden) loadMesh();
  });
}

takeSecretFromLink();
watchByteLimits();
loadAll().catch((err) => setLink(`cannot reach the gateway: ${err.message}`, false));
connectLive();
