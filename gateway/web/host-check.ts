/**
 * Which Host headers the gateway answers: its own names and addresses only. A page on the internet can point a
 * name it controls at a LAN address (DNS rebinding) and then read the gateway's API from a neighbour's browser;
 * the browser sends that foreign name as Host, so refusing it closes the route. Names the operator uses beyond
 * these (a local DNS name, a reverse proxy) are added with --allowed-hosts.
 */
import { hostname, networkInterfaces } from 'node:os';

/** This machine's names and addresses, as a browser on the LAN would write them in a Host header. */
export function ownHostNames(extra: readonly string[] = []): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '[::1]', hostname(), `${hostname()}.local`]);
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) names.add(a.family === 'IPv6' ? `[${a.address.split('%')[0]}]` : a.address);
  }
  for (const name of extra) if (name.trim()) names.add(name.trim());
  return new Set([...names].map((n) => n.toLowerCase()));
}

/** The host part of a Host header (no port), lower-cased; IPv6 literals keep their brackets. */
export function hostOf(header: string | undefined): string {
  if (!header) return '';
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  return value.split(':')[0] ?? '';
}
