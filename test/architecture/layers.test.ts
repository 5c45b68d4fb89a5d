/** The layering check of `npm run lint` passes on the code base and fails on an upward import. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const CHECK = fileURLToPath(new URL('../../scripts/check-layers.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let scratch: string | undefined;

function tree(files: Record<string, string>): string {
  scratch = mkdtempSync(join(tmpdir(), 'meshloom-layers-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(scratch, path, '..'), { recursive: true });
    writeFileSync(join(scratch, path), text);
  }
  return scratch;
}

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('the layering check', () => {
  it('passes on the code base', () => {
    expect(execFileSync(process.execPath, [CHECK, ROOT], { encoding: 'utf8' })).toContain('every import runs downward');
  });

  it('fails on an upward import and names it', () => {
    const root = tree({
      'protocol/engine/engine.ts': "import { Gateway } from '../../gateway/service/gateway.ts';\n",
      'simulator/mesh/sim.ts': "import type {\n  Gateway,\n} from '../../gateway/service/gateway.ts';\n",
      'gateway/service/gateway.ts': "import { x } from '../../simulator/mesh/sim.ts';\nexport const y = await import('../../protocol/engine/engine.ts');\n",
    });
    const run = spawnSync(process.execPath, [CHECK, root], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("protocol/engine/engine.ts: imports '../../gateway/service/gateway.ts' — protocol/ may not import from gateway/");
    expect(run.stderr).toContain("simulator/mesh/sim.ts: imports '../../gateway/service/gateway.ts' — simulator/ may not import from gateway/");
    expect(run.stderr).toContain('2 import(s) against the layering');
  });

  it('keeps protocol free of I/O packages', () => {
    const root = tree({ 'protocol/app/schema.ts': "import { readFileSync } from 'node:fs';\n" });
    const run = spawnSync(process.execPath, [CHECK, root], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("protocol/app/schema.ts: imports 'node:fs' — protocol/ is pure");
  });
});
