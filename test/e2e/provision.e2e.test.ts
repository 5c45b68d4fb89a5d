/**
 * `meshloom provision` and `export-config` against virtual radios on real serial paths (socat pseudo-terminals),
 * through the real command: provision and verify, again with no change and no reboot, a bad profile that writes
 * nothing, an export provisioned back unchanged, and a plan of three radios.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Channel, Config } from '@meshtastic/protobufs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newChannelKey } from '../../firmware-scripts/keygen.ts';
import { exposeOverPty, type PtyEndpoint } from '../../simulator/virtual-radio/endpoints.ts';
import { VirtualRadio } from '../../simulator/virtual-radio/virtual-radio.ts';
import { runCli } from './cli-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'meshloom-provision-'));
const ptys: PtyEndpoint[] = [];

async function radioOnPty(name: string, nodeNum: number): Promise<{ radio: VirtualRadio; path: string }> {
  const radio = new VirtualRadio({ nodeNum, bootMs: 200, rebootDelayMs: 300 });
  const pty = await exposeOverPty(radio, { path: join(dir, name) });
  ptys.push(pty);
  return { radio, path: pty.path };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const lora = (radio: VirtualRadio) => radio.settings.config.find((c) => c.payloadVariant.case === 'lora')?.payloadVariant.value as Config.Config_LoRaConfig;

let hall: { radio: VirtualRadio; path: string };
beforeAll(async () => {
  hall = await radioOnPty('hall', 0x4a11);
});
afterAll(async () => {
  for (const pty of ptys) await pty.close();
  rmSync(dir, { recursive: true, force: true });
});

const PROFILE = `owner: Community Hall
owner_short: HALL
location: { lat: 51.5074, lon: -0.1278, alt: 15 }
config:
  lora: { region: EU_868, modem_preset: MEDIUM_FAST, hop_limit: 4 }
  device: { role: ROUTER }
module_config:
  neighbor_info: { enabled: true, update_interval: 900 }
`;

describe('meshloom provision', () => {
  it('with --dry-run says what would change and writes nothing', async () => {
    const dry = await radioOnPty('dry', 0x4a12);
    const reboots = dry.radio.rebootCountValue;
    const result = await runCli(['provision', '--dry-run', '--port', dry.path, file('dry.yaml', PROFILE)], { timeoutMs: 30_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('would change:');
    expect(result.stdout).toMatch(/config\.lora\.region: "UNSET" -> "EU_868"/);
    expect(result.stdout).not.toContain('committed');
    expect(dry.radio.rebootCountValue).toBe(reboots);
    expect(lora(dry.radio).region).toBe(Config.Config_LoRaConfig_RegionCode.UNSET);
    expect(dry.radio.owner.longName).not.toBe('Community Hall');
  });

  it('applies a profile inside begin/commit, waits out the reboot, and verifies', async () => {
    const reboots = hall.radio.rebootCountValue;
    const result = await runCli(['provision', '--port', hall.path, file('hall.yaml', PROFILE)], { timeoutMs: 30_000 });
    expect(result.stderr).not.toMatch(/MESHLOOM_ERR/);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('verified: the radio holds the profile');
    expect(result.stdout).toContain('note: module_config.neighbor_info.update_interval 900 will be stored as 21600');
    expect(result.stdout).toMatch(/config\.lora\.region: "UNSET" -> "EU_868"/);
    expect(hall.radio.rebootCountValue).toBe(reboots + 1);
    expect(hall.radio.owner).toMatchObject({ longName: 'Community Hall', shortName: 'HALL' });
    expect(lora(hall.radio)).toMatchObject({ region: Config.Config_LoRaConfig_RegionCode.EU_868, hopLimit: 4 });
  });

  it('changes nothing and does not reboot the second time', async () => {
    const reboots = hall.radio.rebootCountValue;
    const result = await runCli(['provision', '--port', hall.path, join(dir, 'hall.yaml')], { timeoutMs: 30_000 });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('nothing to write');
    expect(hall.radio.rebootCountValue).toBe(reboots);
  });

  it('refuses a profile with an invalid value before writing anything, naming the key', async () => {
    const reboots = hall.radio.rebootCountValue;
    const bad = file('bad.yaml', 'owner: Someone Else\nconfig:\n  lora:\n    region: ATLANTIS\n');
    const result = await runCli(['provision', '--port', hall.path, bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('config.lora.region');
    expect(hall.radio.owner.longName).toBe('Community Hall');
    expect(hall.radio.rebootCountValue).toBe(reboots);
  });

  it('exports a radio, and provisioning the export changes nothing', async () => {
    const exported = join(dir, 'export.yaml');
    const out = await runCli(['export-config', '--port', hall.path, '--out', exported], { timeoutMs: 30_000 });
    expect(out.code).toBe(0);
    const reboots = hall.radio.rebootCountValue;
    const again = await runCli(['provision', '--port', hall.path, exported], { timeoutMs: 30_000 });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing to write');
    expect(hall.radio.rebootCountValue).toBe(reboots);
  });

  it('provisions a plan of three radios one after another', async () => {
    const radios = [await radioOnPty('r1', 0x101), await radioOnPty('r2', 0x102), await radioOnPty('r3', 0x103)];
    const key = newChannelKey();
    const plan = file(
      'plan.yaml',
      `neighbourhood: Elm Street
region: EU_868
preset: LONG_FAST
channel: { name: elmstreet, psk: '${key}' }
radios:
  - { name: hall, port: ${radios[0]!.path}, owner: Hall, owner_short: HALL, role: ROUTER, location: { lat: 51.5, lon: -0.1 } }
  - { name: bakery, port: ${radios[1]!.path}, owner: Bakery, owner_short: BAKE }
  - { name: school, port: ${radios[2]!.path}, owner: School, owner_short: SCHL, role: CLIENT_MUTE }
`,
    );
    const result = await runCli(['provision', '--plan', plan], { timeoutMs: 60_000 });
    expect(result.stderr).not.toMatch(/MESHLOOM_ERR/);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('[3/3] school');
    expect(result.stderr).toContain('100%');
    const psk = Buffer.from(key.slice('base64:'.length), 'base64');
    for (const { radio } of radios) {
      const primary = radio.settings.channels[0]!;
      expect(primary.role).toBe(Channel.Channel_Role.PRIMARY);
      expect(primary.settings?.name).toBe('elmstreet');
      expect(Buffer.from(primary.settings!.psk).equals(psk)).toBe(true);
      expect(lora(radio).region).toBe(Config.Config_LoRaConfig_RegionCode.EU_868);
    }
    expect(radios.map(({ radio }) => radio.owner.shortName)).toEqual(['HALL', 'BAKE', 'SCHL']);
    expect(radios[0]!.radio.owner.role).toBe(Config.Config_DeviceConfig_Role.ROUTER);
  });
});
