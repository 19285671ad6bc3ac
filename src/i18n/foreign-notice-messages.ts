import { formatNumber } from '../lib/number-format';
import type { Lang } from '../lib/url-codec';
import { pluralsOf } from './plural';
import { useLocale } from './use-messages';

/**
 * The notice shown the first time a store from another site is opened (issue 19), loaded
 * with the notice itself: most pages never show it.
 */
export interface ForeignNoticeMessages {
  foreignNoticeTitle: (host: string) => string;
  foreignNoticeBody: (host: string) => string;
  foreignNoticeAddress: string;
  validationReport: string;
  validationClean: (events: number) => string;
  validationProblems: (problems: number) => string;
  dismissForeignNotice: (host: string) => string;
}

const enPlural = pluralsOf('en');
const esPlural = pluralsOf('es');

export const foreignNoticeEn: ForeignNoticeMessages = {
  foreignNoticeTitle: (host) => `This timeline comes from another site: ${host}`,
  foreignNoticeBody: (host) =>
    `Its events, quotes and sources were written by whoever publishes ${host}, not by Sourceline. ` +
    'Sourceline checked that the store is well formed, not that it is true.',
  foreignNoticeAddress: 'Address:',
  validationReport: 'Validation report',
  validationClean: (events) =>
    `No problems found: ${formatNumber(events, 'en')} ${enPlural(events, { one: 'event', other: 'events' })} checked.`,
  validationProblems: (problems) =>
    `${formatNumber(problems, 'en')} ${enPlural(problems, { one: 'problem', other: 'problems' })} found:`,
  dismissForeignNotice: (host) => `Dismiss the notice about ${host}`,
};

export const foreignNoticeEs: ForeignNoticeMessages = {
  foreignNoticeTitle: (host) => `Esta cronología viene de otro sitio: ${host}`,
  foreignNoticeBody: (host) =>
    `Sus hechos, citas y fuentes los escribió quien publica ${host}, no Sourceline. ` +
    'Sourceline comprobó que el almacén está bien formado, no que sea cierto.',
  foreignNoticeAddress: 'Dirección:',
  validationReport: 'Informe de validación',
  validationClean: (events) =>
    `Ningún problema: ${formatNumber(events, 'es')} ${esPlural(events, { one: 'hecho comprobado', other: 'hechos comprobados' })}.`,
  validationProblems: (problems) =>
    `${formatNumber(problems, 'es')} ${esPlural(problems, { one: 'problema encontrado', other: 'problemas encontrados' })}:`,
  dismissForeignNotice: (host) => `Descartar el aviso sobre ${host}`,
};

const CATALOGUE: Record<Lang, ForeignNoticeMessages> = { en: foreignNoticeEn, es: foreignNoticeEs };

export function useForeignNoticeMessages(): ForeignNoticeMessages {
  return CATALOGUE[useLocale()];
}
