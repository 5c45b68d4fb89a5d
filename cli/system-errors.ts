/**
 * What the operating system said, as one line a person can act on: the command line never prints a stack trace
 * for a missing file, a port in use or an address this machine does not have (MESHLOOM_DEBUG=1 shows it).
 */
export function describeSystemError(err: unknown): string | undefined {
  const e = err as NodeJS.ErrnoException & { address?: string; port?: number };
  switch (e?.code) {
    case 'ENOENT':
      return `no such file or folder: ${e.path ?? 'the one given'}`;
    case 'EACCES':
    case 'EPERM':
      return `not allowed to use ${e.path ?? (e.port !== undefined ? `port ${e.port}` : 'that')}: ${e.port !== undefined && e.port < 1024 ? 'ports below 1024 need root; choose another (e.g. --http-port 8080)' : 'check its permissions (serial ports: add yourself to the dialout group)'}`;
    case 'EADDRINUSE':
      return `port ${e.port} on ${e.address} is already in use (another program, or another meshloom): choose another, e.g. --http-port ${(e.port ?? 8080) + 1}, or --http-port 0 for any free one`;
    case 'EADDRNOTAVAIL':
      return `${e.address} is not an address of this machine: use --host 0.0.0.0 to listen on all of them, or one from \`ip addr\``;
    case 'EISDIR':
      return `${e.path} is a folder, not a file`;
    default:
      return undefined;
  }
}
