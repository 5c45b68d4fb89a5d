#!/usr/bin/env node
/**
 * Generated files must be what their sources make: the protobuf codec from meshloom.proto, and our declarations
 * for @meshtastic/protobufs from the installed package. Regenerate into a scratch folder and compare with the
 * checked-in files. Run by `npm run lint`; `npm run codegen` writes them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'meshloom-codegen-'));
try {
  execFileSync(process.execPath, [join(root, 'scripts', 'codegen.mjs'), join(scratch, 'codec')], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts', 'protobuf-types.mjs'), join(scratch, 'types')], { stdio: 'inherit' });
  const pairs = [
    ['codec/meshloom.js', 'protocol/app/generated/meshloom.js'],
    ['codec/meshloom.d.ts', 'protocol/app/generated/meshloom.d.ts'],
    ['types/index.d.ts', 'types/meshtastic__protobufs/index.d.ts'],
    ['types/package.json', 'types/meshtastic__protobufs/package.json'],
  ];
  const stale = pairs.filter(([fresh, kept]) => readFileSync(join(scratch, fresh), 'utf8') !== readFileSync(join(root, kept), 'utf8')).map(([, kept]) => kept);
  if (stale.length > 0) {
    console.error(`${stale.join(', ')} differ from what their sources make: run npm run codegen`);
    process.exit(1);
  }
  console.log('codegen: the generated codec and protobuf declarations are current');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
