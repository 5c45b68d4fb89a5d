#!/usr/bin/env node
/**
 * The generated protobuf codec must be what meshloom.proto makes: regenerate into a scratch folder and compare
 * with the checked-in files. Run by `npm run lint`; `npm run codegen` writes them after a change to the .proto.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'meshloom-codegen-'));
try {
  execFileSync(process.execPath, [join(root, 'scripts', 'codegen.mjs'), scratch], { stdio: 'inherit' });
  const stale = ['meshloom.js', 'meshloom.d.ts'].filter(
    (name) => readFileSync(join(scratch, name), 'utf8') !== readFileSync(join(root, 'protocol', 'app', 'generated', name), 'utf8'),
  );
  if (stale.length > 0) {
    console.error(`protocol/app/generated/${stale.join(', ')} differ from what meshloom.proto makes: run npm run codegen`);
    process.exit(1);
  }
  console.log('codegen: protocol/app/generated matches meshloom.proto');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
