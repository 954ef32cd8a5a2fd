import Checkbox from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import { Box } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

import type { SiteSettings } from '../../../src/contracts/admin';
import { LabelledTextField } from '../../shared/labelled-text-field';

/** Props of {@link ReopenRuleFields}. */
export interface ReopenRuleFieldsProps {
  /** The reopen rule as the form holds it. */
  reopen: SiteSettings['reopen'];
  /** Id of the target status input, so the form can move focus to it. */
  targetStatusId: string;
  /** What is wrong with the target status; undefined when nothing is. */
  targetStatusError: string | undefined;
  onEnabledChange: (enabled: boolean) => void;
  onTargetStatusChange: (targetStatus: string) => void;
  testId?: string;
}

const fieldsetStyle = {
  margin: 0,
  padding: 0,
  border: 'none',
  display: 'grid',
  gap: token('space.150'),
} satisfies CSSProperties;

const legendStyle = { padding: 0, marginBlockEnd: token('space.100') } satisfies CSSProperties;

/** The reopen rule's fields, grouped: whether it is on, and the status it moves requests to. */
export const ReopenRuleFields = ({
  reopen,
  targetStatusId,
  targetStatusError,
  onEnabledChange,
  onTargetStatusChange,
  testId = 'reopen-rule-fields',
}: ReopenRuleFieldsProps) => (
  <fieldset style={fieldsetStyle} data-testid={testId}>
    <legend style={legendStyle}>
      <Heading size="xsmall" as="span">
        Reopen rule
      </Heading>
    </legend>
    <Box>
      <Checkbox
        label="Reopen resolved requests when the customer comments"
        isChecked={reopen.enabled}
        onChange={(event) => {
          onEnabledChange(event.currentTarget.checked);
        }}
        testId={`${testId}-enabled`}
      />
    </Box>
    <LabelledTextField
      id={targetStatusId}
      label="Status a reopened request moves to"
      value={reopen.targetStatus}
      onChange={onTargetStatusChange}
      helperText="The workflow status name exactly as Jira shows it, such as In Review."
      error={targetStatusError}
      isRequired={reopen.enabled}
      testId={`${testId}-target-status`}
    />
  </fieldset>
);
