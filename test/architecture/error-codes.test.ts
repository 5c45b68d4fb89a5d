import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HTTP_STATUS } from '../../gateway/web/errors.ts';

const root = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('docs/error-codes.md', () => {
  const doc = readFileSync(join(root, 'docs/error-codes.md'), 'utf8');
  const rows = [...doc.matchAll(/^\| (MESHLOOM_ERR_[A-Z0-9_]+) \| [^|]+ \|\s*(\d*)\s*\|$/gm)];
  const documented = new Map(rows.map((m) => [m[1] as string, m[2] ? Number(m[2]) : undefined]));

  it('lists exactly the codes the code uses', () => {
    const used = new Set<string>();
    for (const folder of ['protocol', 'support', 'store', 'radio', 'gateway', 'simulator', 'firmware-scripts', 'cli']) {
      for (const file of sourceFiles(join(root, folder))) {
        for (const match of readFileSync(file, 'utf8').matchAll(/MESHLOOM_ERR_[A-Z0-9_]+/g)) used.add(match[0]);
      }
    }
    used.delete('MESHLOOM_ERR_EXAMPLE');
    expect([...documented.keys()].sort()).toEqual([...used].sort());
  });

  it('gives the HTTP status the API uses', () => {
    for (const [code, status] of Object.entries(HTTP_STATUS)) expect(documented.get(code), code).toBe(status);
  });
});
