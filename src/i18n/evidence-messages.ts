import type { EventStatus, Relation, Reliability } from '../format/schema';

/**
 * The interface text of the evidence fields (passage links, archives, status, disputes,
 * related events, the status filter), kept in one block so that messages.ts only spreads it.
 * Accessible names here are part of the contract (docs/ui-contract.md, Evidence).
 */
export interface EvidenceMessages {
  openPassage: string;
  /**
   * The rest of a passage link's accessible name, after `openPassage`, so that the links of
   * one event differ: the source, and which of its passages when it gives several.
   */
  passageOf: (sourceTitle: string, nth: number | null) => string;
  /** The rest of an `Open the source` or `Archived copy` link's name: which source. */
  copyOf: (sourceTitle: string) => string;
  archivedCopy: string;
  accessedOn: (date: string) => string;
  statusNames: Readonly<Record<EventStatus, string>>;
  statusNotStated: string;
  statusGroup: string;
  statusLabel: (status: string) => string;
  supportedBy: string;
  disputedBy: string;
  reliability: (grade: Reliability) => string;
  locatorAt: (label: string | undefined, locator: string) => string;
  relatedEvents: string;
  relationOut: Readonly<Record<Relation, string>>;
  relationIn: Readonly<Record<Relation, string>>;
  /** Suffix of a timeline item's accessible name. */
  itemStatus: (status: string) => string;
  statusLegend: string;
  legendNotch: string;
  /** An aggregate strip's bin with contested events. */
  aggregateContested: (count: string) => string;
  exportCsl: string;
}

const ADMIRALTY_EN: Record<Reliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};
const ADMIRALTY_ES: Record<Reliability, string> = {
  A: 'completamente fiable',
  B: 'normalmente fiable',
  C: 'bastante fiable',
  D: 'no siempre fiable',
  E: 'poco fiable',
  F: 'no se puede juzgar su fiabilidad',
};

export const enEvidence: EvidenceMessages = {
  openPassage: 'Open passage',
  passageOf: (title, nth) => ` in ${title}${nth === null ? '' : `, passage ${nth}`}`,
  copyOf: (title) => ` of ${title}`,
  archivedCopy: 'Archived copy',
  accessedOn: (date) => `accessed ${date}`,
  statusNames: {
    confirmed: 'Confirmed',
    reported: 'Reported',
    disputed: 'Disputed',
    refuted: 'Refuted',
  },
  statusNotStated: 'Not stated',
  statusGroup: 'Status',
  statusLabel: (status) => `Status: ${status}`,
  supportedBy: 'Supported by',
  disputedBy: 'Disputed by',
  reliability: (grade) => `Reliability ${grade}: ${ADMIRALTY_EN[grade]}`,
  locatorAt: (label, locator) => (label ? `${label} ${locator}` : `at ${locator}`),
  relatedEvents: 'Related events',
  relationOut: {
    causes: 'caused',
    'responds-to': 'responds to',
    'part-of': 'part of',
    'see-also': 'see also',
  },
  relationIn: {
    causes: 'caused by',
    'responds-to': 'responded to by',
    'part-of': 'includes',
    'see-also': 'see also',
  },
  itemStatus: (status) => `, ${status.toLowerCase()}`,
  statusLegend: 'Status marks',
  legendNotch: 'On a count strip: the share disputed or refuted',
  aggregateContested: (count) => `${count} disputed or refuted`,
  exportCsl: 'Download sources (CSL-JSON)',
};

export const esEvidence: EvidenceMessages = {
  openPassage: 'Abrir el pasaje',
  passageOf: (title, nth) => ` en ${title}${nth === null ? '' : `, pasaje ${nth}`}`,
  copyOf: (title) => ` de ${title}`,
  archivedCopy: 'Copia archivada',
  accessedOn: (date) => `consultada el ${date}`,
  statusNames: {
    confirmed: 'Confirmado',
    reported: 'Denunciado',
    disputed: 'Discutido',
    refuted: 'Desmentido',
  },
  statusNotStated: 'Sin indicar',
  statusGroup: 'Estado',
  statusLabel: (status) => `Estado: ${status}`,
  supportedBy: 'Lo respaldan',
  disputedBy: 'Lo discuten',
  reliability: (grade) => `Fiabilidad ${grade}: ${ADMIRALTY_ES[grade]}`,
  locatorAt: (label, locator) => (label ? `${label} ${locator}` : `en ${locator}`),
  relatedEvents: 'Eventos relacionados',
  relationOut: {
    causes: 'causó',
    'responds-to': 'responde a',
    'part-of': 'parte de',
    'see-also': 'véase también',
  },
  relationIn: {
    causes: 'causado por',
    'responds-to': 'respondido por',
    'part-of': 'incluye',
    'see-also': 'véase también',
  },
  itemStatus: (status) => `, ${status.toLowerCase()}`,
  statusLegend: 'Marcas de estado',
  legendNotch: 'En una franja de recuento: la parte discutida o desmentida',
  aggregateContested: (count) => `${count} discutidos o desmentidos`,
  exportCsl: 'Descargar fuentes (CSL-JSON)',
};
