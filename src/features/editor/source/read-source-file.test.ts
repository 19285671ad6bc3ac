// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readSourceFile } from './read-source-file';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

const PAGE =
  '<!DOCTYPE html><html lang="es"><head><meta charset="iso-8859-1"><title>Putin llega a Pionyang</title></head>' +
  '<body><article><p>El presidente ruso, Vladímir Putin, llegó a Pionyang en la madrugada del miércoles.</p>' +
  '<p>Es su primera visita a Corea del Norte en 24 años.</p></article></body></html>';

describe('readSourceFile', () => {
  it('reads a saved page in the charset it declares, and says so', async () => {
    const read = await readSourceFile(
      new File([latin1(PAGE)], 'articulo.html', { type: 'text/html' }),
    );
    expect(read.text).toBe(
      'El presidente ruso, Vladímir Putin, llegó a Pionyang en la madrugada del miércoles.\n\nEs su primera visita a Corea del Norte en 24 años.',
    );
    expect(read.encoding).toEqual({
      encoding: 'windows-1252',
      by: 'declared',
      declared: 'iso-8859-1',
    });
    expect(read.language).toBe('es');
  });

  it('reads a Latin-1 text file as windows-1252, and says it was a guess', async () => {
    const read = await readSourceFile(
      new File([latin1('Pionyang, 19 de junio.\r\nLlegó tras 24 años.')], 'nota.txt'),
    );
    expect(read).toEqual({
      text: 'Pionyang, 19 de junio.\nLlegó tras 24 años.',
      title: 'nota',
      language: '',
      metadata: {},
      encoding: { encoding: 'windows-1252', by: 'fallback' },
    });
  });

  it('reads UTF-8 as UTF-8', async () => {
    const read = await readSourceFile(new File(['Llegó tras 24 años.'], 'nota.md'));
    expect(read.text).toBe('Llegó tras 24 años.');
    expect(read.encoding).toEqual({ encoding: 'utf-8', by: 'utf-8' });
  });
});
