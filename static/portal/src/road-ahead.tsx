import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, useId } from 'react';

import type { RoadStep } from '../../../src/contracts/portal';
import { usePanelText } from './panel-text';

/** Props of {@link RoadAhead}. */
export interface RoadAheadProps {
  /** The current status first, then the likely statuses to resolution. */
  steps: readonly RoadStep[];
  testId?: string;
}

const markerSize = '0.75rem';

const listStyle = {
  margin: 0,
  padding: 0,
  listStyle: 'none',
  display: 'grid',
} satisfies CSSProperties;

const stepStyle = (isLast: boolean): CSSProperties => ({
  display: 'grid',
  gridTemplateColumns: `${markerSize} 1fr`,
  columnGap: token('space.100'),
  alignItems: 'start',
  position: 'relative',
  paddingBlockEnd: isLast ? 0 : token('space.100'),
});

const markerStyle = (isCurrent: boolean): CSSProperties => ({
  width: markerSize,
  height: markerSize,
  marginBlockStart: token('space.050'),
  borderRadius: token('radius.full'),
  boxSizing: 'border-box',
  border: `${token('border.width.selected')} solid ${
    isCurrent ? token('color.border.selected') : token('color.border.bold')
  }`,
  backgroundColor: isCurrent ? token('color.background.selected.bold') : token('elevation.surface'),
  position: 'relative',
  zIndex: 1,
});

// The thin line joining one step's marker to the next one's.
const connectorStyle = {
  position: 'absolute',
  insetBlockStart: token('space.200'),
  insetBlockEnd: 0,
  insetInlineStart: `calc(${markerSize} / 2 - 1px)`,
  width: token('border.width'),
  backgroundColor: token('color.border'),
} satisfies CSSProperties;

const nameStyle = (isCurrent: boolean): CSSProperties => ({
  font: token('font.body'),
  fontWeight: isCurrent ? token('font.weight.semibold') : token('font.weight.regular'),
  color: isCurrent ? token('color.text') : token('color.text.subtle'),
  overflowWrap: 'anywhere',
});

const currentMarkStyle = {
  font: token('font.body.small'),
  color: token('color.text.subtle'),
} satisfies CSSProperties;

/**
 * The request's likely road to resolution as a compact vertical stepper that fits a narrow
 * panel: an ordered list whose current step is marked, visibly and as the current step for
 * screen readers. Renders nothing for a road of one step (a finished request).
 */
export const RoadAhead = ({ steps, testId = 'road-ahead' }: RoadAheadProps) => {
  const text = usePanelText();
  const headingId = useId();

  if (steps.length < 2) {
    return null;
  }

  return (
    <Stack space="space.100" testId={testId}>
      <Heading size="xsmall" as="h3" id={headingId}>
        {text('roadAhead')}
      </Heading>
      <ol style={listStyle} aria-labelledby={headingId}>
        {steps.map((step, index) => {
          const isLast = index === steps.length - 1;
          return (
            <li
              key={step.statusName}
              style={stepStyle(isLast)}
              aria-current={step.isCurrent ? 'step' : undefined}
            >
              {isLast ? null : <span style={connectorStyle} aria-hidden="true" />}
              <span style={markerStyle(step.isCurrent)} aria-hidden="true" />
              <span style={nameStyle(step.isCurrent)}>
                {step.statusName}
                {step.isCurrent ? (
                  <span style={currentMarkStyle}> ({text('youAreHere')})</span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ol>
    </Stack>
  );
};
