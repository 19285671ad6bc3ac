import { ImportDialog as SharedImportDialog } from '../../../components/import-dialog';
import { useLocale } from '../../../i18n/use-messages';
import { focusTimeline } from '../../../lib/focus-timeline';

/** The explorer's Import dialog: in the view's language; the imported store is on the timeline. */
export function ImportDialog() {
  return <SharedImportDialog lang={useLocale()} onFocusLost={focusTimeline} />;
}
