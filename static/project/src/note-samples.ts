import type { ProjectConfig } from '../../../src/contracts/project';
import {
  composeAskComment,
  composeSuppliedComment,
} from '../../../src/domain/checklist/compose-checklist-comments';
import type { EvaluatedItem } from '../../../src/domain/checklist/evaluate-checklist';
import { composeReopenNote } from '../../../src/domain/rules/reopen-note';
import { composeAfterWindowNote } from '../../../src/domain/rules/rule-notes';
import { composeReplyReminder, composeSilenceAdvice } from '../../../src/domain/rules/sweep-notes';

const samplePortal = 'https://your-site.atlassian.net/servicedesk/customer/portal/1';
const samplePhone = '021 555 0101';

const sampleMissing = (
  id: string,
  label: string,
  kind: EvaluatedItem['item']['kind'],
  required: boolean,
): EvaluatedItem => ({
  item: { id, label, helpText: '', kind, required, visibility: 'customer', imagesOnly: false },
  state: 'missing',
  value: null,
  evidence: null,
});

const sampleItems = [
  sampleMissing('vehicle-registration', 'Vehicle registration', 'registration', true),
  sampleMissing('screenshots', 'Screenshots', 'attachment', false),
];

/** Each group of notes on the Notes tab, composed from the draft as the app would post it. */
export const notePreviews = {
  reopen: (draft: ProjectConfig) => composeReopenNote(draft),
  afterWindow: (draft: ProjectConfig) =>
    composeAfterWindowNote(draft, draft.rules.reopen.windowDays ?? 7, samplePortal),
  installerSilence: (draft: ProjectConfig) => composeSilenceAdvice(draft, null, samplePhone),
  customerReminder: (draft: ProjectConfig) => composeReplyReminder(draft),
  ask: (draft: ProjectConfig) => composeAskComment(sampleItems, draft) ?? '',
  supplied: (draft: ProjectConfig) =>
    composeSuppliedComment('Vehicle registration', 'KLM 482', draft.notes),
} satisfies Record<string, (draft: ProjectConfig) => string>;
