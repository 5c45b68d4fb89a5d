/**
 * How a neighbour joins: a link to the page with the neighbourhood secret in its fragment (never sent to the
 * server, never in its logs), as text and as a QR code to scan from the operator's screen or a printed sheet.
 */
import QRCode from 'qrcode';

export interface JoinLink {
  url: string;
  /** The QR code as an SVG document. */
  svg: string;
}

export function joinUrl(pageUrl: string, secret: string): string {
  return `${pageUrl.replace(/#.*$/, '')}#secret=${encodeURIComponent(secret)}`;
}

export async function joinLink(pageUrl: string, secret: string): Promise<JoinLink> {
  const url = joinUrl(pageUrl, secret);
  return { url, svg: await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }) };
}

/** The QR code drawn with block characters, for the operator's terminal. */
export function joinQrForTerminal(pageUrl: string, secret: string): Promise<string> {
  return QRCode.toString(joinUrl(pageUrl, secret), { type: 'terminal', small: true, errorCorrectionLevel: 'M' });
}
