/**
 * Radio profiles in the YAML shape of the Meshtastic CLI's `--configure` and `--export-config` (owner,
 * owner_short, channel_url, location, config.<section>.<field>, module_config.<module>.<field>; field names in
 * snake_case or camelCase, enums by name, bytes as `base64:...`), so existing files work.
 *
 * Every key and value is checked against the radio's own protobuf descriptors before anything is written; an
 * error names the key's path. `desiredState` says what a radio would hold after applying a profile, and
 * `profileChanges` what differs from what it holds now.
 */
import { didYouMean } from '../support/nearest-name.ts';
import {
  clone,
  equals,
  fromJson,
  mergeFromJson,
  toJson,
  type DescEnum,
  type DescField,
  type DescMessage,
  type JsonObject,
  type JsonValue,
} from '@bufbuild/protobuf';
import { Channel, Config, ModuleConfig } from '@meshtastic/protobufs';
import { parse as parseYaml } from 'yaml';
import type { DeviceState } from '../radio/device-state.ts';
import { errorMessage } from '../protocol/meshloom-error.ts';
import { coerceConfig, coerceModuleConfig, type Coercion } from '../protocol/meshtastic/admin-coercions.ts';
import { channelSetOf, channelsOf, decodeChannelUrl, encodeChannelUrl } from './channel-url.ts';
import { provisionErrors } from './errors.ts';

interface Location {
  lat: number;
  lon: number;
  alt: number;
}

export interface Profile {
  owner?: string;
  ownerShort?: string;
  channelUrl?: string;
  location?: Location;
  /** Protobuf JSON per config section, checked. */
  config: Record<string, JsonObject>;
  moduleConfig: Record<string, JsonObject>;
  /** Keys the Meshtastic CLI writes that meshloom does not apply (canned messages, ringtone). */
  ignored: string[];
}

const TOP_LEVEL = new Set(['owner', 'owner_short', 'ownerShort', 'channel_url', 'channelUrl', 'location', 'config', 'module_config', 'moduleConfig']);
const IGNORED = new Set(['canned_messages', 'cannedMessages', 'ringtone']);

const CONFIG_SECTIONS = sectionFields(Config.ConfigSchema);
const MODULE_SECTIONS = sectionFields(ModuleConfig.ModuleConfigSchema);

function sectionFields(schema: DescMessage): Map<string, DescField> {
  const map = new Map<string, DescField>();
  for (const field of schema.oneofs[0]?.fields ?? []) {
    map.set(field.name, field);
    map.set(field.localName, field);
  }
  return map;
}

/** Parse YAML, reporting a syntax error with the file it came from. */
export function readYaml(text: string, source: string): unknown {
  try {
    return parseYaml(text);
  } catch (err) {
    throw provisionErrors.MESHLOOM_ERR_PROFILE_FILE(source, errorMessage(err));
  }
}

export function parseProfileText(text: string, source: string): Profile {
  return parseProfile(readYaml(text, source) ?? {});
}

export function parseProfile(raw: unknown, prefix = ''): Profile {
  if (!isObject(raw)) throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE(prefix || '(top)', 'a profile is a mapping of keys to values');
  const profile: Profile = { config: {}, moduleConfig: {}, ignored: [] };
  const path = (key: string) => `${prefix}${key}`;
  for (const [key, value] of Object.entries(raw)) {
    if (IGNORED.has(key)) {
      profile.ignored.push(path(key));
      continue;
    }
    if (!TOP_LEVEL.has(key)) throw provisionErrors.MESHLOOM_ERR_PROFILE_KEY(path(key));
    if (key === 'owner') profile.owner = text(path(key), value, 39);
    else if (key === 'owner_short' || key === 'ownerShort') profile.ownerShort = text(path(key), value, 4);
    else if (key === 'channel_url' || key === 'channelUrl') {
      const url = text(path(key), value, 1000);
      try {
        decodeChannelUrl(url);
      } catch (err) {
        throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE(path(key), errorMessage(err));
      }
      profile.channelUrl = url;
    } else if (key === 'location') profile.location = location(path(key), value);
    else if (key === 'config') profile.config = sections(path(key), value, CONFIG_SECTIONS);
    else profile.moduleConfig = sections(path(key), value, MODULE_SECTIONS);
  }
  return profile;
}

function text(path: string, value: unknown, maxBytes: number): string {
  const s = typeof value === 'number' ? String(value) : value;
  if (typeof s !== 'string' || s.length === 0) throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE(path, 'must be text');
  if (Buffer.byteLength(s) > maxBytes) throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE(path, `longer than ${maxBytes} bytes`);
  return s;
}

