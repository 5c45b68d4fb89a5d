import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { duplexPair } from '../../simulator/virtual-radio/in-process-transport.ts';
import { openSerialTransport } from '../../radio/serial-transport.ts';
import { openTcpTransport } from '../../radio/tcp-transport.ts';
import { transportOverDuplex } from '../../radio/transport.ts';
import { attachDuplexAsSerial, exposeOverPty, serveTcp } from '../../simulator/virtual-radio/endpoints.ts';
import { VirtualRadio } from '../../simulator/virtual-radio/virtual-radio.ts';
import { runTransportContract } from './transport-contract.ts';

const newRadio = () => new VirtualRadio({ nodeNum: 0x12345678, longName: 'Contract Ô', bootMs: 10 });

runTransportContract('in-process', async () => {
  const radio = newRadio();
  let device: ReturnType<typeof duplexPair>[1] | undefined;
  return {
    open: async () => {
      const [host, deviceSide] = duplexPair();
      device = deviceSide;
      attachDuplexAsSerial(radio, deviceSide);
      return transportOverDuplex(host, 'in-process');
    },
    unplug: async () => {
      device?.destroy();
    },
    cleanup: async () => undefined,
  };
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
