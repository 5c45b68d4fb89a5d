#!/usr/bin/env node
/**
 * The layering rule, checked: imports run downward only. protocol is pure and at the bottom; support (small
 * utilities), store (SQLite) and radio (the link to a Meshtastic radio) sit on it; the simulator and the
 * firmware scripts use those; the gateway may also run a simulated neighbourhood; the command line is the top.
 * test/, bench/ and scripts/ may import anything. Run by `npm run lint`; exits 1 and names each upward import.
 *
 * Usage: node scripts/check-layers.mjs [ROOT]   (ROOT defaults to the checkout this script is in)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder -> the folders it may import from (besides itself). */
const MAY_IMPORT = {
  protocol: [],
  support: [],
  store: ['protocol', 'support'],
  radio: ['protocol', 'support'],
  simulator: ['protocol', 'support', 'store', 'radio'],
  'firmware-scripts': ['protocol', 'support', 'radio'],
  gateway: ['protocol', 'support', 'store', 'radio', 'simulator'],
  cli: ['protocol', 'support', 'store', 'radio', 'simulator', 'firmware-scripts', 'gateway'],
  bin: ['cli'],
};

/** Packages that do I/O: pure protocol code must not reach for them (time and randomness come in as arguments). */
const IO_PACKAGES = ['node:fs', 'node:net', 'node:http', 'node:child_process', 'node:dgram', 'serialport', 'better-sqlite3', 'fastify', 'mqtt'];
const PURE = new Set(['protocol']);

const IMPORT = /(?:^|[^\w.])(?:import|export)\s*(?:[^'";]*?\sfrom\s*)?\(?\s*(['"])([^'"]+)\1/g;

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

export function checkLayers(root) {
  const problems = [];
  for (const layer of Object.keys(MAY_IMPORT)) {
    let files;
    try {
      files = [...sourceFiles(join(root, layer))];
    } catch {
      continue;
    }
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(IMPORT)) {
        const spec = match[2];
        const where = `${relative(root, file)}: imports '${spec}'`;
        if (spec.startsWith('.')) {
          const target = relative(root, resolve(dirname(file), spec)).split(sep)[0];
          if (target !== layer && !MAY_IMPORT[layer].includes(target)) {
            problems.push(`${where} — ${layer}/ may not import from ${target}/ (it may use: ${MAY_IMPORT[layer].join(', ') || 'nothing of ours'})`);
          }
        } else if (PURE.has(layer) && IO_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`))) {
          problems.push(`${where} — ${layer}/ is pure: no I/O packages`);
        }
      }
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const problems = checkLayers(root);
  for (const p of problems) console.error(p);
  if (problems.length > 0) {
    console.error(`\n${problems.length} import(s) against the layering (ARCHITECTURE.md, "Layers").`);
    process.exit(1);
  }
  console.log('layers: every import runs downward');
}
