/** `meshloom info`: connect, download the radio's config, print who it is, its channels and the nodes it knows. */
import { toJson } from '@bufbuild/protobuf';
import { Channel, Config, Mesh } from '@meshtastic/protobufs';
import { nodeId, type NodeRecord } from '../protocol/meshtastic/node-db.ts';
import type { DeviceState } from '../radio/device-state.ts';
import { radioErrors } from '../radio/errors.ts';
import { RadioSession } from '../radio/radio-session.ts';
import { openerFromFlags, type ConnectionFlags } from './connection-flags.ts';

export interface InfoFlags extends ConnectionFlags {
  json?: boolean;
  timeout?: string;
}

export async function runInfo(flags: InfoFlags): Promise<void> {
  const { open, target } = openerFromFlags(flags);
  const session = new RadioSession({ open });
  // A one-shot command: if the radio cannot even be opened, say so at once rather than retrying.
  const unreachable = new Promise<never>((_, reject) => {
    session.on('error', (err) => {
      if (err.code === radioErrors.MESHLOOM_ERR_CONNECT_FAILED.code && session.state !== 'configuring') reject(err);
      else process.stderr.write(`meshloom: ${err.message} [${err.code}]\n`);
    });
  });
  process.stderr.write(`meshloom: connecting to ${target}...\n`);
  session.start();
  try {
    const device = await Promise.race([session.whenConfigured(Number(flags.timeout ?? 30) * 1000), unreachable]);
    const nodes = session.nodes.list();
    process.stdout.write(flags.json ? `${JSON.stringify(infoJson(device, nodes), null, 2)}\n` : formatInfo(device, nodes));
  } finally {
    await session.close();
  }
}

function infoJson(device: DeviceState, nodes: NodeRecord[]): unknown {
  return {
    myInfo: device.myInfo && toJson(Mesh.MyNodeInfoSchema, device.myInfo),
    metadata: device.metadata && toJson(Mesh.DeviceMetadataSchema, device.metadata),
    channels: device.channels.map((c) => toJson(Channel.ChannelSchema, c)),
    nodes: nodes.map((n) => ({ ...(toJson(Mesh.NodeInfoSchema, n.info) as object), rssi: n.rssiDbm })),
  };
}

function formatInfo(device: DeviceState, nodes: NodeRecord[], nowS = Math.floor(Date.now() / 1000)): string {
  const lines: string[] = [];
  const me = device.ownNode?.user;
  const num = device.myInfo?.myNodeNum ?? 0;
  const lora = device.config.lora;
  lines.push(`Radio      ${me?.longName ?? '?'} (${me?.shortName ?? '?'}) ${nodeId(num)}`);
  lines.push(`Hardware   ${Mesh.HardwareModel[device.metadata?.hwModel ?? me?.hwModel ?? 0] ?? 'unknown'}`);
  lines.push(`Firmware   ${device.metadata?.firmwareVersion ?? 'unknown'}`);
  lines.push(`Role       ${Config.Config_DeviceConfig_Role[device.config.device?.role ?? 0] ?? '?'}`);
  if (lora) {
    lines.push(
      `LoRa       region ${Config.Config_LoRaConfig_RegionCode[lora.region] ?? lora.region}, ` +
        `preset ${Config.Config_LoRaConfig_ModemPreset[lora.modemPreset] ?? lora.modemPreset}, hop limit ${lora.hopLimit}`,
    );
  }
  lines.push('', 'Channels');
  for (const channel of device.channels) {
    if (!channel || channel.role === Channel.Channel_Role.DISABLED) continue;
    const name = channel.settings?.name || '(default)';
    lines.push(`  ${channel.index}  ${Channel.Channel_Role[channel.role]?.padEnd(9)} ${name.padEnd(14)} key: ${describePsk(channel.settings?.psk)}`);
  }
  lines.push('', `Nodes (${nodes.length}; * marks this radio)`);
  lines.push('  id          name                  heard     snr    hops  battery');
  const sorted = [...nodes].sort((a, b) => b.info.lastHeard - a.info.lastHeard);
  for (const { info } of sorted) {
    const name = `${info.num === num ? '* ' : ''}${info.user?.longName ?? ''}`;
    const heard = info.lastHeard ? ago(nowS - info.lastHeard) : 'never';
    const snr = info.snr ? `${info.snr.toFixed(1)}` : '-';
    const hops = info.hopsAway ?? '-';
    const battery = info.deviceMetrics?.batteryLevel ? `${info.deviceMetrics.batteryLevel}%` : '-';
    lines.push(
      `  ${nodeId(info.num)}  ${name.slice(0, 20).padEnd(20)}  ${heard.padEnd(8)}  ${snr.padStart(5)}  ${String(hops).padStart(4)}  ${battery.padStart(7)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function describePsk(psk: Uint8Array | undefined): string {
  if (!psk || psk.length === 0) return 'none (unencrypted)';
  if (psk.length === 1) return psk[0] === 1 ? 'default (public)' : `well-known #${psk[0]}`;
  return `private AES-${psk.length * 8}`;
}

function ago(seconds: number): string {
  if (seconds < 60) return `${Math.max(0, seconds)}s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ago`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)}h ago`;
  return `${Math.floor(seconds / 86400)}d ago`;
}
