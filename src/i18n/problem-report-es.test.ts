import { describe, expect, it } from 'vitest';
import type { Problem } from '../format/problems';
import { problemGroupInSpanish } from './problem-report-es';

const problem = (patch: Partial<Problem>): Problem => ({
  severity: 'dropped',
  path: 'events[3].start',
  message: 'invalid value; the event dropped',
  expected:
    'a date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], years 0001 to 9999',
  value: '"2021-02-30"',
  ...patch,
});
const line = (patch: Partial<Problem>, paths = [patch.path ?? 'events[3].start']) =>
  problemGroupInSpanish({ problem: problem(patch), paths });

describe('a line of the store report in Spanish', () => {
  it('says what is wrong, what loading did about it, what was found and what is expected', () => {
    expect(line({})).toBe(
      'events[3].start: valor no válido; se descarta el evento (se encontró "2021-02-30"); se esperaba una fecha: YYYY, YYYY-MM, YYYY-MM-DD o YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM], años 0001 a 9999',
    );
    expect(
      line({
        severity: 'warning',
        path: 'language',
        message: 'required field missing; "en" assumed',
        expected: 'a BCP 47 language tag, such as "en"',
        value: undefined,
      }),
    ).toBe(
      'language: falta este campo obligatorio; se supone "en"; se esperaba una etiqueta de idioma BCP 47, como "en"',
    );
  });

  it('keeps the store’s paths and values, counting the places past the first three as Spanish writes numbers', () => {
    const paths = Array.from({ length: 1159 }, (_, i) => `events[${i}].excerpts`);
    expect(
      line(
        {
          severity: 'warning',
          message: 'the event has no excerpts: nothing shows what it rests on',
          expected: 'at least one excerpt quoting a source',
          value: '[]',
        },
        paths,
      ),
    ).toBe(
      'events[0].excerpts, events[1].excerpts, events[2].excerpts y 1156 más: el evento no tiene fragmentos: nada muestra en qué se basa (se encontró []); se esperaba al menos un fragmento que cite una fuente',
    );
    expect(line({ message: 'wrong type (an array)', value: '[…] (1 items)' })).toMatch(
      /^events\[3\]\.start: tipo incorrecto \(una lista\) \(se encontró \[…\] \(1 elemento\)\); /,
    );
  });

  it('has none when a part of the problem is not in the tables', () => {
    expect(line({ message: 'invalid value; the universe dropped' })).toBeUndefined();
    expect(line({ message: 'a fault no validator reports' })).toBeUndefined();
    expect(line({ expected: 'something new' })).toBeUndefined();
  });
});
