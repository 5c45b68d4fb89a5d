/**
 * What the firmware's MQTT module decides from where its broker is: a broker on a private address (the
 * neighbourhood's own) is exempt from the OK-to-MQTT bit, and the public Meshtastic broker gets no range-test
 * or detection-sensor traffic. The address ranges are the firmware's, plus their IPv6 counterparts.
 */
import { BlockList, isIP } from 'node:net';

export const PUBLIC_MESHTASTIC_BROKER = 'mqtt.meshtastic.org';

const PRIVATE = new BlockList();
PRIVATE.addSubnet('192.168.0.0', 16, 'ipv4');
PRIVATE.addSubnet('172.16.0.0', 12, 'ipv4');
PRIVATE.addSubnet('169.254.0.0', 16, 'ipv4');
PRIVATE.addSubnet('10.0.0.0', 8, 'ipv4');
PRIVATE.addAddress('127.0.0.1', 'ipv4');
PRIVATE.addSubnet('100.64.0.0', 10, 'ipv4');
PRIVATE.addAddress('::1', 'ipv6');
PRIVATE.addSubnet('fc00::', 7, 'ipv6');
PRIVATE.addSubnet('fe80::', 10, 'ipv6');

/** True for an address in a private, link-local, loopback or carrier-grade NAT range; false for names. */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '');
  const family = isIP(ip);
  if (family === 0) return false;
  // An IPv4-mapped IPv6 address (::ffff:10.0.0.5, as a dual-stack socket reports) is checked as IPv4.
  return PRIVATE.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

/** The broker's host name from its URL, lower-case; empty when the URL does not parse. */
export function brokerHost(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
