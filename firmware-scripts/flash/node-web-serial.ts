/**
 * The Web Serial `SerialPort` that esptool-js expects, over node's `serialport`: open/close, WHATWG readable
 * and writable streams, DTR/RTS signals (the ESP32 reset into its bootloader), and an in-place baud change.
 */
import { Readable, Writable } from 'node:stream';
import { SerialPort } from 'serialport';

export class NodeWebSerialPort {
  readable: ReadableStream<Uint8Array> | null = null;
  writable: WritableStream<Uint8Array> | null = null;
  /** Set once the port turned out to have no modem lines (a pseudo-terminal, some adapters). */
  signalsUnsupported = false;
  private port: SerialPort | undefined;

  constructor(
    private readonly path: string,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  async open(options: { baudRate: number }): Promise<void> {
    const port = new SerialPort({ path: this.path, baudRate: options.baudRate, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
    this.port = port;
    this.readable = Readable.toWeb(port) as ReadableStream<Uint8Array>;
    this.writable = Writable.toWeb(port) as WritableStream<Uint8Array>;
  }

  async setSignals(signals: { dataTerminalReady?: boolean; requestToSend?: boolean; break?: boolean }): Promise<void> {
    const port = this.requirePort();
    const flags: { dtr?: boolean; rts?: boolean; brk?: boolean } = {};
    if (signals.dataTerminalReady !== undefined) flags.dtr = signals.dataTerminalReady;
    if (signals.requestToSend !== undefined) flags.rts = signals.requestToSend;
    if (signals.break !== undefined) flags.brk = signals.break;
    if (this.signalsUnsupported) return;
    await new Promise<void>((resolve, reject) =>
      port.set(flags, (err) => {
        // Without DTR/RTS the board cannot be reset into its bootloader from here, but one put there by hand
        // (BOOT held while pressing RESET) still answers: carry on and let the sync tell.
        if (err && /Inappropriate ioctl|ENOTTY|not supported/i.test(err.message)) {
          this.signalsUnsupported = true;
          this.log(`${this.path} has no DTR/RTS lines; put the board in its bootloader by hand`);
          resolve();
        } else if (err) reject(err);
        else resolve();
      }),
    );
  }

  /** esptool-js changes speed in place when the port can (BaudRateConfigurablePort). */
  async setBaudRate(baudRate: number): Promise<void> {
    const port = this.requirePort();
    await new Promise<void>((resolve, reject) => port.update({ baudRate }, (err) => (err ? reject(err) : resolve())));
  }

  getInfo(): { usbVendorId?: number; usbProductId?: number } {
    return {};
  }

  async close(): Promise<void> {
    const port = this.port;
    this.port = undefined;
    this.readable = null;
    this.writable = null;
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  private requirePort(): SerialPort {
    if (!this.port) throw new Error(`${this.path} is not open`);
    return this.port;
  }
}
