/**
 * Who speaks in a chat message sent from a gateway's page. On air it is the gateway's radio that sends, so the
 * neighbour's name goes in front of the text, the way Meshtastic's own bridges do it ("Maria: water at 5"): every
 * app on the mesh shows it readably, and meshloom pages show it as Maria of that neighbourhood.
 */
import { appErrors } from './errors.ts';

const SPEAKER_MAX_CHARS = 32;
const SPOKEN = /^([^:\n@]{1,32}): (\S[\s\S]*)$/u;

export function speakerText(name: string, text: string): string {
  const speaker = name.trim();
  if (speaker === '') return text;
  if (speaker.includes(':') || speaker.includes('@') || [...speaker].length > SPEAKER_MAX_CHARS) {
    throw appErrors.MESHLOOM_ERR_FIELD_INVALID('name', `at most ${SPEAKER_MAX_CHARS} letters, without ":" or "@"`);
  }
  return `${speaker}: ${text}`;
}

/** The neighbour and the text of a message from a gateway, when it has the speaker's form. */
export function splitSpeaker(text: string): { name: string; text: string } | undefined {
  const match = SPOKEN.exec(text);
  return match ? { name: match[1] as string, text: match[2] as string } : undefined;
}
