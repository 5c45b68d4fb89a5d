#!/usr/bin/env node
// Runs before `npm start`, `npm test` and `npm run bench`: installs the locked dependencies when node_modules is
// missing or was installed from a different package-lock.json, so a fresh clone needs no separate set-up step.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lockPath = join(root, 'package-lock.json');
const stampPath = join(root, 'node_modules', '.meshloom-lock-hash');
const lockHash = createHash('sha256').update(readFileSync(lockPath)).digest('hex');

if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === lockHash) process.exit(0);

console.error('meshloom: installing dependencies from package-lock.json (first run, or the lock changed)...');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) {
  console.error('meshloom: `npm ci` failed; see the output above.');
  process.exit(result.status ?? 1);
}
writeFileSync(stampPath, lockHash);
