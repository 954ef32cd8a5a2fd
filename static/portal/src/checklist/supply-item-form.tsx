import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, type SyntheticEvent, useId, useState } from 'react';

import {
  type CustomerChecklistItemView,
  type CustomerChecklistView,
  portalChecklistKeys,
} from '../../../../src/contracts/checklist';
import { answerValueLimit } from '../../../../src/domain/checklist/answer-value-limit';
import { callResolver } from '../../../shared/call-resolver';
import { LabelledTextField } from '../../../shared/labelled-text-field';
import { type PanelText, type PanelTextKey, usePanelText } from '../panel-text';

/** Props of {@link SupplyItemForm}. */
export interface SupplyItemFormProps {
  item: CustomerChecklistItemView;
  /** Called with the refreshed checklist once the value is saved. */
  onSaved: (checklist: CustomerChecklistView) => void;
  onCancel: () => void;
  testId?: string;
}

const formStyle = {
  padding: token('space.150'),
  border: `${token('border.width')} solid ${token('color.border')}`,
  borderRadius: token('radius.medium'),
  backgroundColor: token('elevation.surface.sunken'),
} satisfies CSSProperties;

const problemTexts: Readonly<Record<string, PanelTextKey>> = {
  empty: 'checklistProblemEmpty',
  'too-long': 'checklistProblemTooLong',
  registration: 'checklistProblemRegistration',
  'phone-or-email': 'checklistProblemPhoneOrEmail',
  'purchase-order': 'checklistProblemPurchaseOrder',
  attachment: 'checklistProblemAttachment',
  location: 'checklistProblemLocation',
};

/**
 * Why the value was refused, in the viewer's language when the server named the problem, in the
 * server's own words otherwise.
 */
const describeRefusal = (
  text: PanelText,
  item: CustomerChecklistItemView,
  value: string,
  error: { message: string; fields?: Record<string, string>; reasons?: Record<string, string> },
): string => {
  const key = problemTexts[error.reasons?.value ?? ''];
  if (key === undefined) return error.fields?.value ?? error.message;
  return text(key, {
    item: item.label.toLowerCase(),
    length: String(value.length),
    limit: String(answerValueLimit),
  });
};

/**
 * The inline form in which a customer gives one missing item. A refused value stays in the field
 * with the reason beneath it, and the field takes the focus again; nothing is saved.
 */
export const SupplyItemForm = ({
  item,
  onSaved,
  onCancel,
  testId = 'supply-item-form',
}: SupplyItemFormProps) => {
  const text = usePanelText();
  const inputId = useId();
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [isSaving, setIsSaving] = useState(false);

  const save = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setIsSaving(true);
    const answer = await callResolver(portalChecklistKeys.supplyItem, { itemId: item.id, value });
    setIsSaving(false);

    if (answer.ok) {
      onSaved(answer.data);
      return;
    }
    setMessage(describeRefusal(text, item, value, answer.error));
    document.getElementById(inputId)?.focus();
  };

  return (
    <form
      style={formStyle}
      aria-label={text('checklistAddItem', { item: item.label.toLowerCase() })}
      noValidate
      onSubmit={(event) => void save(event)}
      data-testid={testId}
    >
      <Stack space="space.150">
        <LabelledTextField
          id={inputId}
          label={item.label}
          value={value}
          onChange={(typed) => {
            setValue(typed);
            setMessage(undefined);
          }}
          helperText={item.helpText}
          error={message}
          isRequired
          testId={`${testId}-value`}
        />
        <Text size="small" color="color.text.subtlest">
          {text('checklistSharedWithTeam')}
        </Text>
        <Inline space="space.100">
          <Button type="submit" appearance="primary" isLoading={isSaving}>
            {text('checklistSave')}
          </Button>
          <Button appearance="subtle" onClick={onCancel} isDisabled={isSaving}>
            {text('checklistCancel')}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
};
