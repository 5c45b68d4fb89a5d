/**
 * The gateway's `--config` file: JSON with the same settings as the flags. A key it does not know is refused
 * with the nearest known one ("lable": did you mean "label"?), and a value of the wrong kind names the key:
 * a misspelt setting silently ignored is a gateway running other than the operator believes.
 */
import { readFileSync } from 'node:fs';
import { commonErrors, errorMessage } from '../protocol/meshloom-error.ts';
import { nearestName } from '../support/nearest-name.ts';

export interface FileConfig {
  port?: string;
  tcp?: string;
  data?: string;
  httpPort?: number;
  host?: string;
  label?: string;
  secret?: string;
  allowedHosts?: string[];
  mqtt?: string;
  mqttUser?: string;
  mqttCa?: string;
  mqttRoot?: string;
  federation?: string;
  trust?: string[];
  uplink?: boolean;
  downlink?: boolean;
  mapTiles?: string;
  logFormat?: string;
  /** Refused at start with what to do instead (the PIN became secret words). */
  pin?: unknown;
}

type Kind = 'string' | 'number' | 'boolean' | 'strings' | 'any';

const KEYS: Record<keyof FileConfig, Kind> = {
  port: 'string',
  tcp: 'string',
  data: 'string',
  httpPort: 'number',
  host: 'string',
  label: 'string',
  secret: 'string',
  allowedHosts: 'strings',
  mqtt: 'string',
  mqttUser: 'string',
  mqttCa: 'string',
  mqttRoot: 'string',
  federation: 'string',
  trust: 'strings',
  uplink: 'boolean',
  downlink: 'boolean',
  mapTiles: 'string',
  logFormat: 'string',
  pin: 'any',
};

const KIND_WORDS: Record<Kind, string> = { string: 'text', number: 'a number', boolean: 'true or false', strings: 'a list of texts', any: 'anything' };

export function readConfigFile(path: string | undefined): FileConfig {
  if (!path) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw commonErrors.MESHLOOM_ERR_USAGE(`cannot read the config file ${path}: ${errorMessage(err)}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw commonErrors.MESHLOOM_ERR_USAGE(`the config file ${path} must hold one JSON object of settings`);
  }
  for (const [key, value] of Object.entries(raw)) {
    const kind = KEYS[key as keyof FileConfig];
    if (!kind) {
      const near = nearestName(
        key,
        Object.keys(KEYS).filter((k) => k !== 'pin'),
      );
      throw commonErrors.MESHLOOM_ERR_USAGE(`the config file ${path} has "${key}", which is not a setting${near ? `: did you mean "${near}"?` : ''}`);
    }
    if (!fits(kind, value)) throw commonErrors.MESHLOOM_ERR_USAGE(`"${key}" in the config file ${path} must be ${KIND_WORDS[kind]}`);
  }
  return raw as FileConfig;
}

function fits(kind: Kind, value: unknown): boolean {
  if (kind === 'any') return true;
  if (kind === 'strings') return Array.isArray(value) && value.every((v) => typeof v === 'string');
  return typeof value === kind;
}
