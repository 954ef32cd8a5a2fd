import type {
  AccountChoice,
  ProjectConfig,
  ProjectSettingsView,
} from '../../../src/contracts/project';
import type { ResolverResult } from '../../../src/contracts/result';
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
  /** Finds Jira people for the special accounts, through the page's own resolver. */
  searchAccounts: (query: string) => Promise<ResolverResult<AccountChoice[]>>;
}

/** What the editor asks of the page's resolver. */
export interface EditorActions {
  save: (config: ProjectConfig) => Promise<ResolverResult<ProjectSettingsView>>;
  /** Drops the settings so the ones underneath apply; null where nothing lies underneath. */
  reset: (() => Promise<ResolverResult<ProjectSettingsView>>) | null;
  searchAccounts: SectionProps['searchAccounts'];
}
