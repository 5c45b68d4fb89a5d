/**
 * A run's results on disk: result.json (everything), nodes.csv and minutes.csv (for spreadsheets), and
 * report.html, one self-contained page (inline SVG, no scripts or assets from anywhere) with the figures, time
 * charts with their axes and the outages shaded, the hop counts, the topology with node ids, failed nodes and
 * per-node delivery, every node's own figures, and the ledger's state after each heal and at the end.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SimResult } from '../scenario/sim-result.ts';
import { LOSS_REASONS } from '../mesh/loss-attribution.ts';

export function writeReport(result: SimResult, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files = {
    'result.json': `${JSON.stringify(result, null, 2)}\n`,
    'nodes.csv': csv(result.nodes.map((n) => ({ ...n }))),
    'minutes.csv': csv(result.perMinute.map((m) => ({ ...m }))),
    'report.html': html(result),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return Object.keys(files).map((name) => join(dir, name));
}

export function csv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0] as object);
  const cell = (v: unknown) => {
    const text = v === null || v === undefined ? '' : String(v);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${[columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n')}\n`;
}

export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
/** "412 to collisions, 30 to the hop limit, ..." for the reasons that count, largest first. */
export function missedSentence(result: SimResult): string {
  const totals = new Map<string, number>();
  for (const f of Object.values(result.byKind)) for (const reason of LOSS_REASONS) totals.set(reason, (totals.get(reason) ?? 0) + f.missed[reason]);
  const parts = [...totals].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  return parts.length === 0 ? 'no reachable node missed a packet' : `reachable nodes missed packets: ${parts.map(([r, n]) => `${n} ${r}`).join(', ')}`;
}

/** A ratio as a percentage with one decimal, or a dash when there is none. */
export const pct = (v: number | null) => (v === null ? '—' : `${(100 * v).toFixed(1)} %`);

/** Red (nothing) to green (everything) for a delivery ratio; grey when the node could not be reached. */
function deliveryColour(ratio: number | null): string {
  if (ratio === null) return '#999';
  return `hsl(${Math.round(120 * ratio)}, 70%, 42%)`;
}

function topology(result: SimResult): string {
  const size = 560;
  const xs = result.nodes.map((n) => n.x);
  const ys = result.nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY, 1);
  // Same scale on both axes; the picture is only as tall as the nodes' spread.
  const height = Math.max(80, 40 + ((maxY - minY) / span) * (size - 40));
  const px = (x: number) => 20 + ((x - minX) / span) * (size - 40);
  const py = (y: number) => height - 20 - ((y - minY) / span) * (size - 40);
  const at = new Map(result.nodes.map((n) => [n.id, n]));
  const drawLinks = result.links.length <= 20_000;
  const lines = drawLinks
    ? result.links
        .map(([a, b]) => {
          const [na, nb] = [at.get(a), at.get(b)];
          return na && nb ? `<line x1="${px(na.x).toFixed(1)}" y1="${py(na.y).toFixed(1)}" x2="${px(nb.x).toFixed(1)}" y2="${py(nb.y).toFixed(1)}"/>` : '';
        })
        .join('')
    : '';
  const radius = result.nodes.length > 2_000 ? 1.5 : 5;
  const dots = result.nodes
    .map((n) => {
      const failed = n.downMinutes > 0;
      const shape = n.role === 'ROUTER' || n.role === 'ROUTER_LATE' || n.role === 'REPEATER' ? 'rect' : 'circle';
      const title = `<title>node ${n.id} (${n.role}${n.gateway ? ', gateway' : ''}): delivery ${pct(n.deliveryRatio)}, down ${n.downMinutes} min, relayed ${n.relayed}</title>`;
      const stroke = failed ? ' stroke="#000" stroke-width="2" stroke-dasharray="2 1"' : n.gateway ? ' stroke="#1848a0" stroke-width="2.5"' : '';
      const [cx, cy] = [px(n.x).toFixed(1), py(n.y).toFixed(1)];
      return shape === 'rect'
        ? `<rect x="${Number(cx) - radius}" y="${Number(cy) - radius}" width="${2 * radius}" height="${2 * radius}" fill="${deliveryColour(n.deliveryRatio)}"${stroke}>${title}</rect>`
        : `<circle cx="${cx}" cy="${cy}" r="${radius}" fill="${deliveryColour(n.deliveryRatio)}"${stroke}>${title}</circle>`;
    })
    .join('');
  // Node ids beside the dots while there is room to read them.
  const labels =
    result.nodes.length <= 150
      ? `<g font-size="9" fill="#333">${result.nodes.map((n) => `<text x="${(px(n.x) + radius + 1).toFixed(1)}" y="${(py(n.y) - radius).toFixed(1)}">${n.id}</text>`).join('')}</g>`
      : '';
  return `<svg viewBox="0 0 ${size} ${height.toFixed(0)}" width="${size}" height="${height.toFixed(0)}" role="img" aria-label="topology"><g stroke="#ccc" stroke-width="0.6">${lines}</g>${dots}${labels}</svg>`;
}

