/**
 * A run's results on disk: result.json (everything), nodes.csv and minutes.csv (for spreadsheets), and
 * report.html, one self-contained page (inline SVG, no scripts or assets from anywhere) with the figures, a
 * delivery-over-time chart, the latency and hop counts, and the topology with failed nodes and per-node delivery.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SimResult } from '../scenario/sim-result.ts';

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

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
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
  return `<svg viewBox="0 0 ${size} ${height.toFixed(0)}" width="${size}" height="${height.toFixed(0)}" role="img" aria-label="topology"><g stroke="#ccc" stroke-width="0.6">${lines}</g>${dots}</svg>`;
}

function lineChart(points: { x: number; y: number | null }[], yLabel: string, yMax = 1): string {
  const [w, h] = [560, 200];
  const maxX = Math.max(1, ...points.map((p) => p.x));
  const px = (x: number) => 40 + (x / maxX) * (w - 50);
  const py = (y: number) => h - 25 - (y / yMax) * (h - 40);
  const path = points
    .filter((p) => p.y !== null)
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p.x).toFixed(1)},${py(p.y as number).toFixed(1)}`)
    .join('');
  return `<svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(yLabel)}">
<line x1="40" y1="${h - 25}" x2="${w - 10}" y2="${h - 25}" stroke="#888"/><line x1="40" y1="10" x2="40" y2="${h - 25}" stroke="#888"/>
<text x="44" y="20" font-size="11">${escapeHtml(yLabel)} (max ${yMax})</text><text x="${w - 60}" y="${h - 8}" font-size="11">minute ${maxX}</text>
<path d="${path}" fill="none" stroke="#1848a0" stroke-width="2"/></svg>`;
}

function bars(values: number[], label: string): string {
  const [w, h] = [560, 160];
  const max = Math.max(1, ...values);
  const bw = (w - 50) / Math.max(1, values.length);
  const rects = values
    .map(
      (v, i) =>
        `<rect x="${(40 + i * bw).toFixed(1)}" y="${(h - 25 - (v / max) * (h - 45)).toFixed(1)}" width="${(bw * 0.8).toFixed(1)}" height="${((v / max) * (h - 45)).toFixed(1)}" fill="#1848a0"><title>${i} hops: ${v}</title></rect><text x="${(40 + i * bw).toFixed(1)}" y="${h - 8}" font-size="11">${i}</text>`,
    )
    .join('');
  return `<svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(label)}"><text x="44" y="14" font-size="11">${escapeHtml(label)}</text>${rects}</svg>`;
}

function html(result: SimResult): string {
  const s = result.summary;
  const rows: [string, string][] = [
    ['Nodes (gateways)', `${result.scenario.nodes} (${result.scenario.gateways})`],
    ['Preset, region, hop limit', `${result.scenario.preset}, ${result.scenario.region}, ${result.scenario.hopLimit}`],
    ['Simulated', `${result.scenario.durationMinutes} min, seed ${result.scenario.seed}`],
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
  const alerts = result.alerts
    .map(
      (a) =>
        `<tr><td>${a.author}/${a.id}</td><td>${a.raisedAtMinute}</td><td>${a.reachedGateways} of ${a.ofGateways}</td><td>${a.secondsToReachAll ?? 'not all'}</td></tr>`,
    )
    .join('');
  const ledger = result.ledger
    ? `<h2>Ledger</h2><p>${result.ledger.entriesSubmitted} entries recorded; all gateways ${result.ledger.convergedAtEnd ? 'agree' : 'do <strong>not</strong> agree'} at the end.</p>
<table><tr><th>Link back at minute</th><th>Seconds until every gateway held everything</th></tr>${result.ledger.afterHeal.map((h) => `<tr><td>${h.healedAtMinute}</td><td>${h.secondsToConverge ?? 'not within the run'}</td></tr>`).join('')}</table>
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
<div><h2>Topology</h2>${topology(result)}
<p class="legend"><span>colour: share of reachable broadcasts the node received (red 0 %, green 100 %, grey none)</span>
<span>square: router</span><span>blue ring: gateway</span><span>dashed ring: was down during the run</span></p></div></div>
<h2>Over time</h2>${lineChart(
    result.perMinute.map((m) => ({ x: m.minute, y: m.deliveryRatio })),
    'delivered of reachable, per minute sent',
  )}
${lineChart(
  result.perMinute.map((m) => ({ x: m.minute, y: m.upNodes })),
  'nodes up',
  result.scenario.nodes,
)}
<h2>Hops travelled by deliveries</h2>${bars(s.hops, 'deliveries by hops')}
${alerts ? `<h2>Alerts</h2><table><tr><th>Alert</th><th>Raised (min)</th><th>Reached</th><th>Seconds to reach all</th></tr>${alerts}</table>` : ''}
${ledger}
${failures ? `<h2>Failures</h2><ul>${failures}</ul>` : ''}
</body></html>
`;
}
