/**
 * Puts a profile on a radio the way the Meshtastic CLI's --configure does, but safely repeatable: it reads what
 * the radio holds, and only when something differs writes the differences inside begin/commit edit settings,
 * waits through the reboot the commit causes, downloads the config again and checks that the radio now holds
 * exactly what the profile asks. A second run with the same profile changes nothing and does not reboot.
 */
import { create, equals, toBinary, type MessageInitShape } from '@bufbuild/protobuf';
import { Admin, Channel, Config, Mesh, ModuleConfig, Portnums } from '@meshtastic/protobufs';
import type { DeviceState } from '../radio/device-state.ts';
import type { RadioSession } from '../radio/radio-session.ts';
import { errorMessage } from '../protocol/meshloom-error.ts';
import { routingErrorOf } from '../protocol/meshtastic/routing-packet.ts';
import { provisionErrors } from './errors.ts';
import { applyFirmwareFloors, currentState, desiredState, profileChanges, type Change, type Profile, type RadioSettings } from './profile.ts';

export interface ProvisionResult {
  changes: Change[];
  rebooted: boolean;
  /** Nothing was written: a dry run, or the operator said no. */
  written: boolean;
}

export interface ProvisionOptions {
  /** Progress lines for the operator. */
  onProgress?: (line: string) => void;
  /** How long the radio may take to reboot and answer again. Default 90 s. */
  rebootTimeoutMs?: number;
  /** Say what would change and write nothing. */
  dryRun?: boolean;
  /** Asked with the changes before anything is written; false leaves the radio as it is. */
  confirm?: (changes: Change[]) => Promise<boolean>;
}

/** The firmware reboots this long after a commit ("Reboot in 7 seconds"). */
const FIRMWARE_REBOOT_DELAY_MS = 7_000;
/** Time for the board to boot before a link that says nothing of the reboot is checked. */
const BOOT_GRACE_MS = 8_000;

type AdminInit = MessageInitShape<typeof Admin.AdminMessageSchema>;

export async function provision(session: RadioSession, profile: Profile, options: ProvisionOptions = {}): Promise<ProvisionResult> {
  const say = options.onProgress ?? (() => undefined);
  const device = await session.whenConfigured(30_000);
  const current = currentState(device);
  const desired = desiredState(profile, current);
  for (const c of applyFirmwareFloors(current, desired)) say(`note: ${c.path} ${c.asked} will be stored as ${c.held}: ${c.reason}`);
  const changes = profileChanges(current, desired);
  if (changes.length === 0) {
    say('the radio already holds this profile: nothing to write');
    return { changes, rebooted: false, written: false };
  }
  say(`${options.dryRun ? 'would change' : 'changes'}:`);
  for (const change of changes) say(`  ${change.path}: ${change.from} -> ${change.to}`);
  if (options.dryRun) return { changes, rebooted: false, written: false };
  if (options.confirm && !(await options.confirm(changes))) {
    say('nothing written');
    return { changes, rebooted: false, written: false };
  }
  const messages = adminMessages(current, desired);
  say(`writing ${changes.length} change(s) in ${messages.length} admin message(s)`);
  const myNodeNum = device.myInfo?.myNodeNum ?? 0;
  await admin(session, myNodeNum, { payloadVariant: { case: 'beginEditSettings', value: true } }, 'begin edit');
  for (const [i, message] of messages.entries()) {
    await admin(session, myNodeNum, message, message.payloadVariant?.case ?? 'admin');
    say(`  ${i + 1}/${messages.length} ${message.payloadVariant?.case}`);
  }
  const reconfigured = nextConfiguration(session, options.rebootTimeoutMs ?? 90_000);
  await admin(session, myNodeNum, { payloadVariant: { case: 'commitEditSettings', value: true } }, 'commit');
  session.expectReboot(FIRMWARE_REBOOT_DELAY_MS + BOOT_GRACE_MS);
  say('committed; waiting for the radio to reboot and answer again');
  const after = await reconfigured;
  const held = currentState(after);
  const wanted = desiredState(profile, held);
  applyFirmwareFloors(held, wanted);
  const remaining = profileChanges(held, wanted);
  if (remaining.length > 0) {
    throw provisionErrors.MESHLOOM_ERR_PROVISION_VERIFY(remaining.map((c) => `${c.path} is ${c.from}, wanted ${c.to}`).join('; '));
  }
  say('verified: the radio holds the profile');
  return { changes, rebooted: true, written: true };
}

/** The admin messages that turn `current` into `desired`: only sections, channels and owner that differ. */
function adminMessages(current: RadioSettings, desired: RadioSettings): AdminInit[] {
  const out: AdminInit[] = [];
  if (current.owner.longName !== desired.owner.longName || current.owner.shortName !== desired.owner.shortName) {
    out.push({ payloadVariant: { case: 'setOwner', value: { longName: desired.owner.longName, shortName: desired.owner.shortName } } });
  }
  for (const [name, section] of desired.config) {
    const before = current.config.get(name);
    if (!before || !equals(Config.ConfigSchema, before, section)) {
      out.push({ payloadVariant: { case: 'setConfig', value: section } });
    }
  }
  for (const [name, section] of desired.moduleConfig) {
    const before = current.moduleConfig.get(name);
    if (!before || !equals(ModuleConfig.ModuleConfigSchema, before, section)) {
      out.push({ payloadVariant: { case: 'setModuleConfig', value: section } });
    }
  }
  desired.channels.forEach((channel, index) => {
    const before = current.channels[index];
    if (!before || !equals(Channel.ChannelSchema, before, channel)) {
      out.push({ payloadVariant: { case: 'setChannel', value: channel } });
    }
  });
  const loc = desired.location;
  if (loc && JSON.stringify(loc) !== JSON.stringify(current.location)) {
    out.push({
      payloadVariant: {
        case: 'setFixedPosition',
        value: create(Mesh.PositionSchema, { latitudeI: Math.round(loc.lat * 1e7), longitudeI: Math.round(loc.lon * 1e7), altitude: Math.round(loc.alt) }),
      },
    });
  }
  return out;
}

async function admin(session: RadioSession, myNodeNum: number, message: AdminInit, what: string): Promise<void> {
  let reply: Mesh.MeshPacket;
  try {
    reply = await session.request({
      to: myNodeNum,
      portnum: Portnums.PortNum.ADMIN_APP,
      payload: toBinary(Admin.AdminMessageSchema, create(Admin.AdminMessageSchema, message)),
    });
  } catch (err) {
    throw provisionErrors.MESHLOOM_ERR_ADMIN_REFUSED(what, errorMessage(err));
  }
  if (reply.payloadVariant.case === 'decoded' && reply.payloadVariant.value.portnum === Portnums.PortNum.ROUTING_APP) {
    const error = routingErrorOf(reply.payloadVariant.value.payload);
    if (error !== undefined && error !== Mesh.Routing_Error.NONE) {
      throw provisionErrors.MESHLOOM_ERR_ADMIN_REFUSED(what, Mesh.Routing_Error[error] ?? String(error));
    }
  }
}

function nextConfiguration(session: RadioSession, timeoutMs: number): Promise<DeviceState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(provisionErrors.MESHLOOM_ERR_PROVISION_VERIFY(`the radio did not come back within ${Math.round(timeoutMs / 1000)} s of the commit`));
    }, timeoutMs);
    const off = session.once('configured', (device) => {
      clearTimeout(timer);
      resolve(device);
    });
  });
}
