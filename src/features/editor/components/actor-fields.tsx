import type { DraftActor } from '../model/draft-document';
import { useEditorI18n } from './editor-i18n';

const ACTOR_KINDS = ['state', 'person', 'organization', 'other'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** An actor's `Kind`: a kind the format does not know (a file's) stays offered until changed. */
export function KindSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (kind: string) => void;
}) {
  const { m } = useEditorI18n();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {(ACTOR_KINDS as readonly string[]).includes(value) ? null : (
        <option value={value}>{value}</option>
      )}
      {ACTOR_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {m.kinds[kind]}
        </option>
      ))}
    </select>
  );
}

/** An actor's `Member of`: none, or one of `choices` (ids; the names shown). */
export function MemberOfSelect({
  id,
  value,
  choices,
  onChange,
}: {
  id: string;
  value: string;
  choices: readonly DraftActor[];
  onChange: (id: string) => void;
}) {
  const { m } = useEditorI18n();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{m.memberOfNone}</option>
      {choices.map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.name}
        </option>
      ))}
    </select>
  );
}
