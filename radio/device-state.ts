/**
 * What the radio told us about itself in its config download, typed, and the reducer that collects it frame by
 * frame. A download replaces the previous state only when it completes, so a half-finished one (the radio
 * rebooted mid-way) never leaves a mix of old and new settings.
 */
import type { Channel, Config, Mesh, ModuleConfig } from '@meshtastic/protobufs';

type ConfigSections = Exclude<Config.Config['payloadVariant'], { case: undefined }>;
type ModuleSections = Exclude<ModuleConfig.ModuleConfig['payloadVariant'], { case: undefined }>;

type ConfigSectionName = ConfigSections['case'];
type ModuleSectionName = ModuleSections['case'];

export interface DeviceState {
  myInfo?: Mesh.MyNodeInfo;
  metadata?: Mesh.DeviceMetadata;
  /** The radio's own NodeInfo, with its user (long and short name, hardware, role, public key). */
  ownNode?: Mesh.NodeInfo;
  /** Channels by index 0..7, as the radio sent them. */
  channels: Channel.Channel[];
  config: Partial<{ [K in ConfigSectionName]: Extract<ConfigSections, { case: K }>['value'] }>;
  moduleConfig: Partial<{ [K in ModuleSectionName]: Extract<ModuleSections, { case: K }>['value'] }>;
  files: Mesh.FileInfo[];
}

export function emptyDeviceState(): DeviceState {
  return { channels: [], config: {}, moduleConfig: {}, files: [] };
}

/** Fold one FromRadio of the config download into the draft; returns false for frames that are not config. */
export function collectConfigFrame(draft: DeviceState, message: Mesh.FromRadio): boolean {
  const variant = message.payloadVariant;
  switch (variant.case) {
    case 'myInfo':
      draft.myInfo = variant.value;
      return true;
    case 'metadata':
      draft.metadata = variant.value;
      return true;
    case 'channel':
      draft.channels[variant.value.index] = variant.value;
      return true;
    case 'config':
      if (variant.value.payloadVariant.case !== undefined) {
        setSection(draft.config, variant.value.payloadVariant);
      }
      return true;
    case 'moduleConfig':
      if (variant.value.payloadVariant.case !== undefined) {
        setSection(draft.moduleConfig, variant.value.payloadVariant);
      }
      return true;
    case 'fileInfo':
      draft.files.push(variant.value);
      return true;
    case 'nodeInfo':
      if (draft.myInfo && variant.value.num === draft.myInfo.myNodeNum) draft.ownNode = variant.value;
      return true;
    case 'deviceuiConfig':
      return true;
    default:
      return false;
  }
}

function setSection(target: Record<string, unknown>, section: { case: string; value: unknown }): void {
  target[section.case] = section.value;
}
