/**
 * A scenario: the neighbourhood to simulate (nodes placed by hand or by a layout), its radio settings, its
 * traffic, what fails and when, and for how long. Read from YAML or JSON and checked against a JSON schema
 * (ajv), so a mistake is reported with the path of the key, not as a crash halfway through a run.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { didYouMean } from '../../support/nearest-name.ts';
import { MODEM_PRESETS, type ModemPreset } from '../../protocol/meshtastic/airtime.ts';
import { type CodesOf, defineErrors, errorMessage } from '../../protocol/meshloom-error.ts';
import { BROADCAST_NUM, FIRST_NODE_NUM } from '../../protocol/meshtastic/stream-constants.ts';
import type { PathLossModel } from '../phy/path-loss.ts';
import type { RelayRole } from '../router/contention.ts';
import { DUTY_CYCLE_PERCENT, type Region } from '../mesh/duty-cycle.ts';

export const scenarioErrors = defineErrors({
  MESHLOOM_ERR_SCENARIO: (source: string, problems: string) => `scenario ${source}: ${problems}`,
});

declare module '../../protocol/meshloom-error.ts' {
  interface ErrorCodes extends CodesOf<typeof scenarioErrors> {}
}

const ROLES: RelayRole[] = ['CLIENT', 'CLIENT_MUTE', 'ROUTER', 'REPEATER', 'ROUTER_LATE'];

interface NodeSpec {
  id: number;
  x: number;
  y: number;
  role?: RelayRole;
  heightM?: number;
  txPowerDbm?: number;
  batteryMah?: number;
  /** This node runs the real firmware: the meshtasticd binary (a path, or a name on PATH). */
  firmware?: string;
}

/** Nodes that run the real firmware: every node (a binary), or the listed ones. */
type FirmwareSpec = string | { path: string; nodes?: number[] };

export type LayoutSpec =
  | { kind: 'random'; count: number; widthM: number; heightM: number }
  | { kind: 'grid'; columns: number; rows: number; spacingM: number }
  | { kind: 'line'; count: number; spacingM: number }
  | { kind: 'clusters'; clusters: number; perCluster: number; radiusM: number; gapM: number };

export interface LayoutDefaults {
  role?: RelayRole;
  txPowerDbm?: number;
  heightM?: number;
  batteryMah?: number;
  /** Share of generated nodes made ROUTER (the best-placed are not chosen: routers are drawn at random). */
  routerFraction?: number;
}

export interface Rate {
  /** Mean interval per node, seconds (Poisson arrivals). */
  everySeconds: number;
  bytes?: number;
  /** Ask for an (implicit) ack and retransmit without one, as the phone apps do for text. */
  wantAck?: boolean;
}

interface TrafficSpec {
  text?: Rate;
  /** Chat broadcasts asking for an (implicit) ack, beside `text`: the phone apps' default. */
  textWithAck?: Rate;
  position?: Rate;
  nodeinfo?: Rate;
  telemetry?: Rate;
  directMessages?: Rate;
  /** meshloom ledger entries recorded at each gateway, per hour. */
  ledgerEntriesPerHour?: number;
  alerts?: { atMinute: number; from: number }[];
}

type FailureSpec =
  | { kind: 'off'; nodes: number[]; atMinute: number; untilMinute?: number }
  | { kind: 'random'; mtbfMinutes: number; mttrMinutes: number; fraction?: number }
  | { kind: 'most-central'; count: number; atMinute: number; untilMinute?: number }
  | { kind: 'partition'; atMinute: number; healAtMinute?: number; splitX?: number; groups?: number[][] };

export interface Scenario {
  name: string;
  description?: string;
  seed: number;
  durationMinutes: number;
  preset: ModemPreset;
  region: Region;
  hopLimit: number;
  pathLoss?: PathLossModel;
  shadowingDb?: number;
  /** False: an ideal air where packets never collide, to tell a protocol's own delays from the air's losses. */
  collisions?: boolean;
  nodes?: NodeSpec[];
  layout?: LayoutSpec & { defaults?: LayoutDefaults };
  /** Nodes that run the meshloom gateway engine (ledger, alerts, sync). */
  gateways?: number[];
  traffic: TrafficSpec;
  failures?: FailureSpec[];
  firmware?: FirmwareSpec;
}

const role = { enum: ROLES };
const minute = { type: 'number', minimum: 0 };
const rate = {
  type: 'object',
  additionalProperties: false,
  required: ['everySeconds'],
  properties: { everySeconds: { type: 'number', exclusiveMinimum: 0 }, bytes: { type: 'integer', minimum: 0, maximum: 233 }, wantAck: { type: 'boolean' } },
};
const nodeIds = { type: 'array', items: { type: 'integer', minimum: FIRST_NODE_NUM } };

