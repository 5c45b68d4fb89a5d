import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSerialTransport } from '../../radio/serial-transport.ts';
import { openTcpTransport } from '../../radio/tcp-transport.ts';
import { exposeOverPty, serveTcp } from '../../simulator/virtual-radio/endpoints.ts';
import { VirtualRadio } from '../../simulator/virtual-radio/virtual-radio.ts';
import { tappedRadio } from '../support/tapped-radio.ts';
import { runTransportContract } from './transport-contract.ts';

const newRadio = () => new VirtualRadio({ nodeNum: 0x12345678, longName: 'Contract Ô', bootMs: 10 });

runTransportContract('in-process', async () => {
  const { open, unplug } = tappedRadio(newRadio(), 'in-process');
  return { open, unplug: async () => unplug(), cleanup: async () => undefined };
});

runTransportContract('TCP', async () => {
  const radio = newRadio();
  const server = await serveTcp(radio);
  return {
    open: () => openTcpTransport({ host: '127.0.0.1', port: server.port }),
    unplug: () => server.close(),
    cleanup: () => server.close(),
  };
});

runTransportContract('serial over a socat pseudo-terminal', async () => {
  const radio = newRadio();
  const dir = mkdtempSync(join(tmpdir(), 'meshloom-pty-'));
  const pty = await exposeOverPty(radio, { path: join(dir, 'radio') });
  return {
    open: () => openSerialTransport({ path: pty.path }),
    unplug: () => pty.unplug(),
    cleanup: async () => {
      await pty.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
