/**
 * One gateway per data folder: two would sign as the same identity and write the same ledger file, forking the
 * chain the moment both record something. A lock file holds the owner's process id; one left by a process that
 * is gone (a crash, a power cut) is taken over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { commonErrors } from '../../protocol/meshloom-error.ts';

export interface DataLock {
  release(): void;
}

export function lockDataFolder(path: string, folder: string): DataLock {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      return { release: () => rmSync(path, { force: true }) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(readFileSync(path, 'utf8').trim());
      if (isRunning(owner)) {
        throw commonErrors.MESHLOOM_ERR_USAGE(
          `another meshloom gateway (process ${owner}) is using ${folder}: stop it first, or give this one its own folder with --data`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw commonErrors.MESHLOOM_ERR_USAGE(`could not lock ${folder}: another gateway is starting there at the same moment`);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
