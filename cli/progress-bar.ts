/** A progress bar on stderr: redrawn in place on a terminal, a line every tenth otherwise (logs, CI). */
export function progressBar(label: string): (done: number, total: number) => void {
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  return (done, total) => {
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const width = 30;
    const bar = `${label} [${'#'.repeat(Math.round(fraction * width)).padEnd(width, '.')}] ${Math.round(fraction * 100)}%`;
    if (tty) {
      process.stderr.write(`\r${bar}${fraction === 1 ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor(fraction * 10);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      process.stderr.write(`${bar}\n`);
    }
  };
}
