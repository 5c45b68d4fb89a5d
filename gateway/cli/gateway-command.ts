/**
 * `meshloom gateway` (what `npm start` runs): the gateway service on a real radio (--port, --tcp) or, with
 * neither, on the embedded default, a simulated neighbourhood. Settings come from flags, then environment
 * (MESHLOOM_*), then an optional JSON config file; it prints the address to open.
 */
import { readFileSync } from 'node:fs';
import { MeshloomError, errorMessage } from '../../protocol/meshloom-error.ts';
import { startGateway } from '../service/start-gateway.ts';
import { openerFromFlags, type ConnectionFlags } from './connection-flags.ts';

export interface GatewayFlags extends ConnectionFlags {
  data?: string;
  httpPort?: string;
  host?: string;
  label?: string;
  pin?: string;
  config?: string;
  quiet?: boolean;
}

interface FileConfig {
  port?: string;
  tcp?: string;
  data?: string;
  httpPort?: number;
  host?: string;
  label?: string;
  pin?: string;
}

function readConfigFile(path: string | undefined): FileConfig {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as FileConfig;
  } catch (err) {
    throw new MeshloomError('MESHLOOM_ERR_USAGE', `cannot read the config file ${path}: ${errorMessage(err)}`);
  }
}

export async function runGateway(flags: GatewayFlags): Promise<void> {
  const env = process.env;
  const file = readConfigFile(flags.config ?? env.MESHLOOM_CONFIG);
  const port = flags.port ?? env.MESHLOOM_PORT ?? file.port;
  const tcp = flags.tcp ?? env.MESHLOOM_TCP ?? file.tcp;
  const httpPort = Number(flags.httpPort ?? env.MESHLOOM_HTTP_PORT ?? file.httpPort ?? 8080);
  if (!Number.isInteger(httpPort) || httpPort < 0 || httpPort > 65535) {
    throw new MeshloomError('MESHLOOM_ERR_USAGE', `--http-port must be 0..65535, not "${flags.httpPort}"`);
  }
  const say = (text: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);
  const open = port || tcp ? openerFromFlags({ ...(port ? { port } : {}), ...(tcp ? { tcp } : {}), ...(flags.baud ? { baud: flags.baud } : {}) }).open : undefined;
  if (!open) {
    say('no radio given: running on the embedded simulated neighbourhood');
    say('for a real radio: npm start -- --port /dev/ttyUSB0   or   npm start -- --tcp 192.168.1.20');
  }
  const pin = flags.pin ?? env.MESHLOOM_PIN ?? file.pin;
  const running = await startGateway({
    ...(open ? { open } : {}),
    dataDir: flags.data ?? env.MESHLOOM_DATA ?? file.data ?? '.meshloom',
    label: flags.label ?? env.MESHLOOM_LABEL ?? file.label ?? (open ? 'Our neighbourhood' : 'Demo neighbourhood'),
    httpHost: flags.host ?? env.MESHLOOM_HOST ?? file.host ?? '0.0.0.0',
    httpPort,
    ...(pin ? { pin } : {}),
    ...(env.MESHLOOM_OPERATOR_PASSWORD ? { operatorPassword: env.MESHLOOM_OPERATOR_PASSWORD } : {}),
    logger: { level: flags.quiet ? 'warn' : 'info' },
  });
  say(`open ${running.url} on a phone or laptop on this network`);
  if (running.operatorPassword) {
    say(`operator password (shown once; set MESHLOOM_OPERATOR_PASSWORD to choose your own): ${running.operatorPassword}`);
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  say('shutting down: flushing the store');
  await running.close();
}
