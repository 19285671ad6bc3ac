import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { everyImportNote } from '../format/convert/every-note-fixture';
import {
  type FileContainer,
  type ImportFormat,
  type ImportNote,
  FORMAT_NAMES,
  formatName,
} from '../format/convert/import-report';
import { FORMAT_NAMES_ES } from './import-formats-es';
import { SPANISH_NOTE_PHRASES } from './import-notes-es';
import { SPANISH_PLACE_WORDS } from './import-places-es';
import { noteInSpanish } from './import-report-es';

/*
 * The real importers, run over files that make them say every note they have words for
 * (every-note-fixture.ts): a note added to an importer, or reworded, without its Spanish
 * fails here, and so does Spanish for a note that no importer writes any more.
 */

let notes: ImportNote[] = [];
beforeAll(async () => {
  notes = await everyImportNote();
});

const messages = () => new Set(notes.map((note) => note.message));

/** The rule that translates a message: the first that matches, as messageInSpanish takes it. */
const ruleOf = (message: string) =>
  SPANISH_NOTE_PHRASES.phrases.has(message)
    ? undefined
    : SPANISH_NOTE_PHRASES.rules.find(([pattern]) => pattern.test(message));

describe('the Spanish of the importers’ notes', () => {
  it('has Spanish for every note, where it was as well as what it says', () => {
    const missing = new Set<string>();
    for (const note of notes) {
      if (noteInSpanish(note) === undefined) missing.add(`${note.where} | ${note.message}`);
    }
    expect([...missing], 'notes without Spanish (where | message)').toEqual([]);
  });

  it('has no phrase or rule that no importer says any more', () => {
    const said = messages();
    const phrases = [...SPANISH_NOTE_PHRASES.phrases.keys()].filter((phrase) => !said.has(phrase));
    expect(phrases, 'Spanish phrases no file provokes').toEqual([]);
    const used = new Set([...said].map(ruleOf));
    const rules = SPANISH_NOTE_PHRASES.rules
      .filter((rule) => !used.has(rule))
      .map(([pattern]) => pattern.source);
    expect(rules, 'Spanish rules no file provokes').toEqual([]);
  });

  it('has no word for a part of a note that no importer says any more', () => {
    const said = [...messages()];
    const unsaid = (words: Iterable<string>, sayings: string[]) =>
      [...words].filter((word) => !sayings.some((saying) => saying.includes(word)));
    expect(unsaid(SPANISH_NOTE_PHRASES.dateRefusals.keys(), said)).toEqual([]);
    const fields = said.flatMap((message) => /^(\w+) ← /.exec(message)?.[1] ?? []);
    expect(unsaid(SPANISH_NOTE_PHRASES.fields.keys(), fields)).toEqual([]);
    for (const [name, words] of Object.entries(SPANISH_NOTE_PHRASES.parts)) {
      expect(unsaid(words.keys(), said), name).toEqual([]);
    }
  });

  it('has no word for a place that no note names', () => {
    // Places as notes name them: where they were, and in the lists their messages hold.
    const places = new Set(
      notes
        .flatMap((note) => [note.where, note.message])
        .flatMap((text) => text.split(/[():]|, | and /))
        .map((place) => place.trim()),
    );
    const numbers = (word: string, plural = '') =>
      [...places].some((place) => new RegExp(`^${word}${plural} \\d+$`).test(place));
    const { counted, numbered, named } = SPANISH_PLACE_WORDS;
    expect([...counted.keys()].filter((word) => !numbers(word, 's?'))).toEqual([]);
    expect([...numbered.keys()].filter((word) => !numbers(word))).toEqual([]);
    expect([...named.keys()].filter((word) => !places.has(word))).toEqual([]);
  });

  it('leaves no English in a Spanish note but what the file wrote', () => {
    for (const note of notes) {
      const spanish = noteInSpanish(note);
      if (spanish === undefined) continue;
      const words = `${spanish.where} ${spanish.message}`
        // Values quoted from the file, and JSON paths into it, stay as they are.
        .replace(/"(?:[^"\\]|\\.)*"/g, '')
        .replace(/[\w$]+(?:\[\d+\]|\.[\w$]+)+/g, '');
      expect(words).not.toMatch(
        /\b(the|and|of|from|left|out|read|taken|imported|rows?|events?|with|its|is|are|more)\b/,
      );
    }
  });
});

describe('the Spanish of what the importers’ code says', () => {
  const CONVERT = 'src/format/convert';
  // A note whose words are written out where it is reported: report.dropped(where, '…'), or droppedItem.
  const LITERAL =
    /\.(?:mapped|guessed|dropped|droppedItem)\(\s*[^,]+,\s*(?:'([^'\\]*)'|"([^"\\]*)")\s*,?\s*\)/g;

  it('has every phrase written out in a report call, even one no test file provokes', () => {
    const sources = readdirSync(CONVERT).filter(
      (name) => name.endsWith('.ts') && !name.includes('.test.') && !name.includes('fixture'),
    );
    const written = sources.flatMap((name) =>
      [...readFileSync(`${CONVERT}/${name}`, 'utf8').matchAll(LITERAL)].map(
        (match) => match[1] ?? match[2]!,
      ),
    );
    expect(written.length).toBeGreaterThan(30);
    expect(written.filter((phrase) => !SPANISH_NOTE_PHRASES.phrases.has(phrase))).toEqual([]);
  });

  it('names every format in Spanish, and no format that is not one', () => {
    const containers: (FileContainer | undefined)[] = [undefined, 'xlsx', 'ods', 'kmz'];
    const names = new Set(
      (Object.keys(FORMAT_NAMES) as ImportFormat[]).flatMap((format) =>
        containers.map((container) => formatName(format, container)),
      ),
    );
    expect([...names].filter((name) => !FORMAT_NAMES_ES.has(name))).toEqual([]);
    expect([...FORMAT_NAMES_ES.keys()].filter((name) => !names.has(name))).toEqual([]);
  });
});
