import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../format/problems';
import { leavesOut, problemText, problemTextInSpanish } from './problem-text';

const at = (problem: Partial<Problem>): Problem => ({
  severity: 'dropped',
  path: 'events[0].title',
  expected: 'a title as a non-empty string',
  message: 'invalid value; the event dropped',
  ...problem,
});

describe('problemText', () => {
  it('says a field left empty is required, with what it takes', () => {
    expect(problemText(at({ value: '""' }))).toBe('Required: a title.');
    expect(
      problemText(at({ value: undefined, message: 'required field missing; the source dropped' })),
    ).toBe('Required: a title.');
    expect(
      problemText(at({ value: '[]', expected: 'at least one actor id', path: 'events[0].actors' })),
    ).toBe('Required: at least one actor.');
    expect(
      problemText(
        at({
          value: '"2024-13"',
          path: 'events[0].start',
          expected:
            'a date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], years 0001 to 9999',
        }),
      ),
    ).toBe(
      'Not valid (found "2024-13"); expected a date such as 2024, 2024-06, 2024-06-19 or 19 June 2024.',
    );
  });

  it('shows what was found against what is expected, without the path or the outcome', () => {
    const text = problemText(
      at({
        path: 'events[0].start',
        value: '"2024-13"',
        expected: 'a date: YYYY, YYYY-MM or YYYY-MM-DD',
      }),
    );
    expect(text).toBe('Not valid (found "2024-13"); expected a date: YYYY, YYYY-MM or YYYY-MM-DD.');
  });

  it('keeps the validator’s own account of other problems', () => {
    const text = problemText(
      at({
        path: 'events[0].end',
        value: '"2024-01-01"',
        expected: 'an end on or after the start',
        message: 'the end is before the start; the event dropped',
      }),
    );
    expect(text).toBe(
      'The end is before the start (found "2024-01-01"); expected an end on or after the start.',
    );
  });
});

describe('problemText in Spanish', () => {
  const es = (problem: Partial<Problem>) => problemText(at(problem), 'es');

  it('says a required field in Spanish, in a form’s words', () => {
    expect(es({ value: '""' })).toBe('Obligatorio: un título.');
    expect(es({ path: 'title', value: undefined, expected: 'a non-empty string' })).toBe(
      'Obligatorio.',
    );
    expect(es({ value: '[]', expected: 'at least one actor id', path: 'events[0].actors' })).toBe(
      'Obligatorio: al menos un actor.',
    );
  });

  it('says a bad date, keeping the value, with dates as the field reads them', () => {
    expect(
      es({
        path: 'events[0].start',
        value: '"2024-13"',
        expected:
          'a date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], years 0001 to 9999',
      }),
    ).toBe(
      'No válido (se encontró "2024-13"); se esperaba una fecha como 2024, 2024-06, 2024-06-19 o 19 de junio de 2024.',
    );
  });

  it('says an end before the start, with the start it must not precede', () => {
    expect(
      es({
        path: 'events[0].end',
        value: '"2024-01-01"',
        message: 'the end is before the start; the event dropped',
        expected: 'a date not before the start (2024-06-19)',
      }),
    ).toBe(
      'El fin es anterior al inicio (se encontró "2024-01-01"); se esperaba una fecha no anterior al inicio (2024-06-19).',
    );
  });

  it('says a bad language tag, keeping "en"', () => {
    expect(
      es({
        path: 'language',
        value: '"english"',
        message: 'not a language tag; "en" assumed',
        expected: 'a BCP 47 language tag, such as "en"',
      }),
    ).toBe(
      'No es una etiqueta de idioma (se encontró "english"); se esperaba una etiqueta de idioma BCP 47, como "en".',
    );
  });

  it('says an unknown actor', () => {
    expect(
      es({
        path: 'events[0].actors[0]',
        value: '"nobody"',
        message: 'unknown actor; the event dropped',
        expected: 'the id of an actor in this store',
      }),
    ).toBe(
      'Actor desconocido (se encontró "nobody"); se esperaba el id de un actor de este almacén.',
    );
  });

  it('says a quote not in its source, naming the source', () => {
    expect(
      es({
        path: 'events[0].excerpts[0].quote',
        value: '"not in it"',
        message: 'the quote is not in the text of source "report"; the event dropped',
        expected: 'the words of the source verbatim (only runs of white space may differ)',
      }),
    ).toBe(
      'La cita no está en el texto de la fuente "report" (se encontró "not in it"); se esperaba el texto literal de la fuente (solo pueden variar los espacios en blanco).',
    );
  });

  it('says an event has no excerpts', () => {
    expect(
      es({
        severity: 'warning',
        path: 'events[0].excerpts',
        value: '[]',
        message: 'the event has no excerpts: nothing shows what it rests on',
        expected: 'at least one excerpt quoting a source',
      }),
    ).toBe(
      'El evento no tiene fragmentos: nada muestra en qué se basa; se esperaba al menos un fragmento que cite una fuente.',
    );
  });

  it('says a latitude out of range and a value of the wrong type', () => {
    const lat = { path: 'events[0].place.lat', expected: 'a latitude, a number from -90 to 90' };
    expect(es({ ...lat, value: '100' })).toBe(
      'No válido (se encontró 100); se esperaba una latitud, un número de -90 a 90.',
    );
    expect(es({ ...lat, value: '"x"', message: 'wrong type (a string); the event dropped' })).toBe(
      'Tipo incorrecto (un texto) (se encontró "x"); se esperaba una latitud, un número de -90 a 90.',
    );
  });

  it('keeps the values of a closed list as they are', () => {
    expect(
      es({
        path: 'actors[0].kind',
        value: '"alien"',
        message: 'invalid value; the actor dropped',
        expected: 'one of "state", "person", "organization", "other"',
      }),
    ).toBe(
      'No válido (se encontró "alien"); se esperaba uno de "state", "person", "organization", "other".',
    );
  });

  it('says in English, and as untranslated, what its tables do not have', () => {
    const problem = at({ value: '"x"', message: 'something new; the event dropped' });
    expect(problemTextInSpanish(problem)).toEqual({
      text: 'Something new (found "x"); expected a title.',
      translated: false,
    });
    expect(problemText(at({ value: '""', expected: 'something new' }), 'es')).toBe(
      'Required: something new.',
    );
  });
});

describe('leavesOut', () => {
  it('is true of what drops the item, not of a field left out or a warning', () => {
    expect(leavesOut(at({}))).toBe(true);
    expect(
      leavesOut(at({ severity: 'warning', message: 'invalid value; the field left out' })),
    ).toBe(false);
    expect(
      leavesOut(
        at({
          severity: 'warning',
          message: 'the event has no excerpts: nothing shows what it rests on',
        }),
      ),
    ).toBe(false);
  });
});
