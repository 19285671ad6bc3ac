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
      {/* A globe, drawn by app.css: no glyph a system may lack a font for. */}
      <span className="language-select__icon" aria-hidden="true" />
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