function location(path: string, value: unknown): Location {
  if (!isObject(value)) throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE(path, 'must have lat and lon');
  for (const key of Object.keys(value)) if (!['lat', 'lon', 'alt'].includes(key)) throw provisionErrors.MESHLOOM_ERR_PROFILE_KEY(`${path}.${key}`);
  const num = (key: string, min: number, max: number) => {
    const v = value[key] ?? (key === 'alt' ? 0 : undefined);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
      throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE(`${path}.${key}`, `must be a number from ${min} to ${max}`);
    }
    return v;
  };
  return { lat: num('lat', -90, 90), lon: num('lon', -180, 180), alt: num('alt', -500, 10_000) };
}

function sections(path: string, value: unknown, known: Map<string, DescField>): Record<string, JsonObject> {
  if (!isObject(value)) throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE(path, 'must be a mapping of sections');
  const out: Record<string, JsonObject> = {};
  for (const [key, body] of Object.entries(value)) {
    const field = known.get(key);
    if (!field?.message) throw provisionErrors.MESHLOOM_ERR_PROFILE_KEY(`${path}.${key}`);
    out[field.localName] = message(`${path}.${key}`, body ?? {}, field.message);
  }
  return out;
}

/** Check one message's keys and values against its descriptor; returns protobuf JSON. */
function message(path: string, value: unknown, schema: DescMessage): JsonObject {
  if (!isObject(value)) throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE(path, 'must be a mapping of fields');
  const out: JsonObject = {};
  for (const [key, raw] of Object.entries(value)) {
    const field = schema.fields.find((f) => f.name === key || f.localName === key || f.jsonName === key);
    if (!field)
      throw provisionErrors.MESHLOOM_ERR_PROFILE_KEY(
        `${path}.${key}`,
        didYouMean(
          key,
          schema.fields.map((f) => f.name),
        ),
      );
    const converted = convert(`${path}.${key}`, raw, field);
    try {
      fromJson(schema, { [field.jsonName]: converted });
    } catch (err) {
      throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE(`${path}.${key}`, cleanBufError(errorMessage(err)));
    }
    out[field.jsonName] = converted;
  }
  return out;
}

function convert(path: string, raw: unknown, field: DescField): JsonValue {
  if (field.fieldKind === 'message') return message(path, raw, field.message);
  if (field.fieldKind === 'enum') return enumValue(path, raw, field.enum);
  if (field.fieldKind === 'list') {
    if (!Array.isArray(raw)) throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE(path, 'must be a list');
    return raw.map((item, i) => (field.listKind === 'message' ? message(`${path}[${i}]`, item, field.message) : scalar(item)));
  }
  return scalar(raw);
}

/** An enum by its name (any case) or number; a wrong one is refused with the names it can be. */
function enumValue(path: string, raw: unknown, values: DescEnum): JsonValue {
  const names = values.values.map((v) => v.name);
  if (typeof raw === 'number' && values.values.some((v) => v.number === raw)) return raw;
  const name = typeof raw === 'string' ? names.find((n) => n === raw.toUpperCase()) : undefined;
  if (name) return name;
  throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE(path, `"${String(raw)}" is not one of ${names.join(', ')}${didYouMean(String(raw), names)}`);
}

/** The CLI writes bytes as `base64:...`; protobuf JSON wants plain base64. */
function scalar(raw: unknown): JsonValue {
  if (typeof raw === 'string' && raw.startsWith('base64:')) return raw.slice('base64:'.length);
  return raw as JsonValue;
}

