/**
 * The page's words: every language has every message with the same placeholders, every key the page asks for
 * exists, and the message formatter (plurals, numbers) says what it should and never throws.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

interface I18n {
  MESSAGES: Record<string, Record<string, string>>;
  format(template: string, vars: Record<string, unknown>, lang: string): string;
}

const publicDir = new URL('../../../gateway/web/public/', import.meta.url);
const modulePath = new URL('i18n.js', publicDir).href;
const { MESSAGES, format } = (await import(modulePath)) as I18n;
const languages = Object.keys(MESSAGES);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]).sort();
const read = (file: string) => readFileSync(new URL(file, publicDir), 'utf8');

describe('the page in every language', () => {
  it('speaks English and Spanish', () => {
    expect(languages).toEqual(['en', 'es']);
  });

  it.each(languages.filter((lang) => lang !== 'en'))('%s has every English message, no more, with the same placeholders', (lang) => {
    const english = MESSAGES.en as Record<string, string>;
    const other = MESSAGES[lang] as Record<string, string>;
    expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
    for (const key of Object.keys(english)) {
      expect(placeholders(other[key] as string), key).toEqual(placeholders(english[key] as string));
      expect((other[key] as string).trim(), key).not.toBe('');
    }
  });

  it('has every key the page names, in its markup and its script', () => {
    const html = read('index.html');
    const keys = [...html.matchAll(/data-i18n(?:-[a-z-]+)?="([^"]+)"/g)].map((m) => m[1] as string);
    for (const script of ['app.js', 'offline-map.js'].map(read)) keys.push(...[...script.matchAll(/\bt\('([a-zA-Z.]+)'/g)].map((m) => m[1] as string));
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) expect(MESSAGES.en, key).toHaveProperty([key]);
  });

  it('has a unit and a category name for every unit and category the gateway sends', () => {
    for (const unit of ['portions', 'hours', 'trips', 'kwh', 'litres', 'items', 'nights', 'people', 'credits']) {
      expect(MESSAGES.en).toHaveProperty([`unit.${unit}`]);
      expect(MESSAGES.en).toHaveProperty([`unitName.${unit}`]);
    }
    for (const category of ['meals', 'childcare', 'transport', 'medical', 'power', 'shelter', 'repair', 'water', 'supplies', 'other']) {
      expect(MESSAGES.en).toHaveProperty([`cat.${category}`]);
    }
  });
});

describe('the message formatter', () => {
  it.each([
    ['en', 'unit.hours', 1, '1 hour'],
    ['en', 'unit.hours', 2, '2 hours'],
    ['en', 'unit.hours', 1.5, '1.5 hours'],
    ['es', 'unit.hours', 1, '1 hora'],
    ['es', 'unit.hours', 2.5, '2,5 horas'],
    ['es', 'unit.litres', 1000, '1000 litros'],
    ['en', 'unit.people', 1, '1 person'],
    ['en', 'unit.people', 3, '3 people'],
  ])('%s %s with %d says "%s"', (lang, key, count, expected) => {
    expect(format(MESSAGES[lang]?.[key] as string, { count }, lang)).toBe(expected);
  });

  it('fills several plurals and names in one message, and leaves out an =0 form', () => {
    expect(format(MESSAGES.en?.['safe.counts'] as string, { safe: 1, help: 2 }, 'en')).toBe('1 household safe · 2 asking for help');
    expect(format(MESSAGES.es?.['safe.counts'] as string, { safe: 2, help: 1 }, 'es')).toBe('2 hogares están bien · 1 pide ayuda');
    expect(format(MESSAGES.en?.['recovery.notice'] as string, { time: '14:00', held: 0 }, 'en')).not.toContain('to be recorded');
    expect(format(MESSAGES.en?.['recovery.notice'] as string, { time: '14:00', held: 2 }, 'en')).toContain('2 wait to be recorded.');
  });

  it('never throws, whatever the template and the values', () => {
    fc.assert(
      fc.property(fc.string(), fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string(), fc.integer(), fc.double())), (template, vars) => {
        expect(typeof format(template, vars, 'en')).toBe('string');
      }),
      { numRuns: 2_000 },
    );
  });
});
