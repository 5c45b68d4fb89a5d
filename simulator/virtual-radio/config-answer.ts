/**
 * The frames a radio sends in answer to want_config_id, in the firmware's order (PhoneAPI::getFromRadio):
 * my_info, UI config, own node, metadata, 8 channels, config sections, module config sections, other nodes,
 * files, and config_complete_id echoing the nonce. Nonce 69420 leaves out the other nodes; 69421 sends only nodes.
 */
import type { Mesh } from '@meshtastic/protobufs';
import type { FromRadioInit } from '../../protocol/meshtastic/radio-codec.ts';
import { NONCE_ONLY_CONFIG, NONCE_ONLY_NODES } from '../../protocol/meshtastic/stream-constants.ts';
import type { DeviceSettings } from './device-settings.ts';

export interface RadioSnapshot {
  myInfo: Mesh.MyNodeInfo;
  metadata: Mesh.DeviceMetadata;
  ownNode: Mesh.NodeInfo;
  otherNodes: Mesh.NodeInfo[];
  settings: DeviceSettings;
}

export function configAnswer(radio: RadioSnapshot, nonce: number): FromRadioInit[] {
  const frames: FromRadioInit[] = [];
  const ownNode: FromRadioInit = { payloadVariant: { case: 'nodeInfo', value: radio.ownNode } };
  const otherNodes = radio.otherNodes.map((node): FromRadioInit => ({ payloadVariant: { case: 'nodeInfo', value: node } }));
  if (nonce === NONCE_ONLY_NODES) {
    frames.push(ownNode, ...otherNodes);
  } else {
    frames.push(
      { payloadVariant: { case: 'myInfo', value: radio.myInfo } },
      { payloadVariant: { case: 'deviceuiConfig', value: {} } },
      ownNode,
      { payloadVariant: { case: 'metadata', value: radio.metadata } },
      ...radio.settings.channels.map((channel): FromRadioInit => ({ payloadVariant: { case: 'channel', value: channel } })),
      ...radio.settings.config.map((config): FromRadioInit => ({ payloadVariant: { case: 'config', value: config } })),
      ...radio.settings.moduleConfig.map((moduleConfig): FromRadioInit => ({ payloadVariant: { case: 'moduleConfig', value: moduleConfig } })),
    );
    if (nonce !== NONCE_ONLY_CONFIG) frames.push(...otherNodes);
  }
  frames.push({ payloadVariant: { case: 'configCompleteId', value: nonce } });
  return frames;
}