function cleanBufError(message: string): string {
  return message.replace(/^cannot decode (field )?[\w.]+ from JSON: /, 'invalid value ');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// What a radio would hold -------------------------------------------------------------------------------------

export interface RadioSettings {
  owner: { longName: string; shortName: string };
  channels: Channel.Channel[];
  config: Map<string, Config.Config>;
  moduleConfig: Map<string, ModuleConfig.ModuleConfig>;
  location?: Location;
}

export function currentState(device: DeviceState): RadioSettings {
  const config = new Map<string, Config.Config>();
  for (const [name, value] of Object.entries(device.config)) {
    config.set(name, clone(Config.ConfigSchema, { $typeName: 'meshtastic.Config', payloadVariant: { case: name, value } } as Config.Config));
  }
  const moduleConfig = new Map<string, ModuleConfig.ModuleConfig>();
  for (const [name, value] of Object.entries(device.moduleConfig)) {
    moduleConfig.set(
      name,
      clone(ModuleConfig.ModuleConfigSchema, { $typeName: 'meshtastic.ModuleConfig', payloadVariant: { case: name, value } } as ModuleConfig.ModuleConfig),
    );
  }
  const position = device.ownNode?.position;
  return {
    owner: { longName: device.ownNode?.user?.longName ?? '', shortName: device.ownNode?.user?.shortName ?? '' },
    channels: device.channels.map((c) => clone(Channel.ChannelSchema, c)),
    config,
    moduleConfig,
    ...(position && (position.latitudeI || position.longitudeI)
      ? { location: { lat: (position.latitudeI ?? 0) / 1e7, lon: (position.longitudeI ?? 0) / 1e7, alt: position.altitude ?? 0 } }
      : {}),
  };
}

export function desiredState(profile: Profile, current: RadioSettings): RadioSettings {
  const desired: RadioSettings = {
    owner: { longName: profile.owner ?? current.owner.longName, shortName: profile.ownerShort ?? current.owner.shortName },
    channels: current.channels.map((c) => clone(Channel.ChannelSchema, c)),
    config: new Map([...current.config].map(([k, v]) => [k, clone(Config.ConfigSchema, v)])),
    moduleConfig: new Map([...current.moduleConfig].map(([k, v]) => [k, clone(ModuleConfig.ModuleConfigSchema, v)])),
    ...(current.location ? { location: current.location } : {}),
  };
  if (profile.channelUrl) {
    const set = decodeChannelUrl(profile.channelUrl);
    desired.channels = channelsOf(set);
    if (set.loraConfig) mergeSections(desired.config, { lora: channelLora(set.loraConfig) }, Config.ConfigSchema);
  }
  mergeSections(desired.config, profile.config, Config.ConfigSchema);
  mergeSections(desired.moduleConfig, profile.moduleConfig, ModuleConfig.ModuleConfigSchema);
  if (profile.location) {
    desired.location = profile.location;
    mergeSections(desired.config, { position: { fixedPosition: true } }, Config.ConfigSchema);
  }
  return desired;
}

/**
 * What a channel URL's LoRa settings may change on a radio: what makes radios hear each other (region, preset or
 * modem parameters, frequency, hop limit), never the radio's own hardware settings (receive gain, transmit
 * power, duty-cycle override and the like), which a URL made on another radio would otherwise overwrite.
 */
const CHANNEL_LORA_FIELDS = [
  'usePreset',
  'modemPreset',
  'bandwidth',
  'spreadFactor',
  'codingRate',
  'frequencyOffset',
  'region',
  'hopLimit',
  'channelNum',
  'overrideFrequency',
] as const;

function channelLora(lora: Config.Config_LoRaConfig): JsonObject {
  const all = toJson(Config.Config_LoRaConfigSchema, lora, { alwaysEmitImplicit: true }) as JsonObject;
  return Object.fromEntries(CHANNEL_LORA_FIELDS.flatMap((field) => (field in all ? [[field, all[field] as JsonValue]] : [])));
}

function mergeSections<T extends Config.Config | ModuleConfig.ModuleConfig>(
  target: Map<string, T>,
  json: Record<string, JsonObject>,
  schema: DescMessage,
): void {
  for (const [name, fields] of Object.entries(json)) {
    const message = (target.get(name) ?? fromJson(schema, { [name]: {} })) as T;
    mergeFromJson(schema, message as never, { [name]: fields });
    target.set(name, message);
  }
}

/**
 * Bring the sections `desired` would write to what the firmware will store of them (its floors on some
 * intervals), so the difference and the check after the reboot compare with what the radio really holds, and a
 * second run changes nothing. Sections left as they are stay untouched. Returns what the firmware will change.
 */
export function applyFirmwareFloors(current: RadioSettings, desired: RadioSettings): Coercion[] {
  const coercions: Coercion[] = [];
  for (const [name, section] of desired.config) {
    const before = current.config.get(name);
    if (!before || !equals(Config.ConfigSchema, before, section)) coercions.push(...coerceConfig(section));
  }
  for (const [name, section] of desired.moduleConfig) {
    const before = current.moduleConfig.get(name);
    if (!before || !equals(ModuleConfig.ModuleConfigSchema, before, section)) coercions.push(...coerceModuleConfig(section));
  }
  return coercions;
}

export interface Change {
  path: string;
  from: string;
  to: string;
}

/** Every difference between two states, as paths with old and new values. */
export function profileChanges(current: RadioSettings, desired: RadioSettings): Change[] {
  const changes: Change[] = [];
  if (current.owner.longName !== desired.owner.longName) changes.push({ path: 'owner', from: current.owner.longName, to: desired.owner.longName });
  if (current.owner.shortName !== desired.owner.shortName) changes.push({ path: 'owner_short', from: current.owner.shortName, to: desired.owner.shortName });
  desired.channels.forEach((channel, index) => {
    const before = current.channels[index];
    if (!before || !equals(Channel.ChannelSchema, before, channel)) {
      changes.push({ path: `channels[${index}]`, from: describeChannel(before), to: describeChannel(channel) });
    }
  });
  diffSections('config', current.config, desired.config, Config.ConfigSchema, changes);
  diffSections('module_config', current.moduleConfig, desired.moduleConfig, ModuleConfig.ModuleConfigSchema, changes);
  const loc = (l: Location | undefined) => (l ? `${l.lat.toFixed(5)}, ${l.lon.toFixed(5)}, ${l.alt} m` : 'none');
  if (desired.location && loc(current.location) !== loc(desired.location))
    changes.push({ path: 'location', from: loc(current.location), to: loc(desired.location) });
  return changes;
}

function diffSections(
  prefix: string,
  current: Map<string, Config.Config | ModuleConfig.ModuleConfig>,
  desired: Map<string, Config.Config | ModuleConfig.ModuleConfig>,
  schema: DescMessage,
  changes: Change[],
): void {
  for (const [name, want] of desired) {
    const have = current.get(name);
    if (have && equals(schema, have as never, want as never)) continue;
    const a = (have ? (toJson(schema, have as never, { alwaysEmitImplicit: true }) as JsonObject)[name] : {}) as JsonObject;
    const b = (toJson(schema, want as never, { alwaysEmitImplicit: true }) as JsonObject)[name] as JsonObject;
    for (const key of new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])) {
      const from = JSON.stringify(a?.[key] ?? null);
      const to = JSON.stringify(b?.[key] ?? null);
      if (from !== to) changes.push({ path: `${prefix}.${name}.${key}`, from, to });
    }
  }
}

