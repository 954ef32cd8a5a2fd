import { fillCompany } from '../catalogue/explain-status';
import type { StatusGuideConfig } from '../config/schema';

const wording =
  "Thanks for letting us know. We've reopened your request and it's back with {company}: " +
  'someone will pick it up and reply to you here.';

/**
 * The public note that tells a customer their comment reopened the request, in the desk's name.
 * @example composeReopenNote({ companyName: 'Acme' }) // "Thanks for letting us know. We've reopened your request and it's back with Acme: …"
 */
export const composeReopenNote = (config: Pick<StatusGuideConfig, 'companyName'>): string =>
  fillCompany(wording, config.companyName);
