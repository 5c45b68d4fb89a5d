/**
 * A neighbourhood plan: the settings every radio shares (region, preset, one private channel and its key,
 * meshloom's portnum let through by the rebroadcast mode) and what each radio has of its own (name, role, fixed
 * position, connection). Each radio's profile is derived from it; `meshloom provision --plan` applies them.
 */
import { create } from '@bufbuild/protobuf';
import { AppOnly, Config } from '@meshtastic/protobufs';
import { encodeChannelUrl } from './channel-url.ts';
import { provisionErrors } from './errors.ts';
import { parseProfile, readYaml, type Profile } from './profile.ts';

interface PlannedRadio {
  name: string;
  port?: string;
  tcp?: string;
  profile: Profile;
}

export interface Plan {
  neighbourhood: string;
  channelUrl: string;
  radios: PlannedRadio[];
}

const PLAN_KEYS = new Set(['neighbourhood', 'region', 'preset', 'hop_limit', 'channel', 'shared', 'radios']);
const RADIO_KEYS = new Set(['name', 'port', 'tcp', 'owner', 'owner_short', 'role', 'location', 'profile']);

export function parsePlanText(text: string, source: string): Plan {
  return parsePlan(readYaml(text, source));
}

export function parsePlan(raw: unknown): Plan {
  const plan = object('plan', raw);
  for (const key of Object.keys(plan)) if (!PLAN_KEYS.has(key)) throw provisionErrors.MESHLOOM_ERR_PROFILE_KEY(`plan.${key}`);
  const region = enumName('plan.region', plan.region ?? 'UNSET', Config.Config_LoRaConfig_RegionCode);
  const preset = enumName('plan.preset', plan.preset ?? 'LONG_FAST', Config.Config_LoRaConfig_ModemPreset);
  const hopLimit = plan.hop_limit ?? 3;
  if (typeof hopLimit !== 'number' || !Number.isInteger(hopLimit) || hopLimit < 1 || hopLimit > 7) {
    throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE('plan.hop_limit', 'must be a whole number from 1 to 7');
  }
  const channel = object('plan.channel', plan.channel);
  const name = channel.name;
  if (typeof name !== 'string' || name.length === 0 || Buffer.byteLength(name) > 11) {
    throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE('plan.channel.name', 'must be a name of 1 to 11 bytes');
  }
  const psk = pskOf(channel.psk);
  const channelUrl = encodeChannelUrl(
    create(AppOnly.ChannelSetSchema, {
      settings: [{ name, psk }],
      loraConfig: { usePreset: true, modemPreset: preset, region, hopLimit, txEnabled: true },
    }),
  );
  const shared = plan.shared === undefined ? {} : object('plan.shared', plan.shared);
  const radios = plan.radios;
  if (!Array.isArray(radios) || radios.length === 0) throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE('plan.radios', 'must list at least one radio');
  const seen = new Set<string>();
  return {
    neighbourhood: typeof plan.neighbourhood === 'string' ? plan.neighbourhood : name,
    channelUrl,
    radios: radios.map((entry, i) => {
      const path = `plan.radios[${i}]`;
      const radio = object(path, entry);
      for (const key of Object.keys(radio)) if (!RADIO_KEYS.has(key)) throw provisionErrors.MESHLOOM_ERR_PROFILE_KEY(`${path}.${key}`);
      if (typeof radio.name !== 'string' || radio.name.length === 0)
        throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE(`${path}.name`, 'every radio needs a name');
      if (seen.has(radio.name)) throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE(`${path}.name`, `"${radio.name}" appears twice`);
      seen.add(radio.name);
      const own = radio.profile === undefined ? {} : object(`${path}.profile`, radio.profile);
      const role = radio.role === undefined ? undefined : enumName(`${path}.role`, radio.role, Config.Config_DeviceConfig_Role);
      const sharedConfig = (shared.config ?? {}) as Record<string, Record<string, unknown>>;
      const ownConfig = (own.config ?? {}) as Record<string, Record<string, unknown>>;
      const profile = parseProfile(
        {
          ...shared,
          ...own,
          channel_url: channelUrl,
          ...(radio.owner !== undefined ? { owner: radio.owner } : {}),
          ...(radio.owner_short !== undefined ? { owner_short: radio.owner_short } : {}),
          ...(radio.location !== undefined ? { location: radio.location } : {}),
          config: {
            ...sharedConfig,
            ...ownConfig,
            lora: { ...sharedConfig.lora, ...ownConfig.lora },
            device: {
              ...sharedConfig.device,
              ...ownConfig.device,
              // meshloom speaks on a private portnum, which CORE_PORTNUMS_ONLY relays would drop.
              rebroadcast_mode: 'ALL',
              ...(role !== undefined ? { role: Config.Config_DeviceConfig_Role[role] } : {}),
            },
          },
        },
        `${path}: `,
      );
      return {
        name: radio.name,
        ...(typeof radio.port === 'string' ? { port: radio.port } : {}),
        ...(typeof radio.tcp === 'string' ? { tcp: radio.tcp } : {}),
        profile,
      };
    }),
  };
}

function pskOf(value: unknown): Uint8Array {
  if (typeof value !== 'string' || !value.startsWith('base64:')) {
    throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE('plan.channel.psk', 'put a key here: run `meshloom keygen` and paste its base64:... line');
  }
  const key = Buffer.from(value.slice('base64:'.length), 'base64');
  if (key.length !== 16 && key.length !== 32) {
    throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE('plan.channel.psk', `a private channel key is 16 or 32 bytes, not ${key.length}`);
  }
  return new Uint8Array(key);
}

function object(path: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE(path, 'must be a mapping');
  return value as Record<string, unknown>;
}

function enumName<T extends Record<string, string | number>>(path: string, value: unknown, table: T): number {
  const number = typeof value === 'string' ? table[value.toUpperCase() as keyof T] : undefined;
  if (typeof number !== 'number') {
    const names = Object.keys(table).filter((k) => Number.isNaN(Number(k)));
    throw provisionErrors.MESHLOOM_ERR_PROFILE_VALUE(path, `"${String(value)}" is not one of ${names.join(', ')}`);
  }
  return number;
}
