import fc from 'fast-check';
import { fromBinary } from '@bufbuild/protobuf';
import { Mesh, Portnums } from '@meshtastic/protobufs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PSK, channelCrypt, channelHash, channelName, expandPsk } from '../../../protocol/meshtastic/channel-crypto.ts';

describe('channel crypto', () => {
  it('decrypts a packet published on a public neighbourhood mesh (BerlinMesh, AES-256) to its text', () => {
    // Values as published by a mesh user with the channel key and the packet header, not made with this code.
    const key = Buffer.from('Nmh7EooP2Tsc+7pvPwXLcEDDuYhk+fBo2GLnbA1Y1sg=', 'base64');
    expect(channelHash('BerlinMesh', key)).toBe(35);
    const data = fromBinary(Mesh.DataSchema, channelCrypt(key, 3_915_687_257, 0x9e95cf60, Buffer.from('Q1R7tgI5yXzMXu/3', 'base64')));
    expect(data.portnum).toBe(Portnums.PortNum.TEXT_MESSAGE_APP);
    expect(new TextDecoder().decode(data.payload)).toBe('Nabend');
    expect(data.bitfield).toBe(1);
  });

  it('expands short keys as the firmware does and names the default channel after its preset', () => {
    expect(expandPsk(Uint8Array.of(1))).toEqual(DEFAULT_PSK);
    expect(expandPsk(Uint8Array.of(2))[15]).toBe(0x02);
    expect(expandPsk(Uint8Array.of(0))).toHaveLength(0);
    expect(expandPsk(Uint8Array.of(1, 2, 3))).toHaveLength(16);
    expect(expandPsk(new Uint8Array(20))).toHaveLength(32);
    expect(channelName('', 'LONG_FAST')).toBe('LongFast');
    expect(channelName('Mill Lane', 'LONG_FAST')).toBe('Mill Lane');
    // The well-known hash of the default LongFast channel.
    expect(channelHash('LongFast', DEFAULT_PSK)).toBe(8);
  });

  it('is its own inverse for any key size, id, sender and payload', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 16, 32), fc.nat(0xffffffff), fc.nat(0xffffffff), fc.uint8Array({ maxLength: 256 }), (size, id, from, bytes) => {
        const key = new Uint8Array(size).map((_, i) => (i * 7 + 1) & 0xff);
        const sealed = channelCrypt(key, id, from, bytes);
        if (size > 0 && bytes.length > 8) expect(Buffer.from(sealed).equals(Buffer.from(bytes))).toBe(false);
        expect(channelCrypt(key, id, from, sealed)).toEqual(bytes);
      }),
    );
  });
});
