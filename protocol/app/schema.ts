/** The protobufjs types of meshloom.proto, loaded once from the .proto file beside this module. */
import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';

const source = readFileSync(new URL('./meshloom.proto', import.meta.url), 'utf8');
const root = protobuf.parse(source, { keepCase: false }).root;

const type = (name: string) => root.lookupType(`meshloom.${name}`);

export const schema = {
  Entry: type('Entry'),
  Entries: type('Entries'),
  Announce: type('Announce'),
  Alert: type('Alert'),
  AlertAck: type('AlertAck'),
  Digest: type('Digest'),
  Request: type('Request'),
  Fragment: type('Fragment'),
  FederationFrame: type('FederationFrame'),
} as const;

export type SchemaName = keyof typeof schema;
