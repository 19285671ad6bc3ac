import { describe, expect, it } from 'vitest';
import { laterEn } from './later-messages';
import { en as enFirst } from './messages';
import { es as esFirst, esLater } from './messages-es';
import { pluralsOf } from './plural';
import { editorEn, editorEs } from './editor-messages';

describe('pluralsOf', () => {
  it('chooses by the language’s rules, falling back to the other form', () => {
    const english = pluralsOf('en');
    const spanish = pluralsOf('es');
    const forms = { one: 'one', other: 'other' };
    expect([0, 1, 2, 1.5].map((count) => english(count, forms))).toEqual([
      'other',
      'one',
      'other',
      'other',
    ]);
    expect(spanish(1, forms)).toBe('one');
    expect(spanish(1_000_000, { ...forms, many: 'many' })).toBe('many');
    expect(spanish(1_000_000, forms)).toBe('other');
  });
});

describe('counted messages', () => {
  it('speak of one thing in the singular and of none or many in the plural', () => {
    const en = { ...enFirst, ...laterEn };
    const es = { ...esFirst, ...esLater };
    expect([0, 1, 2].map((count) => en.evidence(count, 0))).toEqual([
      'Evidence: 0 excerpts',
      'Evidence: 1 excerpt',
      'Evidence: 2 excerpts',
    ]);
    expect(en.evidence(2, 1)).toBe('Evidence: 2 excerpts, 1 disputing it');
    expect(es.evidence(3, 2)).toBe('Pruebas: 3 extractos, 2 lo discuten');
    expect(es.evidence(2, 1)).toBe('Pruebas: 2 extractos, 1 lo discute');
    expect(en.storeReport(1, 0, 0)).toBe('1 item dropped · 0 warnings');
    expect(en.storeReport(0, 0, 20_000)).toBe('0 items dropped · 20,000 warnings');
    expect([1, 2].map((count) => en.storeProblems(count))).toEqual(['1 problem', '2 problems']);
    expect(en.aggregateName(1)).toBe('1 event counted by period: choose a period to zoom in');
    expect(en.aggregateTitle(1, 'May', 'June')).toBe(
      '1 event, May – June: click or press Enter to zoom in and see it',
    );
    expect(en.aggregateName(4_602)).toMatch(/^4,602 events counted by period/);
    expect(en.searchMatches(1_234, 'x')).toBe('1,234 matches for “x”');
    expect(en.showEvents(1)).toBe('Show 1 event');
    expect(en.exported(1, 'CSV')).toBe('1 event downloaded as CSV.');
    expect(en.exportSummary(1)).toMatch(/^The 1 event that pass/);
    expect(es.storeReport(1, 0, 2)).toBe('1 elemento descartado · 2 avisos');
    expect([1, 2].map((count) => es.storeProblems(count))).toEqual(['1 problema', '2 problemas']);
    expect(es.eventsChecked(1)).toBe('1 evento comprobado');
    expect(es.aggregateName(1)).toBe(
      '1 evento contado por periodo: elige un periodo para acercarlo',
    );
    expect(es.aggregateTitle(3, 'mayo', 'junio')).toBe(
      '3 eventos, mayo – junio: haz clic o pulsa Intro para acercar y verlos',
    );
    expect(es.aggregateContested(1)).toBe('1 discutido o desmentido');
    expect(es.aggregateContested(3)).toBe('3 discutidos o desmentidos');
    expect(es.eventsChecked(2_000)).toBe('2000 eventos comprobados');
    expect(es.exportSummary(1)).toMatch(/^El evento que pasa los filtros/);
    expect(es.exportSummary(3)).toMatch(/^Los 3 eventos que pasan los filtros/);
    expect(es.searchMatches(1, 'x')).toBe('1 coincidencia para «x»');
    expect(es.showEvents(0)).toBe('Mostrar 0 eventos');
    expect([1, 2].map((total) => en.eventCount(total, total))).toEqual(['1 event', '2 events']);
    expect(en.eventCount(0, 1)).toBe('0 of 1 event');
    expect(es.eventCount(1, 1)).toBe('1 evento');
    expect(`${en.timelineWindow('May', 'June')} ${en.timelineInView(1, 1)}`).toBe(
      'Showing May to June: 1 of 1 event in view.',
    );
    expect(en.importPreviewCaption(1, 1, 1)).toBe('The event, in 1 lane');
    expect(en.importPreviewCaption(3, 3, 2)).toBe('All 3 events, in 2 lanes');
    expect(en.importPreviewCaption(5, 20, 2)).toBe('The first 5 of 20 events, in 2 lanes');
    expect(es.importPreviewCaption(1, 1, 1)).toBe('El evento, en 1 carril');
    expect(es.importCounts(1, 0, 2, 0, 0)).toBe(
      '1 asignado · 0 deducidos · 2 elementos descartados',
    );
    expect([1, 1_204].map((count) => editorEn.selected(count))).toEqual([
      '1 character selected.',
      '1,204 characters selected.',
    ]);
    expect(editorEs.selected(1)).toBe('1 carácter seleccionado.');
  });

  // A row dropped and a kept row's coordinates left out are not "2 items dropped".
  it('count the items dropped apart from the fields left out of items kept', () => {
    const en = { ...enFirst, ...laterEn };
    const es = { ...esFirst, ...esLater };
    expect(en.storeReport(1, 1, 59)).toBe('1 item dropped · 1 field left out · 59 warnings');
    expect(es.storeReport(1, 2, 1)).toBe('1 elemento descartado · 2 campos omitidos · 1 aviso');
    expect(en.importCounts(9, 1, 1, 1, 0)).toBe(
      '9 mapped · 1 guessed · 1 item dropped · 1 field left out',
    );
    expect(en.importCounts(9, 1, 2, 0, 0)).toBe('9 mapped · 1 guessed · 2 items dropped');
    expect(en.importCounts(9, 1, 0, 0, 1)).toBe(
      '9 mapped · 1 guessed · 0 items dropped · 1 warning',
    );
    expect(es.importCounts(9, 1, 0, 0, 2)).toBe(
      '9 asignados · 1 deducido · 0 elementos descartados · 2 avisos',
    );
    expect(es.importCounts(9, 1, 1, 3, 0)).toBe(
      '9 asignados · 1 deducido · 1 elemento descartado · 3 campos omitidos',
    );
    expect(en.importDroppedTitle('CSV/TSV table', 1, 1)).toBe(
      'Dropped on import from CSV/TSV table: 1 item, and 1 field of an item kept',
    );
    expect(en.importDroppedTitle('CSV/TSV table', 2, 0)).toBe(
      'Dropped on import from CSV/TSV table: 2 items',
    );
    expect(es.importDroppedTitle('tabla CSV/TSV', 1, 2)).toBe(
      'Descartado al importar un archivo de tipo tabla CSV/TSV: 1 elemento, y 2 campos de elementos conservados',
    );
    expect(editorEn.importedInto('CSV/TSV table', 59, 1, 1)).toBe(
      'Imported from CSV/TSV table: 59 events; 1 item left out, and 1 field of an event kept:',
    );
    expect(editorEn.importedInto('CSV/TSV table', 3, 0, 2)).toBe(
      'Imported from CSV/TSV table: 3 events; 2 fields left out of events kept:',
    );
    expect(editorEn.importedInto('CSV/TSV table', 3, 0, 0)).toBe(
      'Imported from CSV/TSV table: 3 events.',
    );
    expect(editorEs.importedInto('tabla CSV/TSV', 59, 1, 1)).toBe(
      'Importado de un archivo de tipo tabla CSV/TSV: 59 eventos; 1 elemento omitido, y 1 campo omitido de un evento conservado:',
    );
  });
});