const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'durationMinutes'],
  properties: {
    name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    seed: { type: 'integer', minimum: 0 },
    durationMinutes: { type: 'number', exclusiveMinimum: 0, maximum: 60 * 24 * 7 },
    preset: { enum: Object.keys(MODEM_PRESETS) },
    region: { enum: Object.keys(DUTY_CYCLE_PERCENT) },
    hopLimit: { type: 'integer', minimum: 0, maximum: 7 },
    shadowingDb: { type: 'number', minimum: 0, maximum: 20 },
    collisions: { type: 'boolean' },
    pathLoss: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind'],
          properties: {
            kind: { const: 'log-distance' },
            referenceLossDb: { type: 'number' },
            referenceDistanceM: { type: 'number', exclusiveMinimum: 0 },
            exponent: { type: 'number', exclusiveMinimum: 0 },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'frequencyMhz', 'environment'],
          properties: {
            kind: { const: 'hata' },
            frequencyMhz: { type: 'number', minimum: 150, maximum: 1500 },
            environment: { enum: ['urban', 'suburban', 'open'] },
          },
        },
      ],
    },
    nodes: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'x', 'y'],
        properties: {
          id: { type: 'integer', minimum: FIRST_NODE_NUM, maximum: BROADCAST_NUM - 1 },
          x: { type: 'number' },
          y: { type: 'number' },
          role,
          heightM: { type: 'number', minimum: 0 },
          txPowerDbm: { type: 'number', minimum: -10, maximum: 36 },
          batteryMah: { type: 'number', exclusiveMinimum: 0 },
          firmware: { type: 'string', minLength: 1 },
        },
      },
    },
    firmware: {
      oneOf: [
        { type: 'string', minLength: 1 },
        {
          type: 'object',
          additionalProperties: false,
          required: ['path'],
          properties: { path: { type: 'string', minLength: 1 }, nodes: nodeIds },
        },
      ],
    },
    layout: {
      type: 'object',
      required: ['kind'],
      properties: {
        kind: { enum: ['random', 'grid', 'line', 'clusters'] },
        count: { type: 'integer', minimum: 1, maximum: 100_000 },
        widthM: { type: 'number', exclusiveMinimum: 0 },
        heightM: { type: 'number', exclusiveMinimum: 0 },
        columns: { type: 'integer', minimum: 1 },
        rows: { type: 'integer', minimum: 1 },
        spacingM: { type: 'number', exclusiveMinimum: 0 },
        clusters: { type: 'integer', minimum: 1 },
        perCluster: { type: 'integer', minimum: 1 },
        radiusM: { type: 'number', exclusiveMinimum: 0 },
        gapM: { type: 'number', minimum: 0 },
        defaults: {
          type: 'object',
          additionalProperties: false,
          properties: {
            role,
            txPowerDbm: { type: 'number', minimum: -10, maximum: 36 },
            heightM: { type: 'number', minimum: 0 },
            batteryMah: { type: 'number', exclusiveMinimum: 0 },
            routerFraction: { type: 'number', minimum: 0, maximum: 1 },
          },
        },
      },
      allOf: [
        { if: { properties: { kind: { const: 'random' } } }, then: { required: ['count', 'widthM', 'heightM'] } },
        { if: { properties: { kind: { const: 'grid' } } }, then: { required: ['columns', 'rows', 'spacingM'] } },
        { if: { properties: { kind: { const: 'line' } } }, then: { required: ['count', 'spacingM'] } },
        { if: { properties: { kind: { const: 'clusters' } } }, then: { required: ['clusters', 'perCluster', 'radiusM', 'gapM'] } },
      ],
    },
    gateways: nodeIds,
    traffic: {
      type: 'object',
      additionalProperties: false,
      properties: {
        text: rate,
        textWithAck: rate,
        position: rate,
        nodeinfo: rate,
        telemetry: rate,
        directMessages: rate,
        ledgerEntriesPerHour: { type: 'number', minimum: 0 },
        alerts: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['atMinute', 'from'],
            properties: { atMinute: minute, from: { type: 'integer', minimum: FIRST_NODE_NUM } },
          },
        },
      },
    },
    failures: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind'],
        properties: { kind: { enum: ['off', 'random', 'most-central', 'partition'] } },
        allOf: [
          {
            if: { properties: { kind: { const: 'off' } } },
            then: {
              additionalProperties: false,
              required: ['nodes', 'atMinute'],
              properties: { kind: {}, nodes: nodeIds, atMinute: minute, untilMinute: minute },
            },
          },
          {
            if: { properties: { kind: { const: 'random' } } },
            then: {
              additionalProperties: false,
              required: ['mtbfMinutes', 'mttrMinutes'],
              properties: {
                kind: {},
                mtbfMinutes: { type: 'number', exclusiveMinimum: 0 },
                mttrMinutes: { type: 'number', exclusiveMinimum: 0 },
                fraction: { type: 'number', minimum: 0, maximum: 1 },
              },
            },
          },
          {
            if: { properties: { kind: { const: 'most-central' } } },
            then: {
              additionalProperties: false,
              required: ['count', 'atMinute'],
              properties: { kind: {}, count: { type: 'integer', minimum: 1 }, atMinute: minute, untilMinute: minute },
            },
          },
          {
            if: { properties: { kind: { const: 'partition' } } },
            then: {
              additionalProperties: false,
              required: ['atMinute'],
              properties: { kind: {}, atMinute: minute, healAtMinute: minute, splitX: { type: 'number' }, groups: { type: 'array', items: nodeIds } },
            },
          },
        ],
      },
    },
  },
} as const;