/** Stretches of the run when nodes were down or the mesh was cut, in minutes, for shading the time charts. */
function outageWindows(result: SimResult): { from: number; to: number; what: string }[] {
  const end = result.scenario.durationMinutes;
  const windows: { from: number; to: number; what: string }[] = [];
  const open = new Map<string, number>();
  for (const f of result.failures) {
    const minute = f.atMs / 60_000;
    if (f.what === 'down' || f.what === 'partition') open.set(f.what === 'down' ? `down:${f.nodes.join(',')}` : 'partition', minute);
    const key = f.what === 'up' ? `down:${f.nodes.join(',')}` : f.what === 'heal' ? 'partition' : undefined;
    const from = key === undefined ? undefined : open.get(key);
    if (key !== undefined && from !== undefined) {
      windows.push({ from, to: minute, what: key === 'partition' ? 'partition' : `node ${f.nodes.join(', ')} down` });
      open.delete(key);
    }
  }
  for (const [key, from] of open) windows.push({ from, to: end, what: key === 'partition' ? 'partition' : `node ${key.slice(5)} down` });
  return windows;
}

/** Round steps for an axis: 0, step, 2·step, ... up to max. */
export function ticks(max: number, count = 5): number[] {
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((m) => m >= raw) ?? raw;
  return Array.from({ length: Math.floor(max / step + 1e-9) + 1 }, (_, i) => Number((i * step).toFixed(6)));
}

interface ChartAxis {
  /** What the axis shows, with its unit: "delivered of reachable (%)". */
  title: string;
  max: number;
  /** A tick value as written on the axis. */
  format?: (value: number) => string;
}

/** A time chart: minutes across, `y` up, labelled axes with ticks, and outage windows shaded. */
function lineChart(points: { x: number; y: number | null }[], y: ChartAxis, windows: { from: number; to: number; what: string }[], endMinute: number): string {
  const [w, h, left, bottom, top] = [600, 230, 56, 40, 16];
  const maxX = Math.max(1, endMinute);
  const px = (x: number) => left + (x / maxX) * (w - left - 12);
  const py = (v: number) => h - bottom - (v / y.max) * (h - bottom - top);
  const path = points
    .filter((p) => p.y !== null)
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p.x).toFixed(1)},${py(p.y as number).toFixed(1)}`)
    .join('');
  const format = y.format ?? String;
  const yTicks = ticks(y.max)
    .map(
      (v) =>
        `<line x1="${left - 4}" x2="${w - 12}" y1="${py(v).toFixed(1)}" y2="${py(v).toFixed(1)}" stroke="#eee"/><text x="${left - 6}" y="${(py(v) + 4).toFixed(1)}" text-anchor="end">${format(v)}</text>`,
    )
    .join('');
  const xTicks = ticks(maxX, 8)
    .map(
      (v) =>
        `<line x1="${px(v).toFixed(1)}" x2="${px(v).toFixed(1)}" y1="${h - bottom}" y2="${h - bottom + 4}" stroke="#888"/><text x="${px(v).toFixed(1)}" y="${h - bottom + 16}" text-anchor="middle">${v}</text>`,
    )
    .join('');
  const shaded = windows
    .map(
      (win) =>
        `<rect x="${px(win.from).toFixed(1)}" y="${top}" width="${Math.max(1, px(win.to) - px(win.from)).toFixed(1)}" height="${h - bottom - top}" fill="${win.what === 'partition' ? '#f4c7c3' : '#fde9b8'}" opacity="0.7"><title>${escapeHtml(win.what)}: minute ${win.from.toFixed(1)} to ${win.to.toFixed(1)}</title></rect>`,
    )
    .join('');
  return `<svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(y.title)} by minute" font-size="11">