function describeChannel(channel: Channel.Channel | undefined): string {
  if (!channel || channel.role === Channel.Channel_Role.DISABLED) return 'disabled';
  const psk = channel.settings?.psk ?? new Uint8Array();
  const key =
    psk.length === 0 ? 'no key' : psk.length === 1 ? `key #${psk[0]}` : `${psk.length * 8}-bit key ${Buffer.from(psk).toString('base64').slice(0, 6)}…`;
  return `${Channel.Channel_Role[channel.role]} "${channel.settings?.name ?? ''}" (${key})`;
}

// Export -----------------------------------------------------------------------------------------------------

/** A radio's settings in the CLI's export shape. */
export function exportProfile(device: DeviceState): Record<string, unknown> {
  const state = currentState(device);
  const out: Record<string, unknown> = {
    owner: state.owner.longName,
    owner_short: state.owner.shortName,
    channel_url: encodeChannelUrl(channelSetOf(device.channels, device.config.lora)),
  };
  if (state.location) out.location = state.location;
  out.config = exportSections(state.config, Config.ConfigSchema);
  out.module_config = exportSections(state.moduleConfig, ModuleConfig.ModuleConfigSchema);
  return out;
}

function exportSections(sectionsByName: Map<string, Config.Config | ModuleConfig.ModuleConfig>, schema: DescMessage): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, section] of sectionsByName) {
    const json = (toJson(schema, section as never) as JsonObject)[name] as JsonObject | undefined;
    const field = schema.oneofs[0]?.fields.find((f) => f.localName === name);
    out[name] = field?.message ? prefixBytes(json ?? {}, field.message) : json;
  }
  return out;
}

function prefixBytes(json: JsonObject, schema: DescMessage): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(json)) {
    const field = schema.fields.find((f) => f.jsonName === key);
    if (field?.fieldKind === 'scalar' && field.scalar === 12 && typeof value === 'string') out[key] = `base64:${value}`;
    else if (field?.fieldKind === 'list' && field.listKind === 'scalar' && field.scalar === 12 && Array.isArray(value))
      out[key] = value.map((v) => `base64:${String(v)}`);
    else if (field?.fieldKind === 'message' && typeof value === 'object' && value !== null && !Array.isArray(value))
      out[key] = prefixBytes(value as JsonObject, field.message);
    else out[key] = value;
  }
  return out;
}
