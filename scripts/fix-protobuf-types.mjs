#!/usr/bin/env node
// @meshtastic/protobufs 2.7.18 ships broken type declarations: its package.json names dist/mod.d.ts, which is
// missing, and the file it does ship exports namespaces (Mesh, Config, ...) that it never declares, so every
// radio message would type as `any`. This writes dist/mod.d.ts: the shipped declarations plus the missing
// namespace blocks, listing for each namespace the names its run-time module really exports (and the message
// types behind each `...Schema`). Runs after every install (postinstall) and is idempotent.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'node_modules', '@meshtastic', 'protobufs', 'dist');
const target = join(dist, 'mod.d.ts');
const MARK = '// meshloom: namespace blocks added by scripts/fix-protobuf-types.mjs';

if (!existsSync(dist)) process.exit(0);
if (existsSync(target) && readFileSync(target, 'utf8').includes(MARK)) process.exit(0);

const shipped = readdirSync(dist).find((f) => /^mod-.*\.d\.ts$/.test(f));
if (!shipped) {
  if (existsSync(target)) process.exit(0);
  console.error('meshloom: @meshtastic/protobufs ships no declarations this script knows; see scripts/fix-protobuf-types.mjs');
  process.exit(1);
}
const source = readFileSync(join(dist, shipped), 'utf8');
const exportLine = /^export \{([^}]*)\};?\s*$/m.exec(source);
if (!exportLine) {
  console.error(`meshloom: no export list in ${shipped}; the package changed, revisit scripts/fix-protobuf-types.mjs`);
  process.exit(1);
}
const runtime = await import(pathToFileURL(join(dist, 'mod.js')).href);
const declared = (name) => new RegExp(`^(?:declare )?(?:type|const|enum|interface|function|class) ${name}\\b`, 'm').test(source);

const blocks = [];
for (const pair of exportLine[1].split(',')) {
  const [local, exported] = pair.trim().split(/\s+as\s+/);
  if (!local || !exported || declared(local)) continue;
  const names = new Set();
  for (const key of Object.keys(runtime[exported] ?? {})) {
    if (declared(key)) names.add(key);
    if (key.endsWith('Schema') && declared(key.slice(0, -'Schema'.length))) names.add(key.slice(0, -'Schema'.length));
  }
  blocks.push(`declare namespace ${local} {\n  export { ${[...names].sort().join(', ')} };\n}`);
}
writeFileSync(target, `${source.replace(exportLine[0], '')}\n${MARK}\n${blocks.join('\n')}\n${exportLine[0]}\n`);
