/**
 * sweep.html: a sweep's combinations with each figure's mean and 95 % interval over seeds, and a chart of the
 * first varied setting against delivery and against the time the ledgers took to converge (means with their
 * intervals as whiskers; one line per value of any other varied setting). Self-contained, like report.html.
 */
import type { CombinationSummary, Estimate } from '../sweep/sweep-summary.ts';
import { escapeHtml, ticks } from './write-report.ts';

const COLOURS = ['#1848a0', '#c0392b', '#2e8b57', '#8e44ad', '#d35400', '#7f8c8d'];

/** "87.6 % ± 2.1" or "412 s ± 90 (3 of 5 runs)". */
export function estimateText(e: Estimate, scale = 1, unit = '', runs?: number): string {
  if (e.mean === null) return '—';
  const digits = scale === 100 ? 1 : 0;
  const mean = (e.mean * scale).toFixed(digits);
  const ci = e.ci95 === null ? '' : ` ± ${(e.ci95 * scale).toFixed(digits)}`;
  const of = runs !== undefined && e.n < runs ? ` (${e.n} of ${runs} runs)` : '';
  return `${mean}${unit}${ci}${of}`;
}

function chart(summaries: CombinationSummary[], xKey: string, pick: (s: CombinationSummary) => Estimate, title: string, scale: number): string {
  const otherSettings = new Set(summaries.map((s) => JSON.stringify(Object.entries(s.settings).filter(([k]) => k !== xKey)))).size;
  // One legend row per line below the axis, when there is more than one line.
  const legendRows = otherSettings > 1 ? otherSettings : 0;
  const [w, left, top] = [560, 60, 24];
  const bottom = 42 + legendRows * 14;
  const h = 198 + bottom;
  const xs = [...new Set(summaries.map((s) => s.settings[xKey]))];
  const numeric = xs.every((x) => typeof x === 'number');
  const xValues = numeric ? (xs as number[]).sort((a, b) => a - b) : xs;
  const px = (x: unknown) => {
    const i = xValues.indexOf(x);
    if (numeric) {
      const [lo, hi] = [xValues[0] as number, xValues.at(-1) as number];
      return left + (((x as number) - lo) / Math.max(hi - lo, 1e-9)) * (w - left - 20);
    }
    return left + ((i + 0.5) / xValues.length) * (w - left - 20);
  };
  const points = summaries.map((s) => ({ s, e: pick(s) })).filter((p) => p.e.mean !== null);
  // At least 1 (a second, a collision): when every value is 0 (ledgers already agreed at the heal) the axis still has a height.
  const top95 = Math.max(1, ...points.map((p) => ((p.e.mean as number) + (p.e.ci95 ?? 0)) * scale));
  // A round top for the axis, one step above the highest whisker.
  const steps = ticks(top95 * 1.05, 4);
  const yMax = scale === 100 ? 100 : (steps.at(-1) as number) + ((steps[1] ?? top95) - (steps[0] ?? 0));
  const py = (v: number) => h - bottom - (v / yMax) * (h - bottom - top);
  const series = new Map<string, typeof points>();
  for (const p of points) {
    const rest = Object.entries(p.s.settings)
      .filter(([k]) => k !== xKey)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(' ');
    const line = series.get(rest);
    if (line) line.push(p);
    else series.set(rest, [p]);
  }
  const drawn = [...series.entries()]
    .map(([rest, ps], i) => {
      const colour = COLOURS[i % COLOURS.length];
      const ordered = ps.sort((a, b) => xValues.indexOf(a.s.settings[xKey]) - xValues.indexOf(b.s.settings[xKey]));
      const line = ordered.map((p, j) => `${j === 0 ? 'M' : 'L'}${px(p.s.settings[xKey]).toFixed(1)},${py((p.e.mean as number) * scale).toFixed(1)}`).join('');
      const whiskers = ordered
        .map((p) => {
          const x = px(p.s.settings[xKey]).toFixed(1);
          const mean = (p.e.mean as number) * scale;
          const ci = (p.e.ci95 ?? 0) * scale;
          return `<line x1="${x}" x2="${x}" y1="${py(Math.min(yMax, mean + ci)).toFixed(1)}" y2="${py(Math.max(0, mean - ci)).toFixed(1)}" stroke="${colour}"/><circle cx="${x}" cy="${py(mean).toFixed(1)}" r="3" fill="${colour}"><title>${escapeHtml(`${xKey}=${JSON.stringify(p.s.settings[xKey])} ${rest}: ${estimateText(p.e, scale)}`)}</title></circle>`;
        })
        .join('');
      const legend = legendRows === 0 ? '' : `<text x="${left}" y="${h - bottom + 44 + i * 14}" fill="${colour}">— ${escapeHtml(rest)}</text>`;
      return `<path d="${line}" fill="none" stroke="${colour}" stroke-width="1.5"/>${whiskers}${legend}`;
    })
    .join('');
  const yTicks = ticks(yMax, 4)
    .map(
      (v) =>
        `<text x="${left - 6}" y="${(py(v) + 4).toFixed(1)}" text-anchor="end">${v}</text><line x1="${left}" x2="${w - 20}" y1="${py(v).toFixed(1)}" y2="${py(v).toFixed(1)}" stroke="#eee"/>`,
    )
    .join('');
  const xTicks = xValues.map((x) => `<text x="${px(x).toFixed(1)}" y="${h - bottom + 16}" text-anchor="middle">${escapeHtml(String(x))}</text>`).join('');
  return `<svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeHtml(title)}" font-size="11">${yTicks}${xTicks}
<line x1="${left}" y1="${h - bottom}" x2="${w - 20}" y2="${h - bottom}" stroke="#888"/><line x1="${left}" y1="${top}" x2="${left}" y2="${h - bottom}" stroke="#888"/>
<text x="${left + 4}" y="${top - 8}">${escapeHtml(title)}</text><text x="${(w + left) / 2}" y="${h - bottom + 30}" text-anchor="middle">${escapeHtml(xKey)}</text>${drawn}</svg>`;
}

