/**
 * How far this gateway wrote its own chain, kept in a small file beside the ledger. A ledger file restored from an
 * older backup holds less of the own chain than the gateway signed and its peers hold: writing on from there would
 * sign a second entry for sequence numbers already out there, a fork every peer refuses. The file is written after
 * each own entry is committed (the ledger commits with synchronous=FULL, so the file never claims more than the
 * ledger held), and at start a ledger behind it is recovered from the peers first, as a lost one is. A whole data
 * folder restored together (the file with it) cannot be told from a current one; the README says so.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';

export interface OwnTip {
  author: number;
  seq: number;
}

/** The tip last written, or undefined when there is none or it cannot be read (then nothing is assumed). */
export function readOwnTip(path: string): OwnTip | undefined {
  if (!existsSync(path)) return undefined;
  const match = /^author (\d+) seq (\d+)\n?$/.exec(readFileSync(path, 'utf8'));
  if (!match) return undefined;
  return { author: Number(match[1]), seq: Number(match[2]) };
}

/** Replace the file at once (a crash leaves the old one or the new one, never half of one). */
export function writeOwnTip(path: string, tip: OwnTip): void {
  const temporary = `${path}.new`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, `author ${tip.author} seq ${tip.seq}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}
