import { describe, expect, it } from 'vitest';
import { editorEn, editorEs } from './editor-messages';
import { STATUS_ADVICE_MESSAGES, type StatusAdviceKind } from './status-advice-messages';

const KINDS: StatusAdviceKind[] = [
  'confirmed-but-disputed',
  'confirmed-without-excerpts',
  'disputed-without-dispute',
  'refuted-without-dispute',
];

describe('STATUS_ADVICE_MESSAGES', () => {
  it('counts the disputing excerpts in the plural form each language gives them', () => {
    const { en, es } = STATUS_ADVICE_MESSAGES;
    expect(en.advice('confirmed-but-disputed', 1)).toBe(
      'Marked confirmed, but 1 excerpt disputes it: check the status or the excerpt’s stance (“Disputes the event”).',
    );
    expect(en.advice('confirmed-but-disputed', 2)).toContain('2 excerpts dispute it');
    expect(es.advice('confirmed-but-disputed', 1)).toContain('1 fragmento lo discute');
    expect(es.advice('confirmed-but-disputed', 3)).toContain('3 fragmentos lo discuten');
    expect(en.eventsWithAdvice(1)).toBe('1 event has a status its excerpts contradict.');
    expect(en.eventsWithAdvice(1200)).toBe('1,200 events have a status their excerpts contradict.');
    expect(es.eventsWithAdvice(2)).toBe(
      '2 eventos tienen un estado que sus fragmentos contradicen.',
    );
  });

  it('names the excerpt’s checkbox as the form labels it, where it says to tick it', () => {
    for (const [lang, m] of [
      ['en', editorEn],
      ['es', editorEs],
    ] as const) {
      for (const kind of KINDS) {
        const text = STATUS_ADVICE_MESSAGES[lang].advice(kind, 1);
        if (kind !== 'confirmed-without-excerpts') expect(text).toContain(m.disputesEvent);
        // Says what is wrong, then what to do.
        expect(text).toMatch(/^[^:]+: .+\.$/);
      }
    }
  });
});
