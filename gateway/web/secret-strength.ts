/**
 * How hard a secret is to guess, by zxcvbn's estimate (dictionaries of common passwords, names and words,
 * keyboard patterns, dates). A secret must need at least 10^8 guesses (zxcvbn's score 3), which at the gateway's
 * guess budget (one a minute sustained) is beyond any outage; a 4-digit PIN needs about 10^4.
 */
import { randomInt } from 'node:crypto';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

const MIN_GUESSES_LOG10 = 8;

let estimator: ZxcvbnFactory | undefined;

/** Why `secret` is too easy to guess, or undefined when it is strong enough. */
export function weakness(secret: string): string | undefined {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  const result = estimator.check(secret);
  if (result.guessesLog10 >= MIN_GUESSES_LOG10) return undefined;
  const why = result.feedback.warning ?? `it could be guessed in about 10^${Math.floor(result.guessesLog10)} tries`;
  return [why, ...result.feedback.suggestions].join(' ');
}

/**
 * Five words drawn at random from the BIP-39 list of 2,048 (55 bits): easy to read out, type on a phone or scan
 * from a QR code, and beyond guessing on a LAN.
 */
export function newPassphrase(words = 5): string {
  return Array.from({ length: words }, () => wordlist[randomInt(wordlist.length)]).join(' ');
}

/** Passphrases compare without regard to case or how words are separated: neighbours type them on phones. */
export function normaliseSecret(secret: string): string {
  return secret
    .trim()
    .toLowerCase()
    .split(/[\s-]+/)
    .join(' ');
}
