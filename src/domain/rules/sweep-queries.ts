import { catalogueOf } from '../catalogue/catalogue-of-preset';
import { fieldServicePreset } from '../catalogue/field-service-preset';
import { itServiceDeskPreset } from '../catalogue/it-service-desk-preset';
import { matchStatus, normaliseStatusName } from '../catalogue/match-status';
import type { StatusGuideConfig } from '../config/schema';

/**
 * Quotes a value for JQL: in double quotes, with backslashes and quotes escaped.
 * @example quoteJql('Say "hi"') // '"Say \\"hi\\""'
 */
export const quoteJql = (value: string): string => `"${value.replace(/(["\\])/g, '\\$1')}"`;

/**
 * The site's statuses that mean one of the catalogue entries under the configuration. Only
 * statuses the site has are named, since Jira refuses a query that names one it does not know.
 * @example statusesMeaning(['Installer Booked', 'Done'], ['installer-booked'], config)
 * // ['Installer Booked']
 */
export const statusesMeaning = (
  siteStatuses: readonly string[],
  entryIds: readonly string[],
  config: Pick<StatusGuideConfig, 'statusMapping' | 'preset'>,
): string[] =>
  siteStatuses.filter((name) => {
    const entry = matchStatus(name, catalogueOf(config), config.statusMapping);
    return entry !== null && entryIds.includes(entry.id);
  });

/**
 * The site's statuses among the names given (compared without regard to case or spacing).
 * @example statusesNamed(['Hardware Dispatched'], ['hardware dispatched']) // ['Hardware Dispatched']
 */
export const statusesNamed = (
  siteStatuses: readonly string[],
  names: readonly string[],
): string[] => {
  const wanted = new Set(names.map(normaliseStatusName));
  return siteStatuses.filter((name) => wanted.has(normaliseStatusName(name)));
};

/**
 * A JQL clause for a request in one of the statuses; null for none, as `status in ()` is no
 * valid query.
 * @example statusClause(['Awaiting Dispatch']) // 'status in ("Awaiting Dispatch")'
 */
export const statusClause = (statuses: readonly string[]): string | null =>
  statuses.length === 0 ? null : `status in (${statuses.map(quoteJql).join(', ')})`;

/** The app's request-state property, as JQL names its indexed values. */
export const stateProperty = 'issue.property[status-guide]';

/** The statuses that wait on the customer's answer alone (a reply, a purchase order). */
export const waitingOnCustomerEntries = [
  'waiting-for-customer',
  'awaiting-purchase-order',
  'it-waiting-for-customer',
];

/** The catalogue entries that are resolved, in every preset. */
export const resolvedEntries = [...fieldServicePreset, ...itServiceDeskPreset]
  .filter((entry) => entry.isResolved)
  .map((entry) => entry.id);
