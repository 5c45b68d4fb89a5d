import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../firmware-scripts/plan.ts';
import { create } from '@bufbuild/protobuf';
import { Config } from '@meshtastic/protobufs';
import { currentState, desiredState, parseProfile, parseProfileText, profileChanges } from '../../firmware-scripts/profile.ts';
import { emptyDeviceState } from '../../radio/device-state.ts';
import { newChannelKey } from '../../firmware-scripts/keygen.ts';

describe('profiles', () => {
  it('reads the Meshtastic CLI shape, snake_case or camelCase, enums by name, bytes as base64:', () => {
    const profile = parseProfileText(
      `owner: Community Hall
owner_short: HALL
location: { lat: 51.5, lon: -0.12 }
config:
  lora: { region: EU_868, modemPreset: MEDIUM_FAST, hop_limit: 4 }
  security: { admin_key: ['base64:${Buffer.alloc(32, 7).toString('base64')}'] }
module_config:
  neighbor_info: { enabled: true }
canned_messages: ''
`,
      'test',
    );
    expect(profile.owner).toBe('Community Hall');
    expect(profile.config.lora).toEqual({ region: 'EU_868', modemPreset: 'MEDIUM_FAST', hopLimit: 4 });
    expect(profile.config.security).toEqual({ adminKey: [Buffer.alloc(32, 7).toString('base64')] });
    expect(profile.moduleConfig.neighborInfo).toEqual({ enabled: true });
    expect(profile.location).toEqual({ lat: 51.5, lon: -0.12, alt: 0 });
    expect(profile.ignored).toEqual(['canned_messages']);
  });

  it.each([
    [{ colour: 'red' }, 'MESHLOOM_ERR_PROFILE_KEY', 'colour: unknown key'],
    [{ config: { lora: { regionn: 'EU_868' } } }, 'MESHLOOM_ERR_PROFILE_KEY', 'config.lora.regionn: unknown key (did you mean "region"?)'],
    [{ config: { radio: {} } }, 'MESHLOOM_ERR_PROFILE_KEY', 'config.radio: unknown key'],
    [{ config: { lora: { region: 'ATLANTIS' } } }, 'MESHLOOM_ERR_PROFILE_VALUE', 'config.lora.region: "ATLANTIS" is not one of UNSET, US, EU_433, EU_868,'],
    [{ config: { lora: { modem_preset: 'long_fst' } } }, 'MESHLOOM_ERR_PROFILE_VALUE', '(did you mean "LONG_FAST"?)'],
    [{ config: { lora: { hop_limit: 'three' } } }, 'MESHLOOM_ERR_PROFILE_VALUE', 'config.lora.hop_limit'],
    [{ module_config: { mqtt: { enabled: 'yes' } } }, 'MESHLOOM_ERR_PROFILE_VALUE', 'module_config.mqtt.enabled'],
    [{ location: { lat: 123, lon: 0 } }, 'MESHLOOM_ERR_PROFILE_VALUE', 'location.lat'],
    [{ owner_short: 'TOOLONG' }, 'MESHLOOM_ERR_PROFILE_VALUE', 'owner_short'],
    [{ channel_url: 'https://meshtastic.org/e/#!!' }, 'MESHLOOM_ERR_PROFILE_VALUE', 'channel_url'],
  ])('refuses %j naming the key', (raw, code, message) => {
    expect(() => parseProfile(raw)).toThrowError(expect.objectContaining({ code, message: expect.stringContaining(message) }));
  });
});

describe('plans', () => {
  const key = newChannelKey();
  const plan = (extra: Record<string, unknown> = {}) => ({
    neighbourhood: 'Elm Street',
    region: 'EU_868',
    preset: 'LONG_FAST',
    channel: { name: 'elmstreet', psk: key },
    radios: [
      { name: 'hall', owner: 'Community Hall', owner_short: 'HALL', role: 'ROUTER', location: { lat: 51.5, lon: -0.1 } },
      { name: 'bakery', owner: 'Corner Bakery', owner_short: 'BAKE' },
    ],
    ...extra,
  });

  it('gives every radio the shared channel and LoRa settings, its own name and role, and lets meshloom through relays', () => {
    const { radios, channelUrl } = parsePlan(plan());
    expect(radios.map((r) => r.name)).toEqual(['hall', 'bakery']);
    for (const radio of radios) {
      expect(radio.profile.channelUrl).toBe(channelUrl);
      expect(radio.profile.config.device).toMatchObject({ rebroadcastMode: 'ALL' });
    }
    expect(radios[0]!.profile.config.device).toMatchObject({ role: 'ROUTER' });
    expect(radios[0]!.profile.location).toEqual({ lat: 51.5, lon: -0.1, alt: 0 });
  });

  it("changes only what the plan names: a channel URL's LoRa settings leave the radio's own hardware settings alone", () => {
    const { radios } = parsePlan(plan());
    const device = emptyDeviceState();
    device.config.lora = create(Config.Config_LoRaConfigSchema, {
      usePreset: true,
      modemPreset: Config.Config_LoRaConfig_ModemPreset.LONG_FAST,
      hopLimit: 3,
      txEnabled: true,
      txPower: 27,
      sx126xRxBoostedGain: true,
    });
    const current = currentState(device);
    const changes = profileChanges(current, desiredState(radios[0]!.profile, current)).map((c) => c.path);
    expect(changes).toContain('config.lora.region');
    expect(changes.filter((path) => path.startsWith('config.lora.') && /sx126x|txPower/i.test(path))).toEqual([]);
  });

  it('asks for a key from keygen rather than inventing one per radio', () => {
    expect(() => parsePlan(plan({ channel: { name: 'elmstreet' } }))).toThrowError(
      expect.objectContaining({ message: expect.stringContaining('meshloom keygen') }),
    );
  });

  it('names the bad key of a bad plan', () => {
    expect(() => parsePlan(plan({ radios: [{ name: 'x', colour: 'red' }] }))).toThrowError(
      expect.objectContaining({ message: 'plan.radios[0].colour: unknown key' }),
    );
    expect(() => parsePlan(plan({ preset: 'FASTEST' }))).toThrowError(expect.objectContaining({ message: expect.stringContaining('plan.preset') }));
  });

  it('makes keys of 32 random bytes', () => {
    expect(Buffer.from(key.slice('base64:'.length), 'base64')).toHaveLength(32);
    expect(newChannelKey()).not.toBe(key);
  });
});
