import { FORMAT_NAMES, type ImportFormat } from '../../format/convert/import-report';
import { useAllMessages } from '../../i18n/later-messages';

/*
 * A document refused as a store that is a file the app imports (a TimelineJS export at an
 * address, say): what it is, in place of the store format's complaints, and the way to see
 * it. Loaded only then, with the strings of the parts after the first screen.
 */

export function ImportableReason({
  format,
  canImport,
}: {
  format: ImportFormat;
  canImport: boolean;
}) {
  const t = useAllMessages();
  const name = FORMAT_NAMES[format];
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
