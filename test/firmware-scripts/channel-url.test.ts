import { create } from '@bufbuild/protobuf';
import { AppOnly, Config } from '@meshtastic/protobufs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeChannelUrl, encodeChannelUrl, qrSvg } from '../../firmware-scripts/channel-url.ts';

describe('channel URLs', () => {
  // Published by neighbourhood meshes for the official apps to scan (RockRiverMesh, pinztrek/mesher docs).
  it('reads a URL made by the official apps: one private channel and the LoRa settings', () => {
    const set = decodeChannelUrl('https://meshtastic.org/e/#Ci4SIKHvf8qcIW1toUTPOMa3QrvPiLokFfd1pSgetHNDc_o2GghSb2NrZm9yZDoAEhEIATgBQAVIAVAeWBRoAcgGAQ');
    expect(set.settings).toHaveLength(1);
    expect(set.settings[0]?.name).toBe('Rockford');
    expect(Buffer.from(set.settings[0]!.psk).toString('base64')).toBe('oe9/ypwhbW2hRM84xrdCu8+IuiQV93WlKB60c0Nz+jY=');
    expect(set.loraConfig).toMatchObject({
      usePreset: true,
      modemPreset: Config.Config_LoRaConfig_ModemPreset.LONG_FAST,
      region: Config.Config_LoRaConfig_RegionCode.US,
      hopLimit: 5,
    });
  });

  it('reads a two-channel URL: the default key and no key', () => {
    const set = decodeChannelUrl('https://meshtastic.org/e/#Cg8SAQEaBm1lc2hlcjoCCCAKCxoFbm9rZXk6AggQEgwIATgBQAdIAVAeaAE');
    expect(set.settings.map((s) => [s.name, Buffer.from(s.psk).toString('base64')])).toEqual([
      ['mesher', 'AQ=='],
      ['nokey', ''],
    ]);
    expect(set.loraConfig?.hopLimit).toBe(7);
  });

  it('round-trips any channel set', () => {
    const settings = fc.record({
      name: fc.string({ maxLength: 11 }),
      psk: fc.constantFrom(new Uint8Array(), Uint8Array.of(1), new Uint8Array(16).fill(3), new Uint8Array(32).fill(9)),
    });
    fc.assert(
      fc.property(fc.array(settings, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 7 }), (list, hopLimit) => {
        const set = create(AppOnly.ChannelSetSchema, { settings: list, loraConfig: { usePreset: true, hopLimit } });
        const back = decodeChannelUrl(encodeChannelUrl(set));
        expect(back.settings.map((s) => [s.name, [...s.psk]])).toEqual(list.map((s) => [s.name, [...s.psk]]));
        expect(back.loraConfig?.hopLimit).toBe(hopLimit);
      }),
    );
  });

  it.each([
    ['https://example.org/e/#CgMSAQE', 'must start with'],
    ['https://meshtastic.org/e/#', 'not base64'],
    ['https://meshtastic.org/e/#!!!', 'not base64'],
    ['https://meshtastic.org/e/#EgA', 'no channel'],
  ])('refuses %s with a clear error', (url, message) => {
    expect(() => decodeChannelUrl(url)).toThrowError(expect.objectContaining({ code: 'MESHLOOM_ERR_CHANNEL_URL', message: expect.stringContaining(message) }));
  });

  it('draws the QR code as SVG', async () => {
    const svg = await qrSvg('https://meshtastic.org/e/#CgMSAQE');
    expect(svg).toMatch(/^<svg [^>]*viewBox/);
  });
});
