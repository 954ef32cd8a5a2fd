import { matchStatus, normaliseStatusName } from '../catalogue/match-status';
import type { CatalogueEntry } from '../catalogue/types';
import type { ConfigProblem, StatusGuideConfig } from '../config/schema';

/** A status rules move requests to, with the path of its setting. */
const targetsOf = (config: StatusGuideConfig): [path: string, status: string, on: boolean][] => {
  const { reopen, handBack, dispatched, installerFinished, sweeps } = config.rules;
  return [
    ['rules.reopen.targetStatus', reopen.targetStatus, reopen.enabled],
    ['rules.handBack.targetStatus', handBack.targetStatus, handBack.enabled],
    ['rules.dispatched.targetStatus', dispatched.targetStatus, dispatched.enabled],
    [
      'rules.installerFinished.targetStatus',
      installerFinished.targetStatus,
      installerFinished.enabled,
    ],
    [
      'rules.sweeps.closeResolved.targetStatus',
      sweeps.closeResolved.targetStatus,
      sweeps.closeResolved.enabled,
    ],
  ];
};

/**
 * What makes a valid configuration unusable on one project's workflow: a rule that is on but
 * moves requests to a status the workflow lacks, a reopen or hand-back into a resolved status,
 * a mapping to an entry the preset does not have. An empty list means it fits.
 * @example findTargetProblems(config, catalogue, [{ name: 'Open' }]) // [{ path: 'rules.reopen.targetStatus', … }]
 */
export const findTargetProblems = (
  config: StatusGuideConfig,
  catalogue: readonly CatalogueEntry[],
  statuses: readonly { name: string }[],
): ConfigProblem[] => {
  const known = new Set(statuses.map((status) => normaliseStatusName(status.name)));
  const problems: ConfigProblem[] = [];

  for (const [path, status, isOn] of targetsOf(config)) {
    if (!isOn || known.has(normaliseStatusName(status))) continue;
    problems.push({ path, message: `This project's workflow has no status named "${status}".` });
  }
  for (const path of ['rules.reopen.targetStatus', 'rules.handBack.targetStatus'] as const) {
    const status =
      path === 'rules.reopen.targetStatus' ? config.rules.reopen : config.rules.handBack;
    if (!status.enabled) continue;
    if (matchStatus(status.targetStatus, catalogue, config.statusMapping)?.isResolved !== true)
      continue;
    problems.push({ path, message: 'A request cannot be sent back to a resolved status.' });
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
