/**
 * The editor's advice where an event's status contradicts its own excerpts
 * (features/editor/model/status-consistency.ts), English and Spanish: beside the Status
 * field, and counted in the Publish panel. Each says what is wrong and what to do.
 */

import type { EditorLang } from './editor-messages';
import { pluralsOf } from './plural';

/** What contradicts what; the rules are in status-consistency.ts and docs/editing.md. */
export type StatusAdviceKind =
  /** Confirmed, while at least one of its excerpts disputes it. */
  | 'confirmed-but-disputed'
  /** Confirmed, with no excerpt at all to show it. */
  | 'confirmed-without-excerpts'
  /** Disputed, and no excerpt disputes it (none at all, or supporting ones only). */
  | 'disputed-without-dispute'
  /** Refuted, and no excerpt disputes it (none at all, or supporting ones only). */
  | 'refuted-without-dispute';

export interface StatusAdviceMessages {
  /** What is wrong and what to do; `disputing`: how many excerpts dispute the event. */
  advice: (kind: StatusAdviceKind, disputing: number) => string;
  /** In the Publish panel: how many events have such advice. */
  eventsWithAdvice: (events: number) => string;
  /** That nothing is blocked: the store is valid as it is. */
  adviceOnly: string;
  /** Selects the event and takes the focus to its Status. */
  goTo: (title: string) => string;
  /** After the events named, the count of the rest. */
  andMore: (count: number) => string;
}

const enCount = new Intl.NumberFormat('en-GB');
const esCount = new Intl.NumberFormat('es-ES');
const enPlural = pluralsOf('en');
const esPlural = pluralsOf('es');

export const STATUS_ADVICE_MESSAGES: Readonly<Record<EditorLang, StatusAdviceMessages>> = {
  en: {
    advice: (kind, disputing) => {
      switch (kind) {
        case 'confirmed-but-disputed':
          return `Marked confirmed, but ${enCount.format(disputing)} ${enPlural(disputing, {
            one: 'excerpt disputes it: check the status or the excerpt’s stance',
            other: 'excerpts dispute it: check the status or the excerpts’ stance',
          })} (“Disputes the event”).`;
        case 'confirmed-without-excerpts':
          return 'Marked confirmed, but it has no excerpt to show it: add the passage that confirms it, or check the status.';
        case 'disputed-without-dispute':
          return 'Marked disputed, but no excerpt disputes it: tick “Disputes the event” on the passage that does (or add it), or check the status.';
        case 'refuted-without-dispute':
          return 'Marked refuted, but no excerpt refutes it: tick “Disputes the event” on the passage that does (or add it), or check the status.';
      }
    },
    eventsWithAdvice: (events) =>
      `${enCount.format(events)} ${enPlural(events, {
        one: 'event has a status its excerpts contradict.',
        other: 'events have a status their excerpts contradict.',
      })}`,
    adviceOnly:
      'The file is valid and downloads as it is: this is advice, to check before publishing.',
    goTo: (title) => `Go to “${title}”`,
    andMore: (count) => `And ${enCount.format(count)} more.`,
  },
  es: {
    advice: (kind, disputing) => {
      switch (kind) {
        case 'confirmed-but-disputed':
          return `Marcado como confirmado, pero ${esCount.format(disputing)} ${esPlural(disputing, {
            one: 'fragmento lo discute: revisa el estado o la postura del fragmento',
            other: 'fragmentos lo discuten: revisa el estado o la postura de los fragmentos',
          })} («Discute el evento»).`;
        case 'confirmed-without-excerpts':
          return 'Marcado como confirmado, pero no tiene ningún fragmento que lo muestre: añade el pasaje que lo confirma o revisa el estado.';
        case 'disputed-without-dispute':
          return 'Marcado como discutido, pero ningún fragmento lo discute: marca «Discute el evento» en el pasaje que lo hace (o añádelo), o revisa el estado.';
        case 'refuted-without-dispute':
          return 'Marcado como desmentido, pero ningún fragmento lo desmiente: marca «Discute el evento» en el pasaje que lo hace (o añádelo), o revisa el estado.';
      }
    },
    eventsWithAdvice: (events) =>
      `${esCount.format(events)} ${esPlural(events, {
        one: 'evento tiene un estado que sus fragmentos contradicen.',
        other: 'eventos tienen un estado que sus fragmentos contradicen.',
      })}`,
    adviceOnly:
      'El archivo es válido y se descarga tal cual: es un consejo, para revisar antes de publicar.',
    goTo: (title) => `Ir a «${title}»`,
    andMore: (count) => `Y ${esCount.format(count)} más.`,
  },
};
