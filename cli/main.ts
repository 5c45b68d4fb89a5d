/** The `meshloom` command line: one subcommand per job, each in its own module. */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { MeshloomError } from '../protocol/meshloom-error.ts';
import { describeSystemError } from './system-errors.ts';
import { addConnectionFlags } from './connection-flags.ts';
import { runDecode } from './decode-command.ts';
import { runFlash } from './flash-command.ts';
import { runGateway } from './gateway-command.ts';
import { runInfo } from './info-command.ts';
import { runListen } from './listen-command.ts';
import { runSim, runSimCompare, runSimServe, runSweepCommand } from './sim-command.ts';
import { runVirtualRadio } from './virtual-radio-command.ts';
import { runChannelUrl, runExportConfig, runKeygen, runProvision, type ProvisionFlags } from './provision-command.ts';

/** The version in package.json, read where the code is (no build step copies it). */
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command()
  .name('meshloom')
  .description('Gateway, provisioning and simulation for neighbourhood Meshtastic meshes')
  .version(version, '-V, --version', 'print the version of meshloom')
  .showHelpAfterError()
  .exitOverride();

addConnectionFlags(
  program
    .command('gateway')
    .description('run the gateway and its web page; with no --port/--tcp, on the embedded simulated neighbourhood')
    .option('--data <dir>', 'folder for the SQLite file (env MESHLOOM_DATA)', undefined)
    .option('--http-port <port>', 'web page and API port (env MESHLOOM_HTTP_PORT; default 8080)')
    .option('--host <address>', 'address to serve on (env MESHLOOM_HOST; default 0.0.0.0, every interface)')
    .option('--label <name>', "the neighbourhood's name (env MESHLOOM_LABEL)")
    .option('--secret <words>', 'ask for these secret words before recording anything; "generate" makes five random words and keeps them (env MESHLOOM_SECRET)')
    .option(
      '--allowed-hosts <names>',
      "comma-separated host names the page may be opened by, besides this machine's own names and addresses (env MESHLOOM_ALLOWED_HOSTS)",
    )
    .option(
      '--config <file>',
      'JSON file with any of: port, tcp, data, httpPort, host, label, secret, allowedHosts (list), mqtt, mqttUser, mqttCa, mqttRoot, federation, trust (list), uplink, downlink, mapTiles, logFormat (env MESHLOOM_CONFIG)',
    )
    .option(
      '--map-tiles <file>',
      'a PMTiles or MBTiles extract of your area, prepared while online (e.g. pmtiles extract), for an offline map of the mesh on the page (env MESHLOOM_MAP_TILES)',
    )
    .option(
      '--log-format <format>',
      'pretty (readable lines; the default on a terminal) or json (one JSON object a line; the default otherwise) (env MESHLOOM_LOG_FORMAT)',
    )
    .option('--quiet', 'log only the start-up lines, warnings and errors (no radio or broker comings and goings)')
    .option('--mqtt <url>', 'federate over this MQTT broker, e.g. mqtt://10.0.0.5:1883 or mqtts://… (env MESHLOOM_MQTT; password in MESHLOOM_MQTT_PASSWORD)')
    .option('--mqtt-user <name>', 'broker user name (env MESHLOOM_MQTT_USER)')
    .option('--mqtt-ca <file>', 'PEM file of the CA that signed the broker certificate (env MESHLOOM_MQTT_CA)')
    .option('--mqtt-root <topic>', 'Meshtastic topic root (env MESHLOOM_MQTT_ROOT; default: as the radio publishes, msh/<REGION>)')
    .option('--federation <name>', 'federation name: its topics, and what its frames are signed for (env MESHLOOM_FEDERATION; default meshloom)')
    .option('--trust <keys>', 'comma-separated public keys of the gateways to accept (env MESHLOOM_TRUST); each gateway prints its own at start')
    // Both forms declared, so an unset flag stays undefined and the config file's "uplink"/"downlink" count.
    .option('--uplink', 'publish radio packets as Meshtastic ServiceEnvelopes (the default)')
    .option('--no-uplink', 'do not publish radio packets as Meshtastic ServiceEnvelopes')
    .option('--downlink', 'send text from other gateways on Meshtastic MQTT to the local mesh')
    .option('--no-downlink', 'do not (the default)')
    .option(
      '--sim-node-num <num>',
      'node number of the embedded neighbourhood radio (env MESHLOOM_SIM_NODE_NUM); simulated meshes that federate need different ones',
    ),
).action(runGateway);

addConnectionFlags(
  program
    .command('info')
    .description("print the radio's identity, channels and the nodes it knows")
    .option('--json', 'print JSON instead of a table')
    .option('--timeout <seconds>', 'give up on the config download after this long', '30'),
).action(runInfo);

addConnectionFlags(
  program
    .command('listen')
    .description('print every packet the radio hears, one JSON line each (Ctrl-C stops)')
    .option('--logs', "also print the radio's log on stderr"),
).action(runListen);

program
  .command('decode [file]')
  .description('decode a raw radio->host capture (stdin when no file) into JSON lines: frames, log text, errors')
  .action((file?: string) => runDecode(file));

addConnectionFlags(
  program
    .command('provision [profile]')
    .description(
      'put a profile (Meshtastic CLI --configure YAML) on a radio, or a neighbourhood plan on its radios; verifies, and changes nothing when nothing differs',
    )
    .option('--plan <file>', 'a neighbourhood plan: shared settings and one entry per radio')
    .option('--radio <name...>', 'with --plan: only these radios, in this order')
    .option('--dry-run', 'say what would change on the radio, and write nothing')
    .option('--yes', 'write without asking (at a terminal the changes are shown and confirmed first)'),
).action((profile: string | undefined, flags: ProvisionFlags) => runProvision(profile, flags));

