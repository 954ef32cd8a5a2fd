import { useEffect, useMemo, useState } from 'react';

import type { ProjectConfig } from '../../../src/contracts/project';
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
