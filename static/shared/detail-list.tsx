import { token } from '@atlaskit/tokens';
import { type CSSProperties, Fragment, type ReactNode } from 'react';

/** One term of a {@link DetailList} and what it says. */
export interface Detail {
  term: string;
  detail: ReactNode;
}

/** Props of {@link DetailList}. */
export interface DetailListProps {
  /** The terms in the order they are read; an empty list renders nothing. */
  details: readonly Detail[];
  /** The width of the terms' column, the same for every list so that lists line up. */
  termWidth?: string;
  testId?: string;
}

const listStyle = {
  margin: 0,
  display: 'grid',
  columnGap: token('space.150'),
  rowGap: token('space.050'),
  alignItems: 'baseline',
} satisfies CSSProperties;

const termStyle = {
  font: token('font.body.small'),
  color: token('color.text.subtle'),
} satisfies CSSProperties;

const detailStyle = { margin: 0, overflowWrap: 'anywhere' } satisfies CSSProperties;

/** A compact two-column list of terms and their details, narrow enough for an issue panel. */
export const DetailList = ({
  details,
  termWidth = '6rem',
  testId = 'detail-list',
}: DetailListProps) => {
  if (details.length === 0) {
    return null;
  }

  return (
    <dl
      style={{ ...listStyle, gridTemplateColumns: `${termWidth} minmax(0, 1fr)` }}
      data-testid={testId}
    >
      {details.map(({ term, detail }) => (
        <Fragment key={term}>
          <dt style={termStyle}>{term}</dt>
          <dd style={detailStyle}>{detail}</dd>
        </Fragment>
      ))}
    </dl>
  );
};
