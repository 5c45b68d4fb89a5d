/**
 * docs/error-codes.md, the per-area error tables and the code agree: every code is in exactly one table, the doc
 * lists exactly the tables' codes with their HTTP status, and no code is made up on the spot.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flashErrors } from '../../firmware-scripts/flash/flash-errors.ts';
import { provisionErrors } from '../../firmware-scripts/errors.ts';
import { webErrors } from '../../gateway/web/errors.ts';
import { appErrors } from '../../protocol/app/errors.ts';
import { engineErrors } from '../../protocol/engine/errors.ts';
import { commonErrors, type ErrorCode } from '../../protocol/meshloom-error.ts';
import { streamErrors } from '../../protocol/meshtastic/errors.ts';
import { radioErrors } from '../../radio/errors.ts';
import { simulatorErrors } from '../../simulator/firmware/errors.ts';
import { scenarioErrors } from '../../simulator/scenario/scenario.ts';
import { endpointErrors } from '../../simulator/virtual-radio/errors.ts';

const root = new URL('../../', import.meta.url).pathname;
const SOURCE_FOLDERS = ['protocol', 'support', 'store', 'radio', 'gateway', 'simulator', 'firmware-scripts', 'cli'];
const TABLES = {
  commonErrors,
  appErrors,
  engineErrors,
  streamErrors,
  radioErrors,
  provisionErrors,
  flashErrors,
  scenarioErrors,
  simulatorErrors,
  endpointErrors,
  webErrors,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const tabled = new Map<string, { table: string; status: number | undefined }>();
const duplicates: string[] = [];
for (const [table, factories] of Object.entries(TABLES)) {
  for (const factory of Object.values(factories) as { code: ErrorCode; status: number | undefined }[]) {
    if (tabled.has(factory.code)) duplicates.push(factory.code);
    tabled.set(factory.code, { table, status: factory.status });
  }
}

describe('error codes', () => {
  const doc = readFileSync(join(root, 'docs/error-codes.md'), 'utf8');
  const rows = [...doc.matchAll(/^\| (MESHLOOM_ERR_[A-Z0-9_]+) \| [^|]+ \|\s*(\d*)\s*\|$/gm)];
  const documented = new Map(rows.map((m) => [m[1] as string, m[2] ? Number(m[2]) : undefined]));

  it('are each in one table', () => {
    expect(duplicates).toEqual([]);
  });

  it('are listed in docs/error-codes.md exactly as the tables have them, HTTP status included', () => {
    expect([...documented.keys()].sort()).toEqual([...tabled.keys()].sort());
    for (const [code, { status }] of tabled) expect(documented.get(code), code).toBe(status);
  });

  it('named anywhere in the code are tabled, and none is made up on the spot', () => {
    const named = new Set<string>();
    const adHoc: string[] = [];
    for (const folder of SOURCE_FOLDERS) {
      for (const file of sourceFiles(join(root, folder))) {
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(/MESHLOOM_ERR_[A-Z0-9_]+/g)) named.add(match[0]);
        for (const match of text.matchAll(/new MeshloomError\(\s*['"`](MESHLOOM_ERR_[A-Z0-9_]+)/g)) adHoc.push(`${file.slice(root.length)}: ${match[1]}`);
      }
    }
    named.delete('MESHLOOM_ERR_EXAMPLE');
    expect([...named].filter((code) => !tabled.has(code))).toEqual([]);
    expect(adHoc).toEqual([]);
  });
});
