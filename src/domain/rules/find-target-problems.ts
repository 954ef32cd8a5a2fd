import { matchStatus, normaliseStatusName } from '../catalogue/match-status';
import type { CatalogueEntry, StatusCategory } from '../catalogue/types';
import type { ConfigProblem, StatusGuideConfig } from '../config/schema';

/** A workflow status as the check sees it: its name and, when known, its Jira category. */
export interface TargetStatus {
  name: string;
  category?: StatusCategory;
}

/** What a rule's target must not be, or must be, to agree with the status model. */
type TargetDemand = 'open-for-team' | 'finished' | 'resolved-or-finished';

interface RuleTarget {
  path: string;
  status: string;
  isOn: boolean;
  demand: TargetDemand;
}

const targetsOf = (config: Pick<StatusGuideConfig, 'rules'>): RuleTarget[] => {
  const { reopen, handBack, dispatched, installerFinished, sweeps } = config.rules;
  return [
    {
      path: 'rules.reopen.targetStatus',
      status: reopen.targetStatus,
      isOn: reopen.enabled,
      demand: 'open-for-team',
    },
    {
      path: 'rules.handBack.targetStatus',
      status: handBack.targetStatus,
      isOn: handBack.enabled,
      demand: 'open-for-team',
    },
    {
      path: 'rules.dispatched.targetStatus',
      status: dispatched.targetStatus,
      isOn: dispatched.enabled,
      demand: 'open-for-team',
    },
    {
      path: 'rules.installerFinished.targetStatus',
      status: installerFinished.targetStatus,
      isOn: installerFinished.enabled,
      demand: 'resolved-or-finished',
    },
    {
      path: 'rules.sweeps.closeResolved.targetStatus',
      status: sweeps.closeResolved.targetStatus,
      isOn: sweeps.closeResolved.enabled,
      demand: 'finished',
    },
  ];
};

/**
 * The targets of rules that are on which the workflow lacks, each with its field path; what a
 * settings page can say at once from the statuses it shows, before the server's fuller check.
 * @example findMissingTargets(config, ['Open', 'Done']) // [{ path: 'rules.reopen.targetStatus', message: 'This project's workflow has no status named "In Review".' }, …]
 */
export const findMissingTargets = (
  config: Pick<StatusGuideConfig, 'rules'>,
  statusNames: readonly string[],
): ConfigProblem[] => {
  const names = new Set(statusNames.map(normaliseStatusName));
  return targetsOf(config)
    .filter(({ isOn, status }) => isOn && !names.has(normaliseStatusName(status)))
    .map(({ path, status }) => ({ path, message: missingMessage(status) }));
};

const missingMessage = (status: string): string =>
  `This project's workflow has no status named "${status}".`;

/** What the status means: a done status by its Jira category or by the entry it maps to. */
interface StatusMeaning {
  isDone: boolean;
  isResolvedEntry: boolean;
  waitsOnCustomer: boolean;
}

const whyRefused = (status: string, meaning: StatusMeaning, demand: TargetDemand) => {
  if (demand === 'open-for-team') {
    if (meaning.isDone) return `"${status}" is a done status: the request would stay finished.`;
    if (meaning.waitsOnCustomer)
      return `"${status}" waits on the customer, but this rule hands the request to the team.`;
    return null;
  }
  if (demand === 'finished') {
    return meaning.isDone ? null : `"${status}" is not a done status, so nothing would be closed.`;
  }
  return meaning.isDone || meaning.isResolvedEntry
    ? null
    : `"${status}" is not a resolved or done status, so the finished job would stay open.`;
};

/**
 * What makes a valid configuration unusable on one project's workflow, for the rules that are on:
 * a target the workflow lacks; a reopen, hand-back or dispatched target that is done or waits on
 * the customer; an installer-finished target that is neither resolved nor done; a close-resolved
 * target that is not done; a mapping to an entry the preset does not have. A status is done when
 * its Jira category is, or when the entry it maps to is. An empty list means it fits.
 * @example findTargetProblems(config, catalogue, [{ name: 'Done', category: 'done' }])
 *   // [{ path: 'rules.reopen.targetStatus', message: '"Done" is a done status: …' }, …]
 */
export const findTargetProblems = (
  config: StatusGuideConfig,
  catalogue: readonly CatalogueEntry[],
  statuses: readonly TargetStatus[],
): ConfigProblem[] => {
  const byName = new Map(statuses.map((status) => [normaliseStatusName(status.name), status]));
  const problems: ConfigProblem[] = [];

  for (const { path, status, isOn, demand } of targetsOf(config)) {
    if (!isOn) continue;

    const workflowStatus = byName.get(normaliseStatusName(status));
    if (workflowStatus === undefined) {
      problems.push({ path, message: missingMessage(status) });
      continue;
    }

    const entry = matchStatus(status, catalogue, config.statusMapping);
    const meaning: StatusMeaning = {
      isDone: workflowStatus.category === 'done' || entry?.category === 'done',
      isResolvedEntry: entry?.isResolved === true,
      waitsOnCustomer: entry?.waitsOnCustomer === true,
    };
    const message = whyRefused(status, meaning, demand);
    if (message !== null) problems.push({ path, message });
  }
  for (const [name, entryId] of Object.entries(config.statusMapping)) {
    if (catalogue.some((entry) => entry.id === entryId)) continue;
    problems.push({
      path: `statusMapping.${name}`,
      message: `The chosen preset has no entry "${entryId}"; choose one of its statuses.`,
    });
  }
  return problems;
};
