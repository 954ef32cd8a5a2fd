import type { ComponentType } from 'react';

import { AccountsSection } from './accounts-section';
import { ChecklistSection } from './checklist-section';
import { DeferredCalendarSection } from './deferred-calendar-section';
import { GeneralSection } from './general-section';
import { NotesSection } from './notes-section';
import { ruleTitleOf } from './rule-titles';
import { RulesSection } from './rules-section';
import type { SectionProps } from './section-props';
import { StatusMappingSection } from './status-mapping-section';
import { TransferSection } from './transfer-section';
import { WordingSection } from './wording-section';

/** One tab of the project settings page. */
export interface ProjectSection {
  id: string;
  title: string;
  /** The settings' top-level fields the tab edits ("rules"), to say where a problem is fixed. */
  fields: readonly string[];
  Section: ComponentType<SectionProps>;
}

/** The page's sections, one tab each, in the order an admin sets a desk up. */
export const projectSections: readonly ProjectSection[] = [
  { id: 'general', title: 'General', fields: ['companyName', 'preset'], Section: GeneralSection },
  {
    id: 'statuses',
    title: 'Status mapping',
    fields: ['statusMapping'],
    Section: StatusMappingSection,
  },
  { id: 'wording', title: 'Wording', fields: ['wording'], Section: WordingSection },
  { id: 'calendar', title: 'Calendar', fields: ['calendar'], Section: DeferredCalendarSection },
  { id: 'rules', title: 'Rules', fields: ['rules', 'clocks'], Section: RulesSection },
  { id: 'notes', title: 'Notes', fields: ['notes'], Section: NotesSection },
  { id: 'checklist', title: 'Checklist', fields: ['checklists'], Section: ChecklistSection },
  { id: 'accounts', title: 'Special accounts', fields: ['accounts'], Section: AccountsSection },
  { id: 'transfer', title: 'Export and import', fields: ['version'], Section: TransferSection },
];

/**
 * A problem as an admin reads it: the tab where it is fixed (and the rule, on the Rules tab), then
 * its message; a problem of a field no tab edits keeps its path.
 * @example describeProblem('rules.reopen.windowDays', 'Must be 1 to 365.') // 'Rules, Reopen on a customer comment: Must be 1 to 365.'
 */
export const describeProblem = (path: string, message: string): string => {
  const [field = ''] = path.split('.');
  const section = projectSections.find((candidate) => candidate.fields.includes(field));
  const rule = ruleTitleOf(path);
  const place = section === undefined ? path : section.title;
  return rule === undefined ? `${place}: ${message}` : `${place}, ${rule}: ${message}`;
};