// verbose: an error carries the schema it broke, whose property names a misspelt key is matched against.
const validate = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(SCHEMA);

function describeErrors(errors: ErrorObject[]): string {
  const lines = errors
    // The if/then wrappers repeat what the inner error already says.
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const where = e.instancePath.replace(/\//g, '.').replace(/^\./, '') || '(top)';
      const extra =
        e.keyword === 'additionalProperties'
          ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"${didYouMean(
              (e.params as { additionalProperty: string }).additionalProperty,
              Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}),
            )}`
          : e.keyword === 'enum'
            ? ` (one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`
            : e.keyword === 'minimum' && /\/id$/.test(e.instancePath)
              ? ` (node numbers 0-${FIRST_NODE_NUM - 1} are reserved by the Meshtastic firmware)`
              : '';
      return `${where}: ${e.message}${extra}`;
    });
  return [...new Set(lines)].join('; ');
}

/** Check a parsed scenario and fill in the defaults; throws MESHLOOM_ERR_SCENARIO naming every problem. */
export function parseScenario(raw: unknown, source = 'scenario'): Scenario {
  if (!validate(raw)) throw scenarioErrors.MESHLOOM_ERR_SCENARIO(source, describeErrors(validate.errors ?? []));
  const input = raw as Partial<Scenario> & { name: string; durationMinutes: number };
  if (!input.nodes?.length && !input.layout) throw scenarioErrors.MESHLOOM_ERR_SCENARIO(source, 'give nodes, or a layout to generate them');
  return {
    seed: 1,
    preset: 'LONG_FAST',
    region: 'US',
    hopLimit: 3,
    traffic: {},
    ...input,
  };
}

/**
 * Read a scenario file: a .json file as JSON (its mistakes reported as JSON mistakes, with the line), anything
 * else as YAML.
 */
export function loadScenario(path: string): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw scenarioErrors.MESHLOOM_ERR_SCENARIO(path, `cannot be read (${errorMessage(err)})`);
  }
  let raw: unknown;
  if (path.toLowerCase().endsWith('.json')) {
    try {
      raw = JSON.parse(text);
    } catch (err) {
      throw scenarioErrors.MESHLOOM_ERR_SCENARIO(path, `is not valid JSON: ${jsonMistake(text, errorMessage(err))}`);
    }
  } else {
    try {
      raw = parseYaml(text);
    } catch (err) {
      throw scenarioErrors.MESHLOOM_ERR_SCENARIO(path, `is not valid YAML: ${errorMessage(err)}`);
    }
  }
  return withFirmwareFrom(parseScenario(raw, path), dirname(path));
}

/** Firmware paths are written relative to the scenario file; names without a slash are looked up on PATH. */
function withFirmwareFrom(scenario: Scenario, dir: string): Scenario {
  const from = (binary: string) => (binary.includes('/') ? resolve(dir, binary) : binary);
  const top = scenario.firmware;
  return {
    ...scenario,
    ...(top !== undefined ? { firmware: typeof top === 'string' ? from(top) : { ...top, path: from(top.path) } } : {}),
    ...(scenario.nodes ? { nodes: scenario.nodes.map((n) => (n.firmware ? { ...n, firmware: from(n.firmware) } : n)) } : {}),
  };
}

/** JSON.parse says "at position 27"; people look for a line and a column (and a trailing comma, often). */
function jsonMistake(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const trailingComma = /,\s*$/.test(before) && /^\s*[}\]]/.test(text.slice(before.length)) ? ' (a comma before a closing bracket: JSON allows none)' : '';
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}${trailingComma}`;
}
