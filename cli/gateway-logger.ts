/**
 * The gateway's one log: readable lines on a terminal (pino-pretty, coloured only there), JSON lines for a
 * service manager or a log collector (when stdout is not a terminal, or with --log-format json). Everything the
 * gateway says goes through it, start-up lines included, so the two formats never interleave.
 *
 * Levels: `notice` (between info and warn) for what the operator must see even with --quiet: the address to
 * open, the secret words, the operator password; `info` for news; `warn` and `error` for failures.
 */
import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import { commonErrors } from '../protocol/meshloom-error.ts';

export type LogFormat = 'pretty' | 'json';
export type GatewayLog = Logger<'notice'>;

const NOTICE = 35;

export function logFormat(asked: string | undefined, tty: boolean): LogFormat {
  if (asked === undefined || asked === '') return tty ? 'pretty' : 'json';
  if (asked === 'pretty' || asked === 'json') return asked;
  throw commonErrors.MESHLOOM_ERR_USAGE(`--log-format is pretty or json, not "${asked}"`);
}

export function gatewayLogger(format: LogFormat, quiet: boolean, tty: boolean): GatewayLog {
  const options = { level: quiet ? 'notice' : 'info', customLevels: { notice: NOTICE } };
  if (format === 'json') return pino(options);
  return pino(
    options,
    pretty({
      colorize: tty,
      sync: true,
      translateTime: 'SYS:HH:MM:ss',
      customLevels: `notice:${NOTICE}`,
      // A gateway's lines are read by its operator: the time, the level and what happened.
      ignore: 'pid,hostname,reqId,req,res,responseTime',
      singleLine: true,
    }),
  );
}
