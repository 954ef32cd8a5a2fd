import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, useId } from 'react';

import type { CatalogueEntryView } from '../../../src/contracts/admin';

/** Props of {@link CatalogueTable}. */
export interface CatalogueTableProps {
  /** The catalogue's entries, in the order the resolver listed them. */
  entries: readonly CatalogueEntryView[];
  testId?: string;
}

const tableStyle = { width: '100%', borderCollapse: 'collapse' } satisfies CSSProperties;

const cellStyle = {
  paddingBlock: token('space.100'),
  paddingInline: token('space.100'),
  borderBlockEnd: `${token('border.width')} solid ${token('color.border')}`,
  textAlign: 'start',
  verticalAlign: 'top',
} satisfies CSSProperties;

const headerCellStyle = {
  ...cellStyle,
  font: token('font.body.small'),
  fontWeight: token('font.weight.bold'),
  color: token('color.text.subtle'),
} satisfies CSSProperties;

/** The catalogue of statuses the app explains, read-only: name, aliases and customer headline. */
export const CatalogueTable = ({ entries, testId = 'catalogue-table' }: CatalogueTableProps) => {
  const headingId = useId();

  return (
    <Stack space="space.150" testId={testId}>
      <Heading size="small" as="h2" id={headingId}>
        Status catalogue
      </Heading>
      <Text as="p" color="color.text.subtle">
        The statuses the Status Guide explains. A Jira status matches an entry by its name or by one
        of its aliases.
      </Text>
      {entries.length === 0 ? (
        <Text as="p">The catalogue has no entries.</Text>
      ) : (
        <table style={tableStyle} aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col" style={headerCellStyle}>
                Name
              </th>
              <th scope="col" style={headerCellStyle}>
                Aliases
              </th>
              <th scope="col" style={headerCellStyle}>
                Headline
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <th scope="row" style={cellStyle}>
                  {entry.name}
                </th>
                <td style={cellStyle}>
                  {entry.aliases.length === 0 ? (
                    <Text color="color.text.subtlest">None</Text>
                  ) : (
                    entry.aliases.join(', ')
                  )}
                </td>
                <td style={cellStyle}>{entry.headline}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Stack>
  );
};
