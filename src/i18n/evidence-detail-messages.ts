import type { Relation, Reliability } from '../format/schema';
import { ADMIRALTY_WORDS } from './admiralty-words';

/**
 * The interface text of the evidence fields in an event's details (passage links, archives,
 * disputes, reliability, related events) and the sources' export, loaded with the parts that
 * show them (later-messages.ts). Accessible names here are part of the contract
 * (docs/ui-contract.md, Evidence).
 */
export interface EvidenceDetailMessages {
  openPassage: string;
  /** The description of every link that opens in a new tab (`NewTabLink`). */
  opensInNewTab: string;
  /**
   * The rest of a passage link's accessible name, after `openPassage`, so that the links of
   * one event differ: the source, and which of its passages when it gives several.
   */
  passageOf: (sourceTitle: string, nth: number | null) => string;
  /** The rest of an `Open the source` or `Archived copy` link's name: which source. */
  copyOf: (sourceTitle: string) => string;
  archivedCopy: string;
  /**
   * Said where a source has neither `url` nor `archiveUrl`: without it a reader looks for the
   * missing link, or takes the quote for one the app could not open.
   */
  noAddress: string;
  accessedOn: (date: string) => string;
  statusLabel: (status: string) => string;
  supportedBy: string;
  /** The same group's heading when the event is refuted. */
  claimedBy: string;
  disputedBy: string;
  reliability: (grade: Reliability) => string;
  locatorAt: (label: string | undefined, locator: string) => string;
  relatedEvents: string;
  relationOut: Readonly<Record<Relation, string>>;
  relationIn: Readonly<Record<Relation, string>>;
  exportCsl: string;
}

export const enEvidenceDetail: EvidenceDetailMessages = {
  openPassage: 'Open passage',
  opensInNewTab: 'Opens in a new tab',
  passageOf: (title, nth) => ` in ${title}${nth === null ? '' : `, passage ${nth}`}`,
  copyOf: (title) => ` of ${title}`,
  archivedCopy: 'Archived copy',
  noAddress: 'The store gives no web address for this source',
  accessedOn: (date) => `accessed ${date}`,
  statusLabel: (status) => `Status: ${status}`,
  supportedBy: 'Supported by',
  claimedBy: 'Claimed by',
  disputedBy: 'Disputed by',
  reliability: (grade) => `Reliability ${grade}: ${ADMIRALTY_WORDS.en[grade]}`,
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
  exportCsl: 'Download sources (CSL-JSON)',
};
