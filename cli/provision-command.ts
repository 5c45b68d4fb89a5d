/**
 * `meshloom provision (--port | --tcp) PROFILE.yaml` and `meshloom provision --plan PLAN.yaml [--radio NAME]`:
 * put a profile on a radio, or a neighbourhood plan on its radios one after another; `export-config` writes a
 * radio's settings as such a profile; `keygen` makes a channel key; `channel-url` shows a URL and its QR code.
 */
import { createInterface } from 'node:readline/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { Config } from '@meshtastic/protobufs';
import { decodeChannelUrl, encodeChannelUrl, qrSvg, qrTerminal } from '../firmware-scripts/channel-url.ts';
import { newChannelKey } from '../firmware-scripts/keygen.ts';
import { parsePlanText } from '../firmware-scripts/plan.ts';
import { exportProfile, parseProfileText, type Change, type Profile } from '../firmware-scripts/profile.ts';
import { provision } from '../firmware-scripts/provisioner.ts';
import { provisionErrors } from '../firmware-scripts/errors.ts';
import { commonErrors, errorMessage, type MeshloomError } from '../protocol/meshloom-error.ts';
import { RadioSession } from '../radio/radio-session.ts';
import { openerFromFlags, type ConnectionFlags } from './connection-flags.ts';
import { progressBar } from './progress-bar.ts';

export interface ProvisionFlags extends ConnectionFlags {
  plan?: string;
  radio?: string[];
  dryRun?: boolean;
  yes?: boolean;
}

const say = (line: string) => process.stdout.write(`${line}\n`);

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw provisionErrors.MESHLOOM_ERR_PROFILE_FILE(path, errorMessage(err));
  }
}

async function withSession<T>(flags: ConnectionFlags, work: (session: RadioSession) => Promise<T>): Promise<T> {
  const { open, target } = openerFromFlags(flags);
  const session = new RadioSession({ open });
  let connectError: MeshloomError | undefined;
  session.on('error', (err) => {
    if (err.code === 'MESHLOOM_ERR_CONNECT_FAILED') connectError = err;
  });
  session.start();
  try {
    process.stderr.write(`meshloom: connecting to ${target}...\n`);
    return await Promise.race([
      work(session),
      new Promise<never>((_, reject) => {
        const check = setInterval(() => {
          if (connectError && session.state !== 'ready' && session.state !== 'configuring') {
            clearInterval(check);
            reject(connectError);
          }
        }, 100);
        check.unref();
      }),
    ]);
  } finally {
    await session.close();
  }
}

async function provisionOne(flags: ConnectionFlags, profile: Profile, label: string, choices: Pick<ProvisionFlags, 'dryRun' | 'yes'>): Promise<void> {
  for (const ignored of profile.ignored) say(`note: ${ignored} is not applied by meshloom`);
  await withSession(flags, async (session) => {
    await provision(session, profile, {
      onProgress: (line) => say(`${label}${line}`),
      ...(choices.dryRun ? { dryRun: true } : {}),
      // At a terminal the operator sees the changes and says yes; scripts (no terminal, or --yes) go ahead.
      ...(process.stdin.isTTY && !choices.yes
        ? { confirm: (changes: Change[]) => ask(`${label}write these ${changes.length} change(s) to the radio? [y/N] `) }
        : {}),
    });
  });
}

async function ask(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
}

export async function runProvision(profileFile: string | undefined, flags: ProvisionFlags): Promise<void> {
  if (flags.plan) {
    const plan = parsePlanText(readText(flags.plan), flags.plan);
    const wanted = flags.radio && flags.radio.length > 0 ? flags.radio : plan.radios.map((r) => r.name);
    const radios = wanted.map((name) => {
      const radio = plan.radios.find((r) => r.name === name);
      if (!radio) throw provisionErrors.MESHLOOM_ERR_PLAN(`no radio called "${name}"; the plan has ${plan.radios.map((r) => r.name).join(', ')}`);
      return radio;
    });
    const bar = progressBar(`${radios.length} radio(s)`);
    for (const [i, radio] of radios.entries()) {
      const connection =
        radios.length === 1 && (flags.port || flags.tcp) ? flags : { ...(radio.port ? { port: radio.port } : {}), ...(radio.tcp ? { tcp: radio.tcp } : {}) };
      say(`[${i + 1}/${radios.length}] ${radio.name}`);
      await provisionOne(connection, radio.profile, `[${radio.name}] `, flags);
      bar(i + 1, radios.length);
    }
    return;
  }
  if (!profileFile) throw commonErrors.MESHLOOM_ERR_USAGE('give a profile file, or --plan PLAN.yaml');
  const profile = parseProfileText(readText(profileFile), profileFile);
  await provisionOne(flags, profile, '', flags);
}

export async function runExportConfig(flags: ConnectionFlags & { out?: string }): Promise<void> {
  const yaml = await withSession(flags, async (session) => {
    const device = await session.whenConfigured(30_000);
    return `# meshloom export of ${device.ownNode?.user?.longName ?? 'a radio'}; apply with: meshloom provision --port PATH THIS.yaml\n${stringify(exportProfile(device))}`;
  });
  if (flags.out) {
    writeFileSync(flags.out, yaml);
    process.stderr.write(`meshloom: wrote ${flags.out}\n`);
  } else {
    process.stdout.write(yaml);
  }
}

export function runKeygen(): void {
  say(newChannelKey());
}

export async function runChannelUrl(url: string, flags: { svg?: string }): Promise<void> {
  const set = decodeChannelUrl(url);
  set.settings.forEach((channel, i) => {
    const psk =
      channel.psk.length === 0 ? 'no key' : channel.psk.length === 1 ? `well-known key #${channel.psk[0]}` : `private ${channel.psk.length * 8}-bit key`;
    say(`channel ${i}${i === 0 ? ' (primary)' : ''}: "${channel.name || '(default)'}", ${psk}`);
  });
  if (set.loraConfig) {
    const lora = set.loraConfig;
    say(
      `LoRa: region ${Config.Config_LoRaConfig_RegionCode[lora.region]}, preset ${Config.Config_LoRaConfig_ModemPreset[lora.modemPreset]}, hop limit ${lora.hopLimit}`,
    );
  }
  const canonical = encodeChannelUrl(set);
  process.stdout.write(await qrTerminal(canonical));
  if (flags.svg) {
    writeFileSync(flags.svg, await qrSvg(canonical));
    process.stderr.write(`meshloom: wrote ${flags.svg}\n`);
  }
}
