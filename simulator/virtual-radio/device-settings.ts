/**
 * Everything a radio keeps in flash: owner, config sections, module config sections, channels. Built from the
 * stock firmware's factory defaults, so a fresh virtual radio answers a config download as a fresh radio does.
 */
import { clone, create, type DescField } from '@bufbuild/protobuf';
import { Channel, Config, Mesh, ModuleConfig } from '@meshtastic/protobufs';

const MAX_CHANNELS = 8;

/** The firmware's default channel key, as one byte: index 1 of its well-known key table ("AQ==" in URLs). */
const DEFAULT_PSK = Uint8Array.of(1);

export interface DeviceSettings {
  owner: Mesh.User;
  config: Config.Config[];
  moduleConfig: ModuleConfig.ModuleConfig[];
  channels: Channel.Channel[];
  fixedPosition?: Mesh.Position;
}

export interface RadioIdentity {
  nodeNum: number;
  longName?: string;
  shortName?: string;
  hwModel?: Mesh.HardwareModel;
  role?: Config.Config_DeviceConfig_Role;
  region?: Config.Config_LoRaConfig_RegionCode;
}

export function factorySettings(identity: RadioIdentity): DeviceSettings {
  const hex = identity.nodeNum.toString(16).padStart(8, '0');
  const owner = create(Mesh.UserSchema, {
    id: `!${hex}`,
    longName: identity.longName ?? `Meshtastic ${hex.slice(-4)}`,
    shortName: identity.shortName ?? hex.slice(-4),
    hwModel: identity.hwModel ?? Mesh.HardwareModel.PORTDUINO,
    role: identity.role ?? Config.Config_DeviceConfig_Role.CLIENT,
    macaddr: Uint8Array.of(0x02, 0x00, ...[24, 16, 8, 0].map((s) => (identity.nodeNum >>> s) & 0xff)),
  });
  const config = [
    section({ case: 'device', value: { role: owner.role, nodeInfoBroadcastSecs: 10_800 } }),
    section({ case: 'position', value: { positionBroadcastSecs: 900, positionBroadcastSmartEnabled: true, gpsUpdateInterval: 120 } }),
    section({ case: 'power', value: { lsSecs: 300, minWakeSecs: 10, waitBluetoothSecs: 60 } }),
    section({ case: 'network', value: { ntpServer: 'meshtastic.pool.ntp.org' } }),
    section({ case: 'display', value: { screenOnSecs: 60 } }),
    section({
      case: 'lora',
      value: {
        usePreset: true,
        modemPreset: Config.Config_LoRaConfig_ModemPreset.LONG_FAST,
        region: identity.region ?? Config.Config_LoRaConfig_RegionCode.UNSET,
        hopLimit: 3,
        txEnabled: true,
        txPower: 0,
        sx126xRxBoostedGain: true,
      },
    }),
    section({ case: 'bluetooth', value: { enabled: true, mode: Config.Config_BluetoothConfig_PairingMode.RANDOM_PIN } }),
    section({ case: 'security', value: { serialEnabled: true } }),
    section({ case: 'sessionkey', value: {} }),
  ];
  const moduleConfig = ModuleConfig.ModuleConfigSchema.oneofs[0]!.fields.map((field: DescField) =>
    create(ModuleConfig.ModuleConfigSchema, {
      payloadVariant: { case: field.localName, value: {} } as ModuleConfig.ModuleConfig['payloadVariant'],
    }),
  );
  const channels = Array.from({ length: MAX_CHANNELS }, (_, index) =>
    create(Channel.ChannelSchema, {
      index,
      role: index === 0 ? Channel.Channel_Role.PRIMARY : Channel.Channel_Role.DISABLED,
      settings: index === 0 ? { psk: DEFAULT_PSK, name: '' } : {},
    }),
  );
  return { owner, config, moduleConfig, channels };
}

/**
 * A radio provisioned for a gateway: factory settings, but its primary channel goes up to MQTT and comes down
 * from it (a stock radio has both off, and the gateway follows the radio's channel settings).
 */
export function gatewayRadioSettings(identity: RadioIdentity): DeviceSettings {
  const settings = factorySettings(identity);
  const primary = settings.channels[0]?.settings;
  if (primary) {
    primary.uplinkEnabled = true;
    primary.downlinkEnabled = true;
  }
  return settings;
}

function section(variant: Exclude<Config.Config['payloadVariant'], { case: undefined }> | { case: string; value: object }) {
  return create(Config.ConfigSchema, { payloadVariant: variant } as Parameters<typeof create<typeof Config.ConfigSchema>>[1]);
}

/** The config section a ConfigType enum value names (the enum follows the oneof's field order). */
export function configCaseOf(type: number): string | undefined {
  return Config.ConfigSchema.oneofs[0]!.fields.find((f: DescField) => f.number === type + 1)?.localName;
}

export function moduleConfigCaseOf(type: number): string | undefined {
  return ModuleConfig.ModuleConfigSchema.oneofs[0]!.fields.find((f: DescField) => f.number === type + 1)?.localName;
}

export function deepCopySettings(settings: DeviceSettings): DeviceSettings {
  return {
    owner: clone(Mesh.UserSchema, settings.owner),
    config: settings.config.map((c) => clone(Config.ConfigSchema, c)),
    moduleConfig: settings.moduleConfig.map((m) => clone(ModuleConfig.ModuleConfigSchema, m)),
    channels: settings.channels.map((c) => clone(Channel.ChannelSchema, c)),
    ...(settings.fixedPosition ? { fixedPosition: clone(Mesh.PositionSchema, settings.fixedPosition) } : {}),
  };
}
