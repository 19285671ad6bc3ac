import { describe, expect, it } from 'vitest';
import { fileStem } from './file-stem';

describe('fileStem', () => {
  it('folds accents on Latin letters and joins words with hyphens', () => {
    expect(fileStem('Russia and North Korea, 2000–2024', 'x')).toBe(
      'russia-and-north-korea-2000-2024',
    );
    expect(fileStem('Ñandú / misión: “quotes” ×', 'x')).toBe('nandu-mision-quotes');
  });

  it('keeps the letters of other scripts, with their marks', () => {
    expect(fileStem('Встреча в Пхеньяне, июнь 2024', 'x')).toBe('встреча-в-пхеньяне-июнь-2024');
    expect(fileStem('Йошкар-Ола', 'x')).toBe('йошкар-ола');
    expect(fileStem('평양 회담', 'x')).toBe('평양-회담');
    expect(fileStem('قمة بيونغ يانغ', 'x')).toBe('قمة-بيونغ-يانغ');
    expect(fileStem('नमस्ते दुनिया', 'x')).toBe('नमस्ते-दुनिया');
  });

  it('gives the fallback for a title with no letters or digits, and cuts long ones at a letter', () => {
    expect(fileStem('   ', 'store')).toBe('store');
    expect(fileStem('?!…', 'store')).toBe('store');
    expect(fileStem('a'.repeat(70), 'x')).toHaveLength(60);
    expect([...fileStem('😀'.repeat(10) + 'я'.repeat(70), 'x')]).toHaveLength(60);
  });
});
