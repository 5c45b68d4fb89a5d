/** The broker addresses the firmware treats as private (no OK-to-MQTT bit needed), and the ones it does not. */
import { describe, expect, it } from 'vitest';
import { brokerHost, isPrivateAddress } from '../../../gateway/federation/broker-address.ts';

describe('broker address', () => {
  it.each([
    '192.168.1.20',
    '172.16.0.1',
    '172.31.255.254',
    '10.200.0.3',
    '169.254.9.9',
    '127.0.0.1',
    '100.64.0.1',
    '::1',
    'fd12:3456::1',
    'fe80::1',
    '::ffff:10.0.0.5',
    '[::1]',
  ])('%s is private', (address) => expect(isPrivateAddress(address)).toBe(true));

  it.each(['8.8.8.8', '172.32.0.1', '127.0.0.2', '100.128.0.1', '2001:db8::1', 'broker.local', ''])('%s is not', (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  );

  it('reads the host from a broker URL', () => {
    expect(brokerHost('mqtts://MQTT.meshtastic.org:8883')).toBe('mqtt.meshtastic.org');
    expect(brokerHost('mqtt://10.0.0.5:1883')).toBe('10.0.0.5');
    expect(brokerHost('not a url')).toBe('');
  });
});