${shaded}${yTicks}${xTicks}
<line x1="${left}" y1="${h - bottom}" x2="${w - 12}" y2="${h - bottom}" stroke="#888"/><line x1="${left}" y1="${top}" x2="${left}" y2="${h - bottom}" stroke="#888"/>
<text x="${left + 4}" y="${top - 4}">${escapeHtml(y.title)}</text><text x="${(w + left) / 2}" y="${h - 6}" text-anchor="middle">minute of the run</text>
<path d="${path}" fill="none" stroke="#1848a0" stroke-width="2"/></svg>`;
}

/** Counts by hops: each bar with its value, hops across, deliveries up. */
function bars(values: number[], title: string): string {
  const [w, h, left, bottom, top] = [600, 200, 56, 40, 34];
  const max = Math.max(1, ...values);
  const bw = (w - left - 12) / Math.max(1, values.length);
  const py = (v: number) => h - bottom - (v / max) * (h - bottom - top);
  const rects = values
    .map((v, i) => {
      const x = left + i * bw;
      return `<rect x="${x.toFixed(1)}" y="${py(v).toFixed(1)}" width="${(bw * 0.8).toFixed(1)}" height="${(h - bottom - py(v)).toFixed(1)}" fill="#1848a0"><title>${i} hops: ${v}</title></rect><text x="${(x + bw * 0.4).toFixed(1)}" y="${(py(v) - 3).toFixed(1)}" text-anchor="middle">${v}</text><text x="${(x + bw * 0.4).toFixed(1)}" y="${h - bottom + 14}" text-anchor="middle">${i}</text>`;
    })
    .join('');
  const yTicks = ticks(max, 4)
    .map((v) => `<text x="${left - 6}" y="${(py(v) + 4).toFixed(1)}" text-anchor="end">${v}</text>`)
    .join('');
  return `<svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(title)}" font-size="11">${yTicks}
