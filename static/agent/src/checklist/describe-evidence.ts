import type { ChecklistEvidenceView } from '../../../../src/contracts/checklist';
import { createDateFormat } from '../../../shared/create-date-format';
import { parseInstant, type ViewerClock } from '../format-instant';

const dayAndMonth: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };

const dayOf = (iso: string, clock: ViewerClock): string => {
  const instant = parseInstant(iso);
  return instant === null
    ? iso
    : createDateFormat(clock.locale, clock.timeZone, dayAndMonth).format(instant);
};

/**
 * Says where the app found an item, on the viewer's calendar day; null when nothing was found.
 * @example describeEvidence({ source: 'comment', commentId: '1', at: '2026-12-03T01:00:00Z' }, { locale: 'en-NZ', timeZone: 'Pacific/Auckland' })
 * // 'Found in the comment of 3 December'
 */
export const describeEvidence = (
  evidence: ChecklistEvidenceView | null,
  clock: ViewerClock,
): string | null => {
  if (evidence === null) return null;
  switch (evidence.source) {
    case 'field':
      return `From the request form's field ${evidence.fieldId}`;
    case 'description':
      return "Found in the request's description";
    case 'comment':
      return `Found in the comment of ${dayOf(evidence.at, clock)}`;
    case 'attachment':
      return `Found in the attachment ${evidence.filename} of ${dayOf(evidence.at, clock)}`;
    case 'panel':
      return `Given by the customer in the portal panel on ${dayOf(evidence.at, clock)}`;
    case 'agent':
      return `Marked by an agent on ${dayOf(evidence.at, clock)}`;
  }
};
