/** Which side of the conversation wrote something. Only `customer` can drive a customer rule. */
export type AuthorSide = 'customer' | 'agent' | 'integration' | 'installer' | 'app' | 'other';

/** What is known about the author of a comment or change. */
export interface AuthorFacts {
  accountId: string;
  /** Jira's account type: 'atlassian', 'customer' (portal-only) or 'app'. */
  accountType: string;
  /** The account is this app's own (Status Guide's), not another app's. */
  isThisApp: boolean;
  /** Holds the service desk agent permission on the request's project. */
  isAgent: boolean;
  isReporter: boolean;
  isParticipant: boolean;
}

/** Accounts the admin has classified by hand. */
export interface SpecialAccounts {
  customerProxies: readonly string[];
  integrations: readonly string[];
  installers: readonly string[];
}

/**
 * Decides which side an author is on. This app itself is never anyone else, listed or not; then
 * the admin's own lists win (an integration that holds an agent licence is still an integration,
 * an email-channel app listed as a customer proxy speaks for the customer); then other apps; then
 * agents; then the customer side: portal-only customers, and the reporter and participants who
 * are not agents.
 * @example classifyAuthor({ accountType: 'customer', isAgent: false, ... }, none) // 'customer'
 */
export const classifyAuthor = (author: AuthorFacts, accounts: SpecialAccounts): AuthorSide => {
  if (author.isThisApp) return 'app';
  if (accounts.integrations.includes(author.accountId)) return 'integration';
  if (accounts.installers.includes(author.accountId)) return 'installer';
  if (accounts.customerProxies.includes(author.accountId)) return 'customer';
  if (author.accountType === 'app') return 'app';
  if (author.isAgent) return 'agent';
  if (author.accountType === 'customer') return 'customer';
  if (author.isReporter || author.isParticipant) return 'customer';
  return 'other';
};
