import { describe, expect, it } from 'vitest';
import { editorEn, editorEs } from './editor-messages';
import { laterEn } from './later-messages';
import { esLater } from './messages-es';

const addressFailureEn = laterEn.importFetchFailed;
const addressFailureEs = esLater.importFetchFailed;

/*
 * Every answer a server can give to a file asked for by its address, and none: each language
 * names the same statuses and advises on the same, so that no status is explained in one
 * language and bare in the other; and the editor, whose catalogue takes them from the same
 * module (address-failure-messages.ts), says what the explorer says.
 */

const STATUSES = Array.from({ length: 500 }, (_, i) => 100 + i);
const named = (sentence: string) => / \(.+\)\./.test(sentence.split('. ')[0] + '.');
const advised = (sentence: string) => /\.\s\S/.test(sentence);

describe('why an address gave nothing to import, in English and Spanish', () => {
  it('names and advises on the same statuses in both languages', () => {
    for (const status of STATUSES) {
      const en = addressFailureEn(status);
      const es = addressFailureEs(status);
      expect([named(es), advised(es)], `${status}: ${en} | ${es}`).toEqual([
        named(en),
        advised(en),
      ]);
      expect(en).toContain(String(status));
      expect(es).toContain(String(status));
    }
  });

  it('the editor says what the explorer’s Import dialog says', () => {
    for (const status of [null, ...STATUSES])
      for (const advise of [true, false]) {
        expect(editorEn.addressFailed(status, advise)).toBe(addressFailureEn(status, advise));
        expect(editorEs.addressFailed(status, advise)).toBe(addressFailureEs(status, advise));
      }
  });

  it('says what the common answers mean, and what to do', () => {
    expect(addressFailureEn(404)).toBe('The server answered 404 (not found). Check the address.');
    expect(addressFailureEs(404)).toBe(
      'El servidor respondió 404 (no encontrado). Comprueba la dirección.',
    );
    expect(addressFailureEs(403)).toBe(
      'El servidor respondió 403 (acceso prohibido). El archivo no es público: descárgalo y abre el archivo.',
    );
    expect(addressFailureEs(503)).toBe(
      'El servidor respondió 503 (no disponible). Vuelve a intentarlo más tarde.',
    );
    expect(addressFailureEn(418)).toBe('The server answered 418.');
    expect(addressFailureEs(404, false)).toBe('El servidor respondió 404 (no encontrado).');
  });

  it('with no answer at all, says what a person can check and do, in both', () => {
    expect(addressFailureEn(null)).toMatch(/connection.*download it, then open the file\.$/);
    expect(addressFailureEs(null)).toMatch(/conexión.*descárgalo y abre el archivo\.$/);
  });
});