export function sweepHtml(name: string, varied: string[], summaries: CombinationSummary[], seeds: number): string {
  const header = [...varied, 'runs', 'delivered of reachable (%)', 'latency p50 (ms)', 'collisions', 'ledger converged after heal (s)']
    .map((h) => `<th>${escapeHtml(h)}</th>`)
    .join('');
  const rows = summaries
    .map(
      (s) =>
        `<tr>${varied.map((v) => `<td>${escapeHtml(JSON.stringify(s.settings[v]))}</td>`).join('')}<td>${s.runs}${s.errors ? ` (${s.errors} failed)` : ''}</td><td>${estimateText(s.deliveryRatio, 100)}</td><td>${estimateText(s.latencyP50Ms)}</td><td>${estimateText(s.collisions)}</td><td>${estimateText(s.ledgerSecondsToConverge, 1, '', s.runs)}</td></tr>`,
    )
    .join('');
  const x = varied[0];
  const charts =
    x === undefined
      ? ''
      : `${chart(summaries, x, (s) => s.deliveryRatio, 'delivered of reachable (%), mean and 95 % interval', 100)}
${summaries.some((s) => s.ledgerSecondsToConverge.mean !== null) ? chart(summaries, x, (s) => s.ledgerSecondsToConverge, 'seconds until the ledgers converged after a heal, mean and 95 % interval', 1) : ''}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>meshloom sweep: ${escapeHtml(name)}</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:1180px;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0}td,th{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left}</style></head>
<body><h1>Sweep: ${escapeHtml(name)}</h1>
<p>${summaries.length} combinations × ${seeds} seeds. Each figure is the mean over the seeds ± the half-width of its 95 % confidence interval (Student's t); a ledger that did not converge within a run has no time and is counted beside the mean.</p>
<table><tr>${header}</tr>${rows}</table>
${charts}
</body></html>
`;
}
