import type { EventStatus } from '../format/schema';
import { formatNumber } from '../lib/number-format';

/**
 * The interface text of event status on the first screen (the status filter, the timeline's
 * marks and legend), kept in one block so that messages.ts only spreads it. What the details
 * say of an event's evidence is in evidence-detail-messages.ts, loaded with the details.
 * Accessible names here are part of the contract (docs/ui-contract.md, Evidence).
 */
export interface EvidenceMessages {
  statusNames: Readonly<Record<EventStatus, string>>;
  statusNotStated: string;
  statusGroup: string;
  /** Suffix of a timeline item's accessible name. */
  itemStatus: (status: string) => string;
  timelineLegend: string;
  legendNotch: string;
  /** The hatching of an event dated to a month or a year only. */
  legendHatch: string;
  /** An aggregate strip's bin with contested events. */
  aggregateContested: (count: number) => string;
}

export const enEvidence: EvidenceMessages = {
  statusNames: {
    confirmed: 'Confirmed',
    reported: 'Reported',
    disputed: 'Disputed',
    refuted: 'Refuted',
  },
  statusNotStated: 'Not stated',
  statusGroup: 'Status',
  itemStatus: (status) => `, ${status.toLowerCase()}`,
  timelineLegend: 'Legend',
  legendNotch: 'On counted periods: the share disputed or refuted',
  legendHatch: 'Dated to a month or a year only',
  aggregateContested: (count) => `${formatNumber(count, 'en')} disputed or refuted`,
};
