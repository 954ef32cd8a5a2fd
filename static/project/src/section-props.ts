import type { ProjectConfig, ProjectSettingsView } from '../../../src/contracts/project';
import type { FieldErrors } from './field-errors';

/** What every section of the project settings page is given. */
export interface SectionProps {
  /** The configuration being edited, not yet saved. */
  draft: ProjectConfig;
  /** Replaces the draft; nothing is saved until the admin saves. */
  onChange: (next: ProjectConfig) => void;
  /** What the page loaded: statuses, catalogues, request types, account names. */
  view: ProjectSettingsView;
  errors: FieldErrors;
}
