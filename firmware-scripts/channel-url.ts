/**
 * Channel URLs as the official apps share them: `https://meshtastic.org/e/#` and a ChannelSet protobuf (the
 * channels' settings and the LoRa config) in base64url. Also as a QR code, in the terminal or as SVG, so
 * neighbours' phones join by scanning.
 */
import { clone, create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { AppOnly, Channel, type Config } from '@meshtastic/protobufs';
import QRCode from 'qrcode';
import { errorMessage } from '../protocol/meshloom-error.ts';
import { provisionErrors } from './errors.ts';

const PREFIXES = ['https://meshtastic.org/e/#', 'http://meshtastic.org/e/#', 'https://meshtastic.org/e/?add=true#'];

export function encodeChannelUrl(set: AppOnly.ChannelSet): string {
  return `${PREFIXES[0]}${Buffer.from(toBinary(AppOnly.ChannelSetSchema, set)).toString('base64url')}`;
}

export function decodeChannelUrl(url: string): AppOnly.ChannelSet {
  const trimmed = url.trim();
  const hash = trimmed.indexOf('#');
  if (!/^https?:\/\/meshtastic\.org\/e\//.test(trimmed) || hash === -1) {
    throw provisionErrors.MESHLOOM_ERR_CHANNEL_URL('it must start with https://meshtastic.org/e/#');
  }
  const encoded = trimmed.slice(hash + 1);
  if (!/^[A-Za-z0-9_\-+/=]+$/.test(encoded)) throw provisionErrors.MESHLOOM_ERR_CHANNEL_URL('the part after # is not base64');
  let set: AppOnly.ChannelSet;
  try {
    set = fromBinary(AppOnly.ChannelSetSchema, Buffer.from(encoded.replace(/\+/g, '-').replace(/\//g, '_'), 'base64url'));
  } catch (err) {
    throw provisionErrors.MESHLOOM_ERR_CHANNEL_URL(errorMessage(err));
  }
  if (set.settings.length === 0) throw provisionErrors.MESHLOOM_ERR_CHANNEL_URL('it holds no channel');
  if (set.settings.length > 8) throw provisionErrors.MESHLOOM_ERR_CHANNEL_URL(`it holds ${set.settings.length} channels; a radio has 8`);
  return set;
}

/** The ChannelSet a radio's channels and LoRa config make: enabled channels in index order. */
export function channelSetOf(channels: Channel.Channel[], lora: Config.Config_LoRaConfig | undefined): AppOnly.ChannelSet {
  return create(AppOnly.ChannelSetSchema, {
    settings: channels
      .filter((c) => c && c.role !== Channel.Channel_Role.DISABLED && c.settings)
      .sort((a, b) => a.index - b.index)
      .map((c) => clone(Channel.ChannelSettingsSchema, c.settings as Channel.ChannelSettings)),
    ...(lora ? { loraConfig: lora } : {}),
  });
}

/** The channels a ChannelSet sets on a radio: the first primary, the rest secondary, the remainder disabled. */
export function channelsOf(set: AppOnly.ChannelSet): Channel.Channel[] {
  return Array.from({ length: 8 }, (_, index) => {
    const settings = set.settings[index];
    return create(Channel.ChannelSchema, {
      index,
      role: settings ? (index === 0 ? Channel.Channel_Role.PRIMARY : Channel.Channel_Role.SECONDARY) : Channel.Channel_Role.DISABLED,
      settings: settings ?? {},
    });
  });
}

export function qrTerminal(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'terminal', small: true, errorCorrectionLevel: 'M' });
}

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
