/** Writing to stdout with back-pressure, so a large decode piped into `head` or a slow pager neither floods memory nor dies. */
export function writeLine(line: string): Promise<void> | void {
  if (process.stdout.write(`${line}\n`)) return;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}
