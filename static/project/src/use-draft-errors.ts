import { useEffect, useMemo, useState } from 'react';

import type { ProjectConfig, ProjectSettingsView } from '../../../src/contracts/project';
import { findMissingTargets } from '../../../src/domain/rules/find-target-problems';
import {
  type ConfigChecker,
  type FieldErrors,
  loadConfigChecker,
  toFieldErrors,
} from './field-errors';

/**
 * Checks the draft as the server will, on every change, so a mistake shows at once beside its
 * field. Returns one message per field path; empty while the schema is still loading, which it
 * does while the page waits for its settings.
 */
export const useDraftErrors = (draft: ProjectConfig): FieldErrors => {
  const [check, setCheck] = useState<ConfigChecker | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void loadConfigChecker().then((checker) => {
      if (isCurrent) setCheck(() => checker);
    });

    return () => {
      isCurrent = false;
    };
  }, []);

  return useMemo(() => (check === null ? {} : toFieldErrors(check(draft))), [check, draft]);
};

/**
 * On a project's page, the rule targets the project's workflow lacks, by field path, so that
 * switching the preset or typing a status name says at once what the save would refuse. The site
 * defaults are checked against every workflow by the server alone.
 */
export const useMissingTargets = (
  draft: ProjectConfig,
  view: Pick<ProjectSettingsView, 'projectKey' | 'statuses'>,
): FieldErrors =>
  useMemo(() => {
    if (view.projectKey === null || view.statuses.length === 0) return {};
    const names = view.statuses.map((row) => row.statusName);
    return Object.fromEntries(
      findMissingTargets(draft, names).map((problem) => [problem.path, problem.message]),
    );
  }, [draft, view.projectKey, view.statuses]);
