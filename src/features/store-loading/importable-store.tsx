import { englishImportWords } from '../../format/convert/import-report';
import type { Importable } from './api/store-load-error';
import { useAllMessages, useTranslatedImportWords } from '../../i18n/later-messages';

/*
 * A document refused as a store that is a file the app imports (a TimelineJS export at an
 * address, say): what it is, in place of the store format's complaints, and the way to see
 * it. Loaded only then, with the strings of the parts after the first screen.
 */

export function ImportableReason({
  importable,
  canImport,
}: {
  importable: Importable;
  canImport: boolean;
}) {
  const t = useAllMessages();
  const words = useTranslatedImportWords() ?? englishImportWords;
  const name = words.formatName(importable.format, importable.container);
  return <p>{canImport ? t.storeIsImportable(name) : t.storeIsImportableElsewhere(name)}</p>;
}

export function ImportButton({ onImport }: { onImport: () => void }) {
  const t = useAllMessages();
  return (
    <button type="button" className="primary" onClick={onImport}>
      {t.importIt}
    </button>
  );
}
