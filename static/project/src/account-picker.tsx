import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useId, useState } from 'react';

import type { AccountChoice } from '../../../src/contracts/project';
import { LabelledTextField } from '../../shared/labelled-text-field';
import type { SectionProps } from './section-props';

/** Props of {@link AccountPicker}. */
export interface AccountPickerProps {
  /** What the accounts are for ("customer proxies"), for the labels. */
  purpose: string;
  /** The accounts already on the list: found again, they say so instead of offering an add. */
  listedIds: readonly string[];
  onPick: (account: AccountChoice) => void;
  search: SectionProps['searchAccounts'];
}

/** Finds Jira people by name or email and offers each one not listed yet to add. */
export const AccountPicker = ({
  purpose,
  listedIds,
  onPick,
  search: searchAccounts,
}: AccountPickerProps) => {
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<AccountChoice[] | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);

  const search = async () => {
    const result = await searchAccounts(query);
    if (!result.ok) {
      setError(result.error.message);
      setFound(null);
      return;
    }
    setError(undefined);
    setFound(result.data);
  };

  return (
    <Stack space="space.100">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void search();
        }}
      >
        <Inline space="space.100" alignBlock="end">
          <LabelledTextField
            id={id}
            label={`Find a person to add to ${purpose}`}
            value={query}
            onChange={setQuery}
            error={error}
          />
          <Button type="submit">Search</Button>
        </Inline>
      </form>
      {found === null ? null : found.length === 0 ? (
        <Text as="p">Nobody matches “{query}”.</Text>
      ) : (
        <ul aria-label={`People found for ${purpose}`}>
          {found.map((account) => (
            <li key={account.accountId}>
              <Inline space="space.100" alignBlock="center">
                <Text>{account.displayName}</Text>
                {listedIds.includes(account.accountId) ? (
                  <Text color="color.text.subtle">Already listed</Text>
                ) : (
                  <Button
                    appearance="subtle"
                    onClick={() => {
                      onPick(account);
                    }}
                  >
                    {`Add ${account.displayName}`}
                  </Button>
                )}
              </Inline>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
};
