import type { StoreOrigin } from '../lib/store-origin';
import type { Lang } from '../lib/url-codec';
import { useLocale } from './use-messages';

/**
 * Interface text that says whose timeline is on screen (issue 19). Kept apart from
 * messages.ts so the origin's wording lives with its one concern; same two languages,
 * and TypeScript refuses a missing message here too.
 */
export interface OriginMessages {
  /** Shown before the store's own title, so the title never reads as the app's name. */
  timelineLabel: string;
  /** One line under the title: where the store comes from. */
  origin: (origin: StoreOrigin) => string;
  foreignNoticeTitle: (host: string) => string;
  foreignNoticeBody: (host: string) => string;
  foreignNoticeAddress: string;
  validationReport: string;
  validationClean: (events: number) => string;
  validationProblems: (problems: number) => string;
  dismissForeignNotice: (host: string) => string;
}

const enNumber = new Intl.NumberFormat('en-GB');
const esNumber = new Intl.NumberFormat('es-ES');

export const originEn: OriginMessages = {
  timelineLabel: 'Timeline:',
  origin: (origin) => {
    switch (origin.kind) {
      case 'default':
        return 'This site’s default store';
      case 'this-site':
        return `From this site: ${origin.path}`;
      case 'other-site':
        return `From another site: ${origin.host}`;
      case 'file':
        return `From a file: ${origin.name}`;
      case 'draft':
        return `Draft from the editor: ${origin.name}`;
    }
  },
  foreignNoticeTitle: (host) => `This timeline comes from another site: ${host}`,
  foreignNoticeBody: (host) =>
    `Its events, quotes and sources were written by whoever publishes ${host}, not by Sourceline. ` +
    'Sourceline checked that the store is well formed, not that it is true.',
  foreignNoticeAddress: 'Address:',
  validationReport: 'Validation report',
  validationClean: (events) =>
    `No problems found: ${enNumber.format(events)} ${events === 1 ? 'event' : 'events'} checked.`,
  validationProblems: (problems) =>
    `${enNumber.format(problems)} ${problems === 1 ? 'problem' : 'problems'} found:`,
  dismissForeignNotice: (host) => `Dismiss the notice about ${host}`,
};

export const originEs: OriginMessages = {
  timelineLabel: 'Cronología:',
  origin: (origin) => {
    switch (origin.kind) {
      case 'default':
        return 'Almacén predeterminado de este sitio';
      case 'this-site':
        return `De este sitio: ${origin.path}`;
      case 'other-site':
        return `De otro sitio: ${origin.host}`;
      case 'file':
        return `De un archivo: ${origin.name}`;
      case 'draft':
        return `Borrador del editor: ${origin.name}`;
    }
  },
  foreignNoticeTitle: (host) => `Esta cronología viene de otro sitio: ${host}`,
  foreignNoticeBody: (host) =>
    `Sus hechos, citas y fuentes los escribió quien publica ${host}, no Sourceline. ` +
    'Sourceline comprobó que el almacén está bien formado, no que sea cierto.',
  foreignNoticeAddress: 'Dirección:',
  validationReport: 'Informe de validación',
  validationClean: (events) =>
    `Ningún problema: ${esNumber.format(events)} ${events === 1 ? 'hecho comprobado' : 'hechos comprobados'}.`,
  validationProblems: (problems) =>
    `${esNumber.format(problems)} ${problems === 1 ? 'problema encontrado' : 'problemas encontrados'}:`,
  dismissForeignNotice: (host) => `Descartar el aviso sobre ${host}`,
};

const CATALOGUE: Record<Lang, OriginMessages> = { en: originEn, es: originEs };

export function originMessages(lang: Lang): OriginMessages {
  return CATALOGUE[lang];
}

export function useOriginMessages(): OriginMessages {
  return CATALOGUE[useLocale()];
}
