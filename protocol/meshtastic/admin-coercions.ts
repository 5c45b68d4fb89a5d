/**
 * What the firmware stores instead of what an admin message sets: its admin handler raises some intervals to a
 * floor (firmware src/modules/AdminModule.cpp, the same in 2.6, 2.7 and 2.8). The provisioner uses this to say
 * before it writes what the radio will really hold, and to verify against that; the virtual radio, to hold the
 * same as the firmware.
 */
import type { Config, ModuleConfig } from '@meshtastic/protobufs';

export interface Coercion {
  /** config.<section>.<field> or module_config.<module>.<field> */
  path: string;
  asked: number;
  held: number;
  reason: string;
}

/** Node info goes out at most once an hour. */
const MIN_NODE_INFO_BROADCAST_S = 3_600;
/** Below 4 hours the firmware takes its default of 6 hours, not the floor. */
const MIN_NEIGHBOR_INFO_S = 4 * 3_600;
const DEFAULT_NEIGHBOR_INFO_S = 6 * 3_600;
const MIN_BATTERY_SHUTDOWN_S = 30;

/** Changes `config` in place to what the firmware would store, and lists each change. */
export function coerceConfig(config: Config.Config): Coercion[] {
  const section = config.payloadVariant;
  if (section.case === 'device' && section.value.nodeInfoBroadcastSecs < MIN_NODE_INFO_BROADCAST_S) {
    const asked = section.value.nodeInfoBroadcastSecs;
    section.value.nodeInfoBroadcastSecs = MIN_NODE_INFO_BROADCAST_S;
    return [
      { path: 'config.device.node_info_broadcast_secs', asked, held: MIN_NODE_INFO_BROADCAST_S, reason: 'the firmware sends node info at most once an hour' },
    ];
  }
  if (section.case === 'power') {
    const asked = section.value.onBatteryShutdownAfterSecs;
    if (asked > 0 && asked < MIN_BATTERY_SHUTDOWN_S) {
      section.value.onBatteryShutdownAfterSecs = MIN_BATTERY_SHUTDOWN_S;
      return [{ path: 'config.power.on_battery_shutdown_after_secs', asked, held: MIN_BATTERY_SHUTDOWN_S, reason: 'the firmware waits at least 30 s' }];
    }
  }
  return [];
}

/** Changes `moduleConfig` in place to what the firmware would store, and lists each change. */
export function coerceModuleConfig(moduleConfig: ModuleConfig.ModuleConfig): Coercion[] {
  const module = moduleConfig.payloadVariant;
  if (module.case === 'neighborInfo' && module.value.updateInterval < MIN_NEIGHBOR_INFO_S) {
    const asked = module.value.updateInterval;
    module.value.updateInterval = DEFAULT_NEIGHBOR_INFO_S;
    return [
      {
        path: 'module_config.neighbor_info.update_interval',
        asked,
        held: DEFAULT_NEIGHBOR_INFO_S,
        reason: 'below its floor of 4 h the firmware takes its default of 6 h',
      },
    ];
  }
  return [];
}
