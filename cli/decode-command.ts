/**
 * `meshloom decode [FILE]`: a raw capture of what a radio sent (serial or TCP, radio->host) as JSON lines, one per
 * item in stream order: frames as FromRadio protobuf JSON, log text by line, corrupt frames as errors.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { StreamFrameDecoder, type StreamItem } from '../protocol/meshtastic/frame-decoder.ts';
import { decodeFromRadio, fromRadioToJson, type FromRadio } from '../protocol/meshtastic/radio-codec.ts';
import { writeLine } from './output.ts';

function decodeItemToJson(item: StreamItem<FromRadio>): unknown {
  switch (item.kind) {
    case 'frame':
      return { type: 'frame', fromRadio: fromRadioToJson(item.message) };
    case 'log':
      return { type: 'log', text: item.text };
    case 'error':
      return { type: 'error', code: item.error.code, message: item.error.message };
  }
}

export async function runDecode(file: string | undefined, stdin: Readable = process.stdin): Promise<void> {
  const input = file && file !== '-' ? createReadStream(file) : stdin;
  const decoder = new StreamFrameDecoder<FromRadio>({ decodePayload: decodeFromRadio });
  for await (const chunk of input as AsyncIterable<Buffer>) {
    for (const item of decoder.push(chunk)) await writeLine(JSON.stringify(decodeItemToJson(item)));
  }
  for (const item of decoder.end()) await writeLine(JSON.stringify(decodeItemToJson(item)));
}
