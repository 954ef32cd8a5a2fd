/**
 * Each rule's title as the Rules tab shows it, by the rule's path in the settings, so every
 * message about a rule (on this page, in the admin page's warnings) names it the same way.
 */
export const ruleTitles = {
  'rules.reopen': 'Reopen on a customer comment',
  'rules.handBack': "Hand back on the customer's reply",
  'rules.dispatched': 'Move on when the hardware is dispatched',
  'rules.installerFinished': 'Resolve when the installer finishes',
  'rules.askOnWaiting': 'Ask for what is missing',
  'rules.sweeps.installerSilence': 'Advise after a week of installer silence',
  'rules.sweeps.stockEtaPassed': 'Tell the team when a stock ETA has passed',
  'rules.sweeps.reconcileDispatch': 'Move dispatched requests that did not move',
  'rules.sweeps.remindCustomer': 'Remind a customer who has not answered',
  'rules.sweeps.closeResolved': 'Close requests resolved for a while',
} as const;

/**
 * The title of the rule a settings path lies in; undefined outside the rules.
 * @example ruleTitleOf('rules.reopen.targetStatus') // 'Reopen on a customer comment'
 */
export const ruleTitleOf = (path: string): string | undefined =>
  Object.entries(ruleTitles).find(
    ([rulePath]) => path === rulePath || path.startsWith(`${rulePath}.`),
  )?.[1];
