import { useAllMessages } from '../i18n/later-messages';
import type { IgnoredValue } from '../lib/url-codec';
import type { ReaderNote } from './embed-notices';

/** What of the opened link was ignored, and why, one line a part. */
export function IgnoredLinkNotice({ ignored }: { ignored: readonly IgnoredValue[] }) {
  const t = useAllMessages();
  return (
    <>
      <p>{t.linkIgnored}</p>
      <ul>
        {ignored.map((item, i) => (
          <li key={i}>{t.ignoredReason(item.reason, item.key, item.value)}</li>
        ))}
      </ul>
    </>
  );
}

/** The same in an article's frame: what its reader sees differ from what was meant. */
export function EmbedLinkNotice({ notes }: { notes: readonly ReaderNote[] }) {
  const t = useAllMessages();
  return (
    <>
      {notes.map((note) => (
        <p key={note.kind}>
          {note.kind === 'file-store'
            ? t.embedNoteFileStore(note.name)
            : note.kind === 'other-store'
              ? t.embedNoteOtherStore
              : t.embedNoteEventMissing}
        </p>
      ))}
    </>
  );
}
