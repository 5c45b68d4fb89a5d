/** The firmware's serial console lines: a coloured level, the time, the uptime, the thread, the message. */
export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

const COLOURS: Record<LogLevel, string> = { DEBUG: '\u001b[34m', INFO: '\u001b[32m', WARN: '\u001b[33m', ERROR: '\u001b[31m' };

export function consoleLine(level: LogLevel, nowMs: number, uptimeS: number, thread: string, message: string): string {
  const clock = new Date(nowMs).toISOString().slice(11, 19);
  return `${COLOURS[level]}${level.padEnd(5)}\u001b[0m | ${clock} ${uptimeS} [${thread}] ${message}\r\n`;
}
