import { describe, expect, it } from 'vitest';
import {
  encodeTextDirectivePart,
  findDirectiveMatches,
  formatTextDirective,
  parseTextDirective,
  passageLink,
  textDirectiveFor,
} from './text-fragment';

const directiveOf = (link: string | null) => {
  const fragment = link?.split(':~:')[1] ?? '';
  return parseTextDirective(fragment);
};

describe('the spec’s examples', () => {
  // WICG URL Fragment Text Directives, 3.2 Syntax.
  it('textStart alone', () => {
    expect(formatTextDirective({ start: 'an example text fragment' })).toBe(
      'text=an%20example%20text%20fragment',
    );
  });

  it('textStart and textEnd', () => {
    expect(formatTextDirective({ start: 'an example', end: 'text fragment' })).toBe(
      'text=an%20example,text%20fragment',
    );
  });

  it('a prefix and a suffix', () => {
    const directive = { prefix: 'this is', start: 'an example', suffix: 'text fragment' };
    expect(formatTextDirective(directive)).toBe('text=this%20is-,an%20example,-text%20fragment');
    // "would match to 'an example' in 'this is an example text fragment', but not match
    // to 'an example' in 'here is an example text'"
    expect(findDirectiveMatches('this is an example text fragment', directive)).toHaveLength(1);
    expect(findDirectiveMatches('here is an example text', directive)).toHaveLength(0);
  });

  it('each form reads back as written', () => {
    for (const fragment of [
      'text=an%20example%20text%20fragment',
      'text=an%20example,text%20fragment',
      'text=this%20is-,an%20example,-text%20fragment',
      'text=this%20is-,an%20example',
      'text=an%20example,-text%20fragment',
    ]) {
      expect(formatTextDirective(parseTextDirective(fragment)!)).toBe(fragment);
    }
    expect(parseTextDirective('text=')).toBeNull();
    expect(parseTextDirective('text=a,b,c')).toBeNull();
    expect(parseTextDirective('txt=a')).toBeNull();
  });
});

describe('percent-encoding', () => {
  it('encodes the directive’s own syntax characters, - & and , included', () => {
    expect(encodeTextDirectivePart('Kim-Jong, Putin & co.')).toBe(
      'Kim%2DJong%2C%20Putin%20%26%20co.',
    );
    expect(encodeTextDirectivePart('#:~:%=')).toBe('%23%3A~%3A%25%3D');
  });

  it('quotes with commas, dashes, ampersands and curly quotes survive the round trip', () => {
    const quote = 'Kim – a “comrade”, he said – & Putin-era ties';
    const link = passageLink('https://example.org/a', quote);
    const fragment = link!.split(':~:')[1]!;
    // The only syntax character left is the one separator between textStart and textEnd.
    expect(fragment.slice('text='.length).replace(/[^-&,]/g, '')).toBe(',');
    const directive = parseTextDirective(fragment)!;
    expect(`${directive.start} … ${directive.end}`).toBe('Kim – a “comrade … Putin-era ties');
    expect(fragment).toContain('Putin%2Dera');
  });

  it('accents and non-Latin scripts are encoded as UTF-8 and decode to the same words', () => {
    for (const quote of [
      'asociación estratégica',
      'Пхеньян',
      '朝鲜民主主义人民共和国',
      'بيونغ يانغ',
    ]) {
      const link = passageLink('https://example.org/', quote)!;
      expect(link).toMatch(
        /^https:\/\/example\.org\/#:~:text=(%[0-9A-F]{2}|[A-Za-z0-9._~!*'()])+$/,
      );
      expect(directiveOf(link)?.start).toBe(quote);
    }
  });
});

describe('textStart and textEnd', () => {
  it('a short quote is linked whole, white space collapsed', () => {
    expect(textDirectiveFor('  firmaron   un\nacuerdo ')).toEqual({ start: 'firmaron un acuerdo' });
  });

  it('a long quote by its first and last words, cut between words', () => {
    const quote =
      'Kim anunció la firma de una “asociación estratégica integral” con elementos defensivos.';
    expect(textDirectiveFor(quote)).toEqual({
      start: 'Kim anunció la',
      end: 'con elementos defensivos.',
    });
  });

  it('the end is lengthened when its words come earlier in the quote too', () => {
    const quote =
      'talks began in May; no deal was reached, the envoy said; in June no deal was reached';
    const directive = textDirectiveFor(quote)!;
    expect(directive.start).toBe('talks began in May; no');
    expect(directive.end).toBe('June no deal was reached');
    expect(findDirectiveMatches(quote, directive)).toEqual([{ start: 0, end: quote.length }]);
  });

  it('words of a script without spaces are found by the script’s own rules', () => {
    const quote = '俄罗斯总统普京和朝鲜最高领导人金正恩签署了全面战略伙伴关系条约';
    const directive = textDirectiveFor(quote, undefined, 'zh')!;
    expect(directive.end).toBeDefined();
    expect(quote.startsWith(directive.start)).toBe(true);
    expect(quote.endsWith(directive.end!)).toBe(true);
    expect(directive.start.length + directive.end!.length).toBeLessThan(quote.length);
  });
});