addConnectionFlags(
  program
    .command('export-config')
    .description("write the radio's settings as a profile YAML (the CLI's --export-config shape)")
    .option('-o, --out <file>', 'write to this file instead of stdout'),
).action(runExportConfig);

program.command('keygen').description('print a fresh private channel key (AES-256) for a plan or profile').action(runKeygen);

program
  .command('channel-url <url>')
  .description('show what a https://meshtastic.org/e/#... channel URL holds, and its QR code for phones to scan')
  .option('--svg <file>', 'also write the QR code as SVG')
  .action(runChannelUrl);

program
  .command('flash <firmware>')
  .description('flash a firmware file, or the right file of a Meshtastic release folder: ESP32 over serial, nRF52/RP2040 by UF2 copy')
  .option('-p, --port <path>', 'serial port of the board (ESP32; also used to ask a running radio its model)')
  .option('--hw <model>', 'hardware model, e.g. HELTEC_V3, TBEAM, RAK4631, to pick a file from a release folder')
  .option('--drive <dir>', 'the mounted UF2 bootloader drive (found by itself when only one is mounted)')
  .option('--dry-run', 'say what would be flashed, and where, without doing it')
  .action(runFlash);

program
  .command('virtual-radio')
  .description('serve a virtual radio in a small simulated neighbourhood over TCP (and a pseudo-terminal)')
  .option('--tcp <port>', 'TCP API port to serve on 127.0.0.1 (0 picks a free one)', '4403')
  .option('--pty <path>', 'also expose it as a serial port at this path (needs socat)')
  .option('--peers <n>', 'simulated neighbours', '4')
  .option('--chat-every <seconds>', 'mean seconds between chat messages per neighbour, 0 for none', '60')
  .option('--gateways <n>', 'gateway radios on this mesh, served on consecutive TCP ports', '1')
  .option('--node-num <num>', 'node number of the first gateway radio; neighbours follow it', '0x6d6c0001')
  .option('--firmware <generation>', 'behave as this firmware generation: 2.6, 2.7 or 2.8', '2.7')
  .action(runVirtualRadio);

const sim = program.command('sim').description('simulate a neighbourhood mesh: what still gets through when nodes drop out');
sim
  .command('run <scenario>')
  .description(
    'run a scenario (YAML or JSON; examples in simulator/scenarios/) and write result.json, nodes.csv, minutes.csv and report.html; nodes with firmware: run in real time',
  )
  .option('--seed <n>', "override the scenario's seed")
  .option('--out <dir>', 'folder for the results (default sim-results/<scenario>-seed<N>)')
  .option('--quiet', 'no progress bar')
  .action(runSim);
sim
  .command('sweep <scenario>')
  .description('run a scenario with settings varied, every combination under several seeds, on all cores; writes sweep.csv and sweep.json')
  .option(
    '--vary <path=values>',
    'a setting and its values, e.g. hopLimit=3,5,7 or layout.count=50,100 or failures.0.fraction=0,0.2 (repeat for more)',
    (v: string, all: string[]) => [...all, v],
    [] as string[],
  )
  .option('--seeds <n>', 'seeds per combination, counting up from the scenario seed', '3')
  .option('--jobs <n>', 'worker threads (default: one per core)')
  .option('--out <dir>', 'folder for the results (default sim-results/<scenario>-sweep)')
  .option('--quiet', 'no progress bar')
  .action(runSweepCommand);
sim
  .command('compare <scenario>')
  .description('run a scenario with the model and again with every node running the real firmware (in real time); compare packet by packet')
  .requiredOption('--firmware <path>', 'the meshtasticd binary every node runs in the second run (a path, or a name on PATH)')
  .option('--seed <n>', "override the scenario's seed")
  .option('--out <dir>', 'folder for comparison.json (default sim-results/<scenario>-compare-seed<N>)')
  .option('--quiet', 'no progress bar')
  .action(runSimCompare);
sim
  .command('serve <scenario>')
  .description(
    'run a scenario in real time with the phone API of some of its nodes on TCP (virtual radios, or the real firmware where the scenario says so), for real gateways to join',
  )
  .requiredOption('--attach <nodes>', 'node numbers of the scenario to serve radios for, e.g. 4 or 4,7 (consecutive TCP ports)')
  .option('--tcp <port>', 'TCP API port to serve the first on (0 picks free ones)', '4403')
  .option('--pty <path>', 'also expose the first as a serial port at this path (needs socat)')
  .option('--seed <n>', "override the scenario's seed")
  .option('--no-wait', 'start the mesh at once instead of when every attached radio has a client')
  .option('--out <dir>', 'folder for the results at the end (default sim-results/<scenario>-live-seed<n>)')
  .action(runSimServe);

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode);
  if (err instanceof MeshloomError) {
    process.stderr.write(`meshloom: ${err.message} [${err.code}]\n`);
    process.exit(err.code === 'MESHLOOM_ERR_USAGE' ? 2 : 1);
  }
  if (process.env.MESHLOOM_DEBUG) throw err;
  const known = describeSystemError(err);
  process.stderr.write(`meshloom: ${known ?? `unexpected error: ${err instanceof Error ? err.message : String(err)} (MESHLOOM_DEBUG=1 shows where)`}\n`);
  process.exit(1);
}
