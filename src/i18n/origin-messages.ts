import type { StoreOrigin } from '../lib/store-origin';
import type { Lang } from '../lib/url-codec';
import { useLocale } from './use-messages';

/**
 * Interface text that says whose timeline is on screen (issue 19). Kept apart from
 * messages.ts so the origin's wording lives with its one concern; same two languages,
 * and TypeScript refuses a missing message here too. The notice about another site's store
 * has its own (foreign-notice-messages.ts), loaded with it.
 */
export interface OriginMessages {
  /** Shown before the store's own title, so the title never reads as the app's name. */
  timelineLabel: string;
  /** One line under the title: where the store comes from. */
  origin: (origin: StoreOrigin) => string;
}

export const originEn: OriginMessages = {
  timelineLabel: 'Timeline:',
  origin: (origin) => {
    switch (origin.kind) {
      case 'default':
        return 'This site’s default store';
      case 'this-site':
        return `${origin.imported ? 'Imported from' : 'From'} this site: ${origin.path}`;
      case 'other-site':
        return `${origin.imported ? 'Imported from' : 'From'} another site: ${origin.host}`;
      case 'file':
        return `From a file: ${origin.name}`;
      case 'draft':
        return `Draft from the editor: ${origin.name}`;
    }
  },
};

export const originEs: OriginMessages = {
  timelineLabel: 'Cronología:',
  origin: (origin) => {
    switch (origin.kind) {
      case 'default':
        return 'Almacén predeterminado de este sitio';
      case 'this-site':
        return `${origin.imported ? 'Importado de' : 'De'} este sitio: ${origin.path}`;
      case 'other-site':
        return `${origin.imported ? 'Importado de' : 'De'} otro sitio: ${origin.host}`;
      case 'file':
        return `De un archivo: ${origin.name}`;
      case 'draft':
        return `Borrador del editor: ${origin.name}`;
    }
  },
};

const CATALOGUE: Record<Lang, OriginMessages> = { en: originEn, es: originEs };

export function originMessages(lang: Lang): OriginMessages {
  return CATALOGUE[lang];
}

export function useOriginMessages(): OriginMessages {
  return CATALOGUE[useLocale()];
}
