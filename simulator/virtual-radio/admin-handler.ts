/**
 * The local admin port of a virtual radio (AdminMessage on ADMIN_APP addressed to itself), as the firmware's
 * AdminModule behaves for a client on serial or TCP: no session passkey; get requests answered; set requests
 * applied to RAM at once and written to flash either at once (then the radio reboots when the section needs it)
 * or at commit_edit_settings inside a begin/commit edit (then it saves and reboots).
 */
import { coerceConfig, coerceModuleConfig } from '../../protocol/meshtastic/admin-coercions.ts';
import { clone, create, type MessageInitShape } from '@bufbuild/protobuf';
import { type Admin, Channel, Config, Mesh, ModuleConfig } from '@meshtastic/protobufs';
import { configCaseOf, deepCopySettings, moduleConfigCaseOf, type DeviceSettings } from './device-settings.ts';

type AdminResponse = MessageInitShape<typeof Admin.AdminMessageSchema>;

export interface AdminOutcome {
  /** An AdminMessage to send back to the client, for get requests. */
  response?: AdminResponse;
  /** Reboot after this long (settings saved or reboot requested). */
  rebootAfterMs?: number;
  /** A line for the radio's log. */
  log: string;
}

export interface AdminState {
  /** What the radio runs with. */
  ram: DeviceSettings;
  /** What survives a reboot. */
  flash: DeviceSettings;
  editOpen: boolean;
  metadata: Mesh.DeviceMetadata;
}

/** Sections whose change makes the firmware reboot when saved outside an edit transaction. */
const REBOOT_CONFIG_SECTIONS = new Set(['device', 'power', 'network', 'lora', 'bluetooth', 'security']);

export function handleAdmin(state: AdminState, message: Admin.AdminMessage, rebootDelayMs: number): AdminOutcome {
  const variant = message.payloadVariant;
  switch (variant.case) {
    case 'getOwnerRequest':
      return { response: { payloadVariant: { case: 'getOwnerResponse', value: state.ram.owner } }, log: 'Client got owner' };
    case 'getDeviceMetadataRequest':
      return {
        response: { payloadVariant: { case: 'getDeviceMetadataResponse', value: state.metadata } },
        log: 'Client got metadata',
      };
    case 'getChannelRequest': {
      const channel = state.ram.channels[variant.value - 1];
      if (!channel) return { log: `Ignore get_channel_request for index ${variant.value - 1}` };
      return { response: { payloadVariant: { case: 'getChannelResponse', value: channel } }, log: 'Client got channel' };
    }
    case 'getConfigRequest': {
      const name = configCaseOf(variant.value);
      const config = state.ram.config.find((c) => c.payloadVariant.case === name);
      return {
        response: {
          payloadVariant: { case: 'getConfigResponse', value: config ?? create(Config.ConfigSchema) },
        },
        log: `Client got config ${name ?? variant.value}`,
      };
    }
    case 'getModuleConfigRequest': {
      const name = moduleConfigCaseOf(variant.value);
      const moduleConfig = state.ram.moduleConfig.find((m) => m.payloadVariant.case === name);
      return {
        response: {
          payloadVariant: {
            case: 'getModuleConfigResponse',
            value: moduleConfig ?? create(ModuleConfig.ModuleConfigSchema),
          },
        },
        log: `Client got module config ${name ?? variant.value}`,
      };
    }
    case 'setOwner': {
      const owner = state.ram.owner;
      if (variant.value.longName) owner.longName = variant.value.longName;
      if (variant.value.shortName) owner.shortName = variant.value.shortName;
      owner.isLicensed = variant.value.isLicensed;
      return save(state, false, rebootDelayMs, `Set owner to ${owner.longName}`);
    }
    case 'setChannel': {
      const channel = variant.value;
      if (channel.index < 0 || channel.index >= state.ram.channels.length) {
        return { log: `Ignore set_channel for index ${channel.index}` };
      }
      state.ram.channels[channel.index] = clone(Channel.ChannelSchema, channel);
      return save(state, false, rebootDelayMs, `Set channel ${channel.index}`);
    }
    case 'setConfig': {
      const name = variant.value.payloadVariant.case;
      if (!name) return { log: 'Ignore set_config without a section' };
      const section = clone(Config.ConfigSchema, variant.value);
      coerceConfig(section);
      replaceSection(state.ram.config, section);
      if (name === 'device') state.ram.owner.role = (variant.value.payloadVariant.value as Config.Config_DeviceConfig).role;
      return save(state, REBOOT_CONFIG_SECTIONS.has(name), rebootDelayMs, `Set config ${name}`);
    }
    case 'setModuleConfig': {
      const name = variant.value.payloadVariant.case;
      if (!name) return { log: 'Ignore set_module_config without a module' };
      const module = clone(ModuleConfig.ModuleConfigSchema, variant.value);
      coerceModuleConfig(module);
      replaceSection(state.ram.moduleConfig, module);
      return save(state, true, rebootDelayMs, `Set module config ${name}`);
    }
    case 'setFixedPosition':
      state.ram.fixedPosition = clone(Mesh.PositionSchema, variant.value);
      return save(state, false, rebootDelayMs, 'Set fixed position');
    case 'removeFixedPosition':
      delete state.ram.fixedPosition;
      return save(state, false, rebootDelayMs, 'Removed fixed position');
    case 'beginEditSettings':
      state.editOpen = true;
      return { log: 'Begin transaction for editing settings' };
    case 'commitEditSettings':
      state.editOpen = false;
      state.flash = deepCopySettings(state.ram);
      return { rebootAfterMs: rebootDelayMs, log: 'Commit transaction for edited settings' };
    case 'rebootSeconds':
      return { rebootAfterMs: Math.max(0, variant.value) * 1000, log: `Reboot in ${variant.value} seconds` };
    default:
      return { log: `Admin message ${variant.case ?? 'empty'} is not supported by the virtual radio` };
  }
}

function save(state: AdminState, needsReboot: boolean, rebootDelayMs: number, log: string): AdminOutcome {
  if (state.editOpen) return { log: `${log} (in edit transaction)` };
  state.flash = deepCopySettings(state.ram);
  return needsReboot ? { rebootAfterMs: rebootDelayMs, log: `${log}; saved, rebooting` } : { log: `${log}; saved` };
}

function replaceSection<T extends { payloadVariant: { case: string | undefined } }>(sections: T[], section: T): void {
  const index = sections.findIndex((s) => s.payloadVariant.case === section.payloadVariant.case);
  if (index === -1) sections.push(section);
  else sections[index] = section;
}
