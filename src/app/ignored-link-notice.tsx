import { useAllMessages } from '../i18n/later-messages';
import type { IgnoredValue } from '../lib/url-codec';

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