<line x1="${left}" y1="${h - bottom}" x2="${w - 12}" y2="${h - bottom}" stroke="#888"/><line x1="${left}" y1="${top}" x2="${left}" y2="${h - bottom}" stroke="#888"/>
<text x="${left + 4}" y="12">${escapeHtml(title)}</text><text x="${(w + left) / 2}" y="${h - 6}" text-anchor="middle">hops travelled</text>${rects}</svg>`;
}

/** Every node's own figures; the worst-served first, since those are the ones a tester looks for. */
function nodeTable(result: SimResult): string {
  const rows = [...result.nodes]
    .sort((a, b) => (a.deliveryRatio ?? 2) - (b.deliveryRatio ?? 2) || a.id - b.id)
    .slice(0, 500)
    .map(
      (n) =>
        `<tr><td>${n.id}</td><td>${escapeHtml(n.role)}${n.gateway ? ' (gateway)' : ''}</td><td>${n.sent}</td><td>${n.relayed}</td><td>${pct(n.deliveryRatio)}</td><td>${n.txAirtimeSeconds}</td><td>${n.utilisationPercent}</td><td>${n.downMinutes}</td><td>${n.queueDrops} / ${n.dutyCycleDrops}</td></tr>`,
    )
    .join('');
  const more = result.nodes.length > 500 ? `<p>The first 500 of ${result.nodes.length} nodes; nodes.csv has every one.</p>` : '';
  return `<table><tr><th>Node</th><th>Role</th><th>Sent</th><th>Relayed</th><th>Received of reachable broadcasts</th><th>Airtime sent (s)</th><th>Channel busy (%)</th><th>Down (min)</th><th>Dropped: queue / duty cycle</th></tr>${rows}</table>${more}`;
}

/**
 * The ledger's two states, said so they cannot be read as contradicting each other: how long after each heal
 * every gateway held what any gateway held at that moment, and whether all gateways hold the same at the end
 * (entries made after the last heal may still be travelling when the run stops).
 */
export function ledgerSentences(ledger: NonNullable<SimResult['ledger']>): string[] {
  const groups = ledger.gatewayGroups;
  return [
    // Said first: every figure below is judged within each group.
    ...(groups.length > 1
      ? [
          `no paths of links within the hop limit join these groups of gateways both ways, so each is judged on its own: ${groups.map((g) => g.join(', ')).join(' | ')}`,
        ]
      : []),
    ...ledger.afterHeal.map(
      (h) =>
        `after the link came back at minute ${h.healedAtMinute}: ${h.secondsToConverge === null ? 'not every gateway had caught up on what any held then by the end of the run' : `every gateway held what any held then ${h.secondsToConverge} s later`}${h.secondsToFirstContact === null ? '' : ` (the first meshloom packet between a gateway lacking something and one holding it crossed after ${h.secondsToFirstContact} s)`}`,
    ),
    `at the end of the run: ${ledger.convergedAtEnd ? (groups.length > 1 ? 'the gateways of each group hold the same ledger' : 'all gateways hold the same ledger') : 'the gateways do not all hold the same ledger (what was recorded last may still be on its way)'}`,
  ];
}

function html(result: SimResult): string {
  const s = result.summary;
  const rows: [string, string][] = [
    ['Nodes (gateways)', `${result.scenario.nodes} (${result.scenario.gateways})`],
    ['Preset, region, hop limit', `${result.scenario.preset}, ${result.scenario.region}, ${result.scenario.hopLimit}`],
    ['Simulated', `${result.scenario.durationMinutes} min, seed ${result.scenario.seed}`],
    ['Air', result.scenario.collisions ? 'packets collide' : 'ideal: packets never collide (collisions: false)'],
    ['Packets sent', String(s.packets)],
    ['Delivered, of reachable', pct(s.deliveryRatio)],
    ['Reachable share of the other nodes', pct(s.reachableShare)],
    ['First-arrival latency p50 / p90 / p99', `${s.latencyMs.p50 ?? '—'} / ${s.latencyMs.p90 ?? '—'} / ${s.latencyMs.p99 ?? '—'} ms`],
    ['Transmissions (relays, retransmissions)', `${s.transmissions} (${s.rebroadcasts}, ${s.retransmissions})`],
    ['Receptions lost to collisions', String(s.collisions)],
    ['Duplicates heard, relays cancelled', `${s.duplicatesHeard}, ${s.cancelledRelays}`],
    ['Rebroadcasts that reached no one new', `${s.redundantRebroadcasts} of ${s.rebroadcasts}`],
    ['Dropped: queue full, duty cycle', `${s.queueDrops}, ${s.dutyCycleDrops}`],
    ['Channel utilisation mean / max', `${s.meanUtilisationPercent} % / ${s.maxUtilisationPercent} %`],
    ['Direct messages acknowledged', pct(s.directMessagesAcked)],
    ['Run', `${s.events} events in ${s.wallSeconds} s`],
  ];
  const kinds = Object.entries(result.byKind)
    .map(([kind, f]) => `<tr><td>${kind}</td><td>${f.packets}</td><td>${pct(f.deliveryRatio)}</td></tr>`)
    .join('');
  const missedRows = Object.entries(result.byKind)
    .map(([kind, f]) => `<tr><td>${kind}</td><td>${f.reachable - f.delivered}</td>${LOSS_REASONS.map((r) => `<td>${f.missed[r]}</td>`).join('')}</tr>`)
    .join('');
  const alerts = result.alerts
    .map(
      (a) =>
        `<tr><td>${a.author}/${a.id}</td><td>${a.raisedAtMinute}</td><td>${a.reachedGateways} of ${a.ofGateways}</td><td>${a.secondsToReachAll ?? 'not all'}</td></tr>`,
    )
    .join('');
  const windows = outageWindows(result);
  const ledger = result.ledger
    ? `<h2>Ledger</h2><p>${result.ledger.entriesSubmitted} entries recorded.</p><ul>${ledgerSentences(result.ledger)
        .map((line) => `<li>${escapeHtml(line)}</li>`)
        .join('')}</ul>
