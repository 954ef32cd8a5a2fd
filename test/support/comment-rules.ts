import { kvs } from '@forge/kvs';

import { defaultConfig } from '../../src/domain/config/defaults';
import type { StatusGuideConfig } from '../../src/domain/config/schema';
import type { NoteWording } from '../../src/domain/notes/note-wording-schema';
import type { RulesSettings } from '../../src/domain/rules/rules-settings-schema';
import type { Harness } from './sandbox-harness';

/**
 * Stores site settings whose reopen and hand-back rules (and accounts, company name and notes'
 * wording) differ from the preset.
 */
export const useSettings = async (change: {
  reopen?: Partial<RulesSettings['reopen']>;
  handBack?: Partial<RulesSettings['handBack']>;
  accounts?: Partial<StatusGuideConfig['accounts']>;
  statusMapping?: Record<string, string>;
  companyName?: string;
  notes?: NoteWording;
}): Promise<void> => {
  const config: StatusGuideConfig = {
    ...defaultConfig,
    companyName: change.companyName ?? defaultConfig.companyName,
    notes: change.notes ?? {},
    statusMapping: change.statusMapping ?? {},
    rules: {
      ...defaultConfig.rules,
      reopen: { ...defaultConfig.rules.reopen, ...change.reopen },
      handBack: { ...defaultConfig.rules.handBack, ...change.handBack },
    },
    accounts: { ...defaultConfig.accounts, ...change.accounts },
  };
  await kvs.set('config:site', config);
};

/** The comments the app itself wrote on an issue, oldest first, with what the customer sees. */
export const appComments = (harness: Harness, issueKey: string) =>
  harness.site
    .requireIssue(issueKey)
    .comments.filter((comment) => comment.authorId === harness.site.appUser().accountId)
    .map((comment) => ({ body: comment.body, isPublic: comment.isPublic }));

/** The app's REST calls to Jira recorded so far. */
export const appRestCalls = (harness: Harness) =>
  harness.log.ofType('rest').filter((call) => call.source === 'app');

/** The trigger invocations the comment events caused. */
export const commentTriggerRuns = (harness: Harness) =>
  harness.log
    .ofType('invocation')
    .filter((entry) => entry.kind === 'trigger' && entry.functionKey === 'comment-trigger');

/** The app's recorded automatic actions on a request, as the issue property keeps them. */
export const recordedActions = (harness: Harness, issueKey: string) => {
  const state = harness.site.requireIssue(issueKey).properties['status-guide'] as
    { appliedActions?: Record<string, unknown>[] } | undefined;
  return state?.appliedActions ?? [];
};

/** When the request last moved into the named status, as an epoch instant. */
export const enteredAt = (harness: Harness, issueKey: string, statusName: string): number => {
  const entries = harness.site
    .requireIssue(issueKey)
    .changelog.filter((entry) => entry.items.some((item) => item.toString === statusName));
  const last = entries.at(-1);
  if (!last) throw new Error(`${issueKey} never entered ${statusName}`);
  return Date.parse(last.created.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
};
