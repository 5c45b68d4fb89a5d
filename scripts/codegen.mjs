#!/usr/bin/env node
/**
 * Generates meshloom's protobuf codec from protocol/app/meshloom.proto with protobufjs-cli: a static ES module
 * (no .proto read at run time) and its TypeScript declarations. Usage: node scripts/codegen.mjs [OUT_DIR]
 * (default protocol/app/generated). Conversion and verification helpers are left out: the codec only encodes
 * and decodes, and messages.ts checks every decoded value.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'protocol', 'app', 'generated');
const require = createRequire(import.meta.url);
const cli = dirname(require.resolve('protobufjs-cli/package.json'));
mkdirSync(out, { recursive: true });
const js = join(out, 'meshloom.js');
const proto = join(root, 'protocol', 'app', 'meshloom.proto');
execFileSync(
  process.execPath,
  [join(cli, 'bin', 'pbjs'), '-t', 'static-module', '-w', 'es6', '--es6', '--no-delimited', '--no-verify', '--no-convert', '--no-service', '-o', js, proto],
  { stdio: 'inherit' },
);
execFileSync(process.execPath, [join(cli, 'bin', 'pbts'), '-o', join(out, 'meshloom.d.ts'), js], { stdio: 'inherit' });
