/**
 * `meshloom virtual-radio` survives its radio rebooting: while a radio reboots nothing listens, and before the
 * fix the process found nothing left to wait for and exited with code 13.
 */
import { connect } from 'node:net';
import { create, toBinary } from '@bufbuild/protobuf';
import { Admin, Portnums } from '@meshtastic/protobufs';
import { expect, it } from 'vitest';
import { toRadioFrame } from '../../protocol/meshtastic/radio-codec.ts';
import { eventually } from '../support/eventually.ts';
import { accepts } from '../../support/local-ports.ts';
import { startCli, stopAll } from './cli-helpers.ts';

const NODE = 0x6d6c0001;

it('keeps serving after an admin reboot of its radio', async () => {
  const cli = startCli(['virtual-radio', '--tcp', '0', '--peers', '0', '--chat-every', '0']);
  try {
    let port = 0;
    await eventually('the TCP port announced', () => {
      port = Number(/TCP API on 127\.0\.0\.1:(\d+)/.exec(cli.errors())?.[1] ?? 0);
      return port > 0;
    });
    const socket = connect({ host: '127.0.0.1', port });
    await new Promise((resolve) => socket.once('connect', resolve));
    let closedByRadio = false;
    socket.on('close', () => {
      closedByRadio = true;
    });
    socket.on('error', () => {});
    let received = 0;
    socket.on('data', (chunk: Buffer) => {
      received += chunk.length;
    });
    const reboot = create(Admin.AdminMessageSchema, { payloadVariant: { case: 'rebootSeconds', value: 1 } });
    socket.write(toRadioFrame({ payloadVariant: { case: 'wantConfigId', value: 7 } }));
    await eventually('the config download', () => received > 0);
    socket.write(
      toRadioFrame({
        payloadVariant: {
          case: 'packet',
          value: {
            to: NODE,
            id: 99,
            payloadVariant: { case: 'decoded', value: { portnum: Portnums.PortNum.ADMIN_APP, payload: toBinary(Admin.AdminMessageSchema, reboot) } },
          },
        },
      }),
    );
    await eventually('the radio going down for its reboot', () => closedByRadio, 15_000);
    await eventually('the radio listening again', () => accepts(port), 15_000);
    expect(cli.child.exitCode).toBeNull();
  } finally {
    await stopAll([cli.child]);
  }
}, 40_000);