describe('context from the source’s text', () => {
  it('none when the start is unique in the text', () => {
    const text = 'Este miércoles, los líderes firmaron un acuerdo. Luego hubo una cena.';
    expect(textDirectiveFor('firmaron un acuerdo', text)).toEqual({ start: 'firmaron un acuerdo' });
  });

  it('a prefix when the passage repeats: the second occurrence is told apart', () => {
    const text = 'Moscow said no. Then Pyongyang said no. Kim said no.';
    const directive = textDirectiveFor('Pyongyang said no', text);
    expect(directive).toEqual({ start: 'Pyongyang said no' });
    const repeated = 'The ministry said no. The embassy said no.';
    const second = textDirectiveFor('said no', repeated);
    expect(second).toEqual({ prefix: 'ministry', start: 'said no' });
    expect(findDirectiveMatches(repeated, second!)).toEqual([{ start: 13, end: 20 }]);
  });

  it('a suffix when the quote opens the text and repeats later', () => {
    const text = 'Talks resumed in March. Talks resumed in May.';
    const directive = textDirectiveFor('Talks resumed in', text)!;
    expect(directive).toEqual({ start: 'Talks resumed in', suffix: 'March' });
  });

  it('the later of two identical passages gets the context before it', () => {
    const text = 'In 2000: the talks failed. In 2019: the talks failed.';
    const directive = textDirectiveFor('the talks failed', text)!;
    // The quote is found at its first place, which the prefix singles out.
    expect(directive.prefix).toBe('2000:');
    expect(findDirectiveMatches(text, directive)).toHaveLength(1);
  });

  it('prefix and suffix when neither alone is enough', () => {
    const text = 'a b X c d. a b X e f. g h X c d.';
    const directive = textDirectiveFor('X', text)!;
    expect(directive).toEqual({ prefix: 'b', start: 'X', suffix: 'c' });
    expect(findDirectiveMatches(text, directive)).toEqual([{ start: 4, end: 5 }]);
  });

  it('context keeps punctuation and curly quotes next to the passage', () => {
    const text =
      'Kim habló de una “asociación estratégica integral”. Putin habló de una asociación.';
    const directive = textDirectiveFor('asociación', text)!;
    expect(directive.prefix).toBe('una “');
    expect(findDirectiveMatches(text, directive)).toHaveLength(1);
    const link = passageLink('https://example.org/r', 'asociación', text)!;
    expect(link).toBe('https://example.org/r#:~:text=una%20%E2%80%9C-,asociaci%C3%B3n');
  });

  it('long quotes whose start repeats in the text', () => {
    const text =
      'Russia and North Korea signed a deal on trade in 2000. ' +
      'Russia and North Korea signed a treaty of mutual defence in 2024, the report says.';
    const quote = 'Russia and North Korea signed a treaty of mutual defence in 2024';
    const directive = textDirectiveFor(quote, text)!;
    expect(directive.start).toBe('Russia and North');
    expect(directive.end).toBe('defence in 2024');
    const matches = findDirectiveMatches(text, directive);
    expect(matches).toHaveLength(1);
    expect(text.slice(matches[0]!.start, matches[0]!.end)).toBe(quote);
  });

  it('a passage the text repeats with all its context gets the most context there is', () => {
    const text = 'yes. yes. yes.';
    const directive = textDirectiveFor('yes', text)!;
    expect(directive.start).toBe('yes');
    expect(directive.suffix).toBe('. yes. yes');
  });

  it('a quote the text does not hold (white space aside) is linked by its words', () => {
    expect(textDirectiveFor('nothing like it', 'Some other text.')).toEqual({
      start: 'nothing like it',
    });
  });
});

describe('passageLink', () => {
  it('appends the directive to the address, after a fragment it already has', () => {
    expect(passageLink('https://example.org/a', 'un acuerdo')).toBe(
      'https://example.org/a#:~:text=un%20acuerdo',
    );
    expect(passageLink('https://example.org/a#part-2', 'un acuerdo')).toBe(
      'https://example.org/a#part-2:~:text=un%20acuerdo',
    );
    expect(passageLink('https://example.org/a#:~:text=old', 'un acuerdo')).toBe(
      'https://example.org/a#:~:text=un%20acuerdo',
    );
  });

  it('opens a recording at the time and a PDF at the page, the directive after', () => {
    const minute = { label: 'minute', locator: '12' };
    expect(
      passageLink('https://media.example/talk.mp4', 'un acuerdo', undefined, 'es', minute),
    ).toBe('https://media.example/talk.mp4#t=720&:~:text=un%20acuerdo');
    expect(
      passageLink('https://www.youtube.com/watch?v=abc', 'un acuerdo', undefined, 'es', minute),
    ).toBe('https://www.youtube.com/watch?v=abc&t=720s#:~:text=un%20acuerdo');
    expect(
      passageLink('https://example.org/report.pdf', 'un acuerdo', undefined, 'es', {
        label: 'página',
        locator: '7',
      }),
    ).toBe('https://example.org/report.pdf#page=7&:~:text=un%20acuerdo');
    // A page of a web page is a print edition's, which the address knows nothing of.
    expect(
      passageLink('https://example.org/report', 'un acuerdo', undefined, 'es', {
        label: 'page',
        locator: '7',
      }),
    ).toBe('https://example.org/report#:~:text=un%20acuerdo');
  });

  it('no link for an empty quote', () => {
    expect(passageLink('https://example.org/a', '   ')).toBeNull();
  });

  it('the directive decodes to the quote’s start and end', () => {
    const quote = 'Este miércoles, los líderes de Corea del Norte y Rusia firmaron un acuerdo';
    const directive = directiveOf(passageLink('https://example.org/', quote))!;
    expect(quote.startsWith(directive.start)).toBe(true);
    expect(quote.endsWith(directive.end!)).toBe(true);
  });
});
