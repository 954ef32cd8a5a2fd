import type { ComponentType } from 'react';

import { AccountsSection } from './accounts-section';
import { ChecklistSection } from './checklist-section';
import { DeferredCalendarSection } from './deferred-calendar-section';
import { GeneralSection } from './general-section';
import { NotesSection } from './notes-section';
import { RulesSection } from './rules-section';
import type { SectionProps } from './section-props';
import { StatusMappingSection } from './status-mapping-section';
import { TransferSection } from './transfer-section';
import { WordingSection } from './wording-section';

/** One tab of the project settings page. */
export interface ProjectSection {
  id: string;
  title: string;
  Section: ComponentType<SectionProps>;
}

/** The page's sections, one tab each, in the order an admin sets a desk up. */
export const projectSections: readonly ProjectSection[] = [
  { id: 'general', title: 'General', Section: GeneralSection },
  { id: 'statuses', title: 'Status mapping', Section: StatusMappingSection },
  { id: 'wording', title: 'Wording', Section: WordingSection },
  { id: 'calendar', title: 'Calendar', Section: DeferredCalendarSection },
  { id: 'rules', title: 'Rules', Section: RulesSection },
  { id: 'notes', title: 'Notes', Section: NotesSection },
  { id: 'checklist', title: 'Checklist', Section: ChecklistSection },
  { id: 'accounts', title: 'Special accounts', Section: AccountsSection },
  { id: 'transfer', title: 'Export and import', Section: TransferSection },
];
