import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

import type { CustomerFacts } from '../../../src/contracts/portal';
import type { Detail } from '../../shared/detail-list';
import { formatCivilDate } from '../../shared/format-civil-date';
import type { PanelText } from './panel-text';

const linkStyle = { color: token('color.link') } satisfies CSSProperties;

/**
 * Where the order stands: when it was dispatched and with which carrier reference, or, until it
 * is dispatched, when the stock is expected. Empty when the team recorded none of these.
 */
export const progressDetails = (
  facts: CustomerFacts,
  locales: readonly string[] | undefined,
  text: PanelText,
): Detail[] => {
  if (facts.dispatchedOn !== undefined) {
    return [
      { term: text('dispatched'), detail: formatCivilDate(facts.dispatchedOn, locales, 'long') },
      ...(facts.carrierReference
        ? [{ term: text('carrierReference'), detail: facts.carrierReference }]
        : []),
    ];
  }

  return facts.stockEta === undefined
    ? []
    : [{ term: text('stockExpected'), detail: formatCivilDate(facts.stockEta, locales, 'long') }];
};

/** The installer's name and a phone number the customer can tap to ring; empty when unknown. */
export const installerDetails = (facts: CustomerFacts, text: PanelText): Detail[] => {
  if (facts.installer === undefined) {
    return [];
  }

  const { name, phone } = facts.installer;
  return [
    { term: text('installerName'), detail: name },
    {
      term: text('installerPhone'),
      detail: (
        <a href={`tel:${phone.replace(/[^\d+]/g, '')}`} style={linkStyle}>
          {phone}
        </a>
      ),
    },
  ];
};
