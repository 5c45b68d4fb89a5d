#!/usr/bin/env node
/**
 * @meshtastic/protobufs 2.7.18 (the newest published) ships broken type declarations: its package.json names
 * dist/mod.d.ts, which is missing, and the file it does ship exports namespaces (Mesh, Config, ...) that it never
 * declares, so every radio message would type as `any`. This writes our own declarations for it, as a local
 * @types package (types/meshtastic__protobufs, installed from package.json): the shipped declarations with the
 * missing namespace blocks, each listing the names its run-time module really exports (and the message types
 * behind each `...Schema`). Nothing under node_modules is edited. Usage: node scripts/protobuf-types.mjs [OUT_DIR]
 * (run by `npm run codegen`; `npm run lint` checks the checked-in copy is current).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'types', 'meshtastic__protobufs');
const packageDir = dirname(createRequire(import.meta.url).resolve('@meshtastic/protobufs/package.json'));
const dist = join(packageDir, 'dist');
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

const shipped = readdirSync(dist).find((f) => /^mod-.*\.d\.ts$/.test(f));
if (!shipped) throw new Error('@meshtastic/protobufs ships no declarations this script knows; see scripts/protobuf-types.mjs');
const source = readFileSync(join(dist, shipped), 'utf8')
  // The chunk helper it imports has no declarations and only builds the run-time namespaces.
  .replace(/^import \{ t as __exportAll \} from "\.\/chunk-[^"]+\.js";\n/m, '');
const exportLine = /^export \{([^}]*)\};?\s*$/m.exec(source);
if (!exportLine) throw new Error(`no export list in ${shipped}; the package changed, revisit scripts/protobuf-types.mjs`);
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
mkdirSync(out, { recursive: true });
const header = `// Declarations for @meshtastic/protobufs ${version}, written by scripts/protobuf-types.mjs: do not edit.\n`;
writeFileSync(join(out, 'index.d.ts'), `${header}${source.replace(exportLine[0], '')}\n${blocks.join('\n')}\n${exportLine[0]}\n`);
writeFileSync(
  join(out, 'package.json'),
  `${JSON.stringify({ name: '@types/meshtastic__protobufs', version, private: true, description: 'Type declarations for @meshtastic/protobufs (see scripts/protobuf-types.mjs)', types: 'index.d.ts' }, null, 2)}\n`,
);
