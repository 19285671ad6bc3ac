// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { textOfHtml } from './html-text';
import { textFromHtml } from './read-source-file';

const body = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

const PARAGRAPHS = [
  'Pionyang, 19 de junio de 2024. El presidente ruso, Vladímir Putin, llegó a Pionyang en la madrugada del miércoles para su primera visita a Corea del Norte en 24 años.',
  'Putin y Kim Jong-un firmaron un acuerdo de asociación estratégica integral que incluye una cláusula de asistencia mutua en caso de agresión.',
  'La última visita de Putin a Corea del Norte fue en julio de 2000, cuando se reunió con Kim Jong-il, padre del actual líder.',
];

// A news page as many sites serve it: minified, no white space between its tags.
const MINIFIED =
  '<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Putin llega a Pionyang | Diario</title></head><body><header><nav><a href="/">Inicio</a><a href="/mundo">Mundo</a></nav></header>' +
  `<article><h1>Putin llega a Pionyang</h1><p class="byline">Por Ana Pérez</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}` +
  '<ul><li>Primer punto</li><li>Segundo punto</li></ul></article><footer>© Diario 2024</footer><script>window.__pwned=1</script></body></html>';

// The same page as written by hand: indented, one tag a line.
const PRETTY = MINIFIED.replace(/></g, '>\n    <');

describe('textFromHtml', () => {
  it('keeps the paragraphs and list items of a minified page apart', () => {
    const { text, title, language } = textFromHtml(MINIFIED);
    expect(text).toContain(
      `Por Ana Pérez\n\n${PARAGRAPHS.join('\n\n')}\n\nPrimer punto\nSegundo punto`,
    );
    expect(text).not.toMatch(/PérezPionyang|años\.Putin|agresión\.La|puntoSegundo/);
    expect(text).not.toContain('__pwned');
    expect(title).toBe('Putin llega a Pionyang | Diario');
    expect(language).toBe('es');
  });

  it('gives the same text for the page minified and indented', () => {
    expect(textFromHtml(PRETTY).text).toBe(textFromHtml(MINIFIED).text);
  });

  it('keeps the lines of a page that is not an article', () => {
    const { text } = textFromHtml(
      '<html><body><div>Uno</div><div>Dos<br>Tres</div><h2>Cuatro</h2><p>Cinco</p><script>x()</script><style>p{}</style></body></html>',
    );
    expect(text.split(/\n+/)).toEqual(['Uno', 'Dos', 'Tres', 'Cuatro', 'Cinco']);
  });
});

describe('textOfHtml', () => {
  it('joins inline text as it is drawn and collapses its white space', () => {
    expect(
      textOfHtml(
        body('<p>El  presidente\n ruso, Vla<b>dí</b>mir <a href="#">Putin</a>,<br>llegó.</p>'),
      ),
    ).toBe('El presidente ruso, Vladímir Putin,\nllegó.');
  });

  it('makes headings and paragraphs paragraphs, and blocks, list items and rows lines', () => {
    expect(
      textOfHtml(
        body(
          '<section><h3>Título</h3><div>línea</div><blockquote>cita</blockquote><ol><li>a</li><li>b</li></ol>' +
            '<table><tr><th>País</th><th>Año</th></tr><tr><td>Rusia</td><td>2024</td></tr></table><p>fin</p></section>',
        ),
      ),
    ).toBe('Título\n\nlínea\n\ncita\n\na\nb\n\nPaís\tAño\t\nRusia\t2024\t\n\nfin');
  });

  it('keeps the white space of preformatted text', () => {
    expect(textOfHtml(body('<p>antes</p><pre>  uno\n    dos</pre><p>después</p>'))).toBe(
      'antes\n\n  uno\n    dos\n\ndespués',
    );
  });

  it('leaves out scripts, styles, templates, images, frames and hidden elements', () => {
    expect(
      textOfHtml(
        body(
          '<p>visible</p><script>run()</script><style>p{}</style><template><p>t</p></template>' +
            '<noscript>n</noscript><img alt="imagen"><iframe src="x"></iframe><p hidden>oculto</p><svg><text>s</text></svg>',
        ),
      ),
    ).toBe('visible');
  });
});
