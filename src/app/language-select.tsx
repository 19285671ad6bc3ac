import { useId } from 'react';
import { useLocale, useMessages } from '../i18n/use-messages';
import { LANGS, type Lang } from '../lib/url-codec';
import { viewActions } from '../lib/view-store';

/** Each language named in itself, so a person can find theirs whatever is shown now. */
const NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

export function LanguageSelect() {
  const t = useMessages();
  const locale = useLocale();
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id} className="visually-hidden">
        {t.language}
      </label>
      {/* A globe drawn here: a 文 glyph needs a CJK font, which many systems lack. */}
      <svg
        className="language-select__icon"
        aria-hidden="true"
        viewBox="0 0 16 16"
        width="16"
        height="16"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
      >
        <circle cx="8" cy="8" r="6.5" />
        <ellipse cx="8" cy="8" rx="2.8" ry="6.5" />
        <path d="M1.5 8h13M2.6 4.5h10.8M2.6 11.5h10.8" />
      </svg>
      <select
        id={id}
        value={locale}
        onChange={(event) => viewActions.setLang(event.target.value as Lang)}
      >
        {LANGS.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {NAMES[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