<table><tr><th>Link back at minute</th><th>Seconds until the first packet crossed</th><th>Seconds until every gateway held what any held then</th><th>Entries missing then</th><th>Physical lower bound (s)</th><th>Sync cost (× missing bytes)</th><th>Least the format allows</th></tr>${result.ledger.afterHeal.map((h) => `<tr><td>${h.healedAtMinute}</td><td>${h.secondsToFirstContact ?? 'never'}</td><td>${h.secondsToConverge ?? 'not within the run'}</td><td>${h.missingEntries}</td><td>${h.lowerBoundSeconds}</td><td>${h.syncCostRatio ?? '–'}</td><td>${h.syncCostFloor ?? '–'}</td></tr>`).join('')}</table>
<p>${result.ledger.rejected} message(s) rejected by gateways${result.ledger.rejected > 0 ? ':' : '.'}</p>${
        result.ledger.rejections.length > 0
          ? `<table><tr><th>Minute</th><th>Gateway</th><th>From</th><th>Reason</th><th>Detail</th></tr>${result.ledger.rejections
              .map(
                (r) => `<tr><td>${r.minute}</td><td>${r.gateway}</td><td>${r.from}</td><td>${escapeHtml(r.reason)}</td><td>${escapeHtml(r.detail)}</td></tr>`,
              )
              .join('')}</table>`
          : ''
      }`
    : '';
  const failures = result.failures
    .slice(0, 200)
    .map(
      (f) =>
        `<li>minute ${(f.atMs / 60_000).toFixed(1)}: ${f.what} ${f.what === 'partition' ? `(${f.nodes.length} nodes on the cut)` : f.nodes.join(', ')}</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>meshloom simulation: ${escapeHtml(result.scenario.name)}</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:1180px;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0}td,th{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left}
.grid{display:flex;flex-wrap:wrap;gap:1.5rem}.legend span{display:inline-block;margin-right:1rem}</style></head>
<body><h1>${escapeHtml(result.scenario.name)}</h1>
<div class="grid"><div><table>${rows.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>
<h2>By kind</h2><table><tr><th>Kind</th><th>Packets</th><th>Delivered of reachable</th></tr>${kinds}</table></div>
<div><h2>Why reachable nodes missed packets</h2><table><tr><th>Kind</th><th>Missed</th>${LOSS_REASONS.map((r) => `<th>${r}</th>`).join('')}</tr>${missedRows}</table>
<p>Each node a packet could reach that never received it, charged to one reason: it went down meanwhile; a copy reached it and collided; a node on the way dropped it (queue full, duty cycle); the flood ran out of hops; a relay was cancelled because a neighbour was heard relaying first; or none of these was seen.</p></div>
<div><h2>Topology</h2>${topology(result)}
<p class="legend"><span>colour: share of reachable broadcasts the node received (red 0 %, green 100 %, grey none)</span>
<span>square: router</span><span>blue ring: gateway</span><span>dashed ring: was down during the run</span></p></div></div>
<h2>Over time</h2>${windows.length > 0 ? '<p class="legend"><span>shaded yellow: nodes down</span><span>shaded red: the mesh cut in two</span></p>' : ''}${lineChart(
    result.perMinute.map((m) => ({ x: m.minute, y: m.deliveryRatio === null ? null : m.deliveryRatio * 100 })),
    { title: 'delivered of reachable, by minute sent (%)', max: 100 },
    windows,
    result.scenario.durationMinutes,
  )}
${lineChart(
  result.perMinute.map((m) => ({ x: m.minute, y: m.upNodes })),
  { title: `nodes up (of ${result.scenario.nodes})`, max: result.scenario.nodes },
  windows,
  result.scenario.durationMinutes,
)}
<h2>Hops travelled by deliveries</h2>${bars(s.hops, 'deliveries (count)')}
<h2>Nodes</h2>${nodeTable(result)}
${alerts ? `<h2>Alerts</h2><table><tr><th>Alert</th><th>Raised (min)</th><th>Reached</th><th>Seconds to reach all</th></tr>${alerts}</table>` : ''}
${ledger}
${failures ? `<h2>Failures</h2><ul>${failures}</ul>` : ''}
</body></html>
`;
}
