import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useState } from 'react';

import type { ProjectConfig } from '../../../src/contracts/project';
import { AccountPicker } from './account-picker';
import { messagesUnder } from './field-errors';
import type { SectionProps } from './section-props';

type AccountList = keyof ProjectConfig['accounts'];

const lists: [AccountList, string, string][] = [
  [
    'customerProxies',
    'Customer proxies',
    'Their comments count as the customer’s, such as an email bridge.',
  ],
  ['integrations', 'Integrations', 'Their comments never drive a customer rule.'],
  ['installers', 'Installers', 'Their completion comments can resolve field maintenance.'],
];

/** The accounts the rules treat specially, picked from Jira's people. */
export const AccountsSection = ({
  draft,
  onChange,
  view,
  errors,
  searchAccounts,
}: SectionProps) => {
  const [names, setNames] = useState<Record<string, string>>(view.accountNames);

  const setList = (list: AccountList, ids: string[]) => {
    onChange({ ...draft, accounts: { ...draft.accounts, [list]: ids } });
  };

  return (
    <Stack space="space.300" testId="accounts-section">
      {lists.map(([list, title, description]) => {
        const ids = draft.accounts[list];
        return (
          <Stack space="space.100" key={list}>
            <Heading size="xsmall" as="h2">
              {title}
            </Heading>
            <Text as="p" color="color.text.subtle">
              {description}
            </Text>
            {ids.length === 0 ? (
              <Text as="p">None.</Text>
            ) : (
              <ul aria-label={title}>
                {ids.map((accountId) => (
                  <li key={accountId}>
                    <Inline space="space.100" alignBlock="center">
                      <Text>{names[accountId] ?? accountId}</Text>
                      <Button
                        appearance="subtle"
                        onClick={() => {
                          setList(
                            list,
                            ids.filter((id) => id !== accountId),
                          );
                        }}
                      >
                        {`Remove ${names[accountId] ?? accountId}`}
                      </Button>
                    </Inline>
                  </li>
                ))}
              </ul>
            )}
            {messagesUnder(errors, `accounts.${list}`).map((message) => (
              <Text key={message} size="small" color="color.text.danger">
                {message}
              </Text>
            ))}
            <AccountPicker
              purpose={title.toLowerCase()}
              listedIds={ids}
              search={searchAccounts}
              onPick={(account) => {
                setNames({ ...names, [account.accountId]: account.displayName });
                if (!ids.includes(account.accountId)) setList(list, [...ids, account.accountId]);
              }}
            />
          </Stack>
        );
      })}
    </Stack>
  );
};
