import { fillCompany } from '../catalogue/explain-status';
import type { StatusGuideConfig } from '../config/schema';

const thankYouWording =
  'The customer thanked the team on this resolved request; it stays resolved. ' +
  'Nothing more is needed unless you want to reply.';

const afterWindowWording =
  'Thanks for your message. This request was closed more than {days} ago, so it stays ' +
  'closed. If something still needs {company}, please raise a new request: {portal}';

/**
 * The internal note that tells the team a customer only said thanks on a resolved request.
 * @example composeThankYouNote() // 'The customer thanked the team on this resolved request; …'
 */
export const composeThankYouNote = (): string => thankYouWording;

/**
 * The public note that tells a customer who wrote after the reopen window to raise a new
 * request, with the link to the service desk's portal.
 * @example composeAfterWindowNote({ companyName: 'Acme' }, 7, 'https://x/portal/1') // 'Thanks for your message. This request was closed more than 7 days ago, …'
 */
export const composeAfterWindowNote = (
  config: Pick<StatusGuideConfig, 'companyName'>,
  windowDays: number,
  portalUrl: string,
): string =>
  fillCompany(afterWindowWording, config.companyName)
    .replace('{days}', windowDays === 1 ? '1 day' : `${windowDays} days`)
    .replace('{portal}', portalUrl);
