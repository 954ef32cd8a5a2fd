import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';

import type {
  ChecklistItem,
  ChecklistItemKind,
} from '../../../src/domain/checklist/checklist-settings-schema';
import { LabelledTextField } from '../../shared/labelled-text-field';
import { kindChoices, visibilityChoices } from './checklist-item-kinds';
import { LabelledSelect } from './labelled-select';

/** Props of {@link ChecklistItemFields}. */
export interface ChecklistItemFieldsProps {
  item: ChecklistItem;
  /** Position in the request type's list, from 0; names the fields of this item. */
  index: number;
  count: number;
  onChange: (item: ChecklistItem) => void;
  /** Moves the item one place up (-1) or down (1). */
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  /** The message of one of the item's fields ("label"), undefined when it is fine. */
  errorOf: (field: keyof ChecklistItem) => string | undefined;
  /** Prefix of the item's ids and test ids. */
  idPrefix: string;
}

const itemStyle = {
  padding: token('space.200'),
  border: `${token('border.width')} solid ${token('color.border')}`,
  borderRadius: token('radius.medium'),
} satisfies CSSProperties;

/** Every field of one checklist item, with its move and remove buttons. */
export const ChecklistItemFields = ({
  item,
  index,
  count,
  onChange,
  onMove,
  onRemove,
  errorOf,
  idPrefix,
}: ChecklistItemFieldsProps) => {
  const name = item.label.trim() === '' ? `item ${String(index + 1)}` : item.label;
  const setKind = (kind: string) => {
    const next = { ...item, kind: kind as ChecklistItemKind };
    onChange(kind === 'attachment' ? next : { ...next, imagesOnly: false });
  };
  const setFieldId = (typed: string) => {
    const rest = { ...item };
    delete rest.fieldId;
    onChange(typed === '' ? rest : { ...rest, fieldId: typed });
  };

  return (
    <Box as="li" style={itemStyle} testId={`${idPrefix}-item`}>
      <Stack space="space.150">
        <Inline space="space.100" spread="space-between" alignBlock="center">
          <Heading size="xxsmall" as="h3">
            {`${String(index + 1)}. ${name}`}
          </Heading>
          <Inline space="space.050">
            <Button
              onClick={() => {
                onMove(-1);
              }}
              isDisabled={index === 0}
              aria-label={`Move ${name} up`}
              testId={`${idPrefix}-up`}
            >
              Up
            </Button>
            <Button
              onClick={() => {
                onMove(1);
              }}
              isDisabled={index === count - 1}
              aria-label={`Move ${name} down`}
              testId={`${idPrefix}-down`}
            >
              Down
            </Button>
            <Button appearance="subtle" onClick={onRemove} aria-label={`Remove ${name}`}>
              Remove
            </Button>
          </Inline>
        </Inline>
        <LabelledTextField
          id={`${idPrefix}-label`}
          label="Label"
          value={item.label}
          onChange={(label) => {
            onChange({ ...item, label });
          }}
          helperText="What the customer and the team read, up to 80 characters."
          error={errorOf('label')}
          isRequired
          testId={`${idPrefix}-label`}
        />
        <LabelledTextField
          id={`${idPrefix}-help`}
          label="Help text"
          value={item.helpText}
          onChange={(helpText) => {
            onChange({ ...item, helpText });
          }}
          helperText="A hint under the label, such as an example, up to 300 characters."
          error={errorOf('helpText')}
          testId={`${idPrefix}-help`}
        />
        <LabelledSelect
          id={`${idPrefix}-kind`}
          label="Kind"
          choices={kindChoices}
          value={item.kind}
          onChange={setKind}
          helperText="Decides how a value is checked and where the app looks for it."
          error={errorOf('kind')}
          testId={`${idPrefix}-kind`}
        />
        {item.kind === 'attachment' ? (
          <Checkbox
            label="Only an image counts (a screenshot)"
            isChecked={item.imagesOnly}
            onChange={(event) => {
              onChange({ ...item, imagesOnly: event.currentTarget.checked });
            }}
          />
        ) : null}
        <Checkbox
          label="Required"
          isChecked={item.required}
          onChange={(event) => {
            onChange({ ...item, required: event.currentTarget.checked });
          }}
        />
        <LabelledSelect
          id={`${idPrefix}-visibility`}
          label="Who sees it"
          choices={visibilityChoices}
          value={item.visibility}
          onChange={(visibility) => {
            onChange({ ...item, visibility: visibility === 'agent' ? 'agent' : 'customer' });
          }}
          helperText="An item for the team only never reaches a customer's browser or a public comment."
          error={errorOf('visibility')}
          testId={`${idPrefix}-visibility`}
        />
        <LabelledTextField
          id={`${idPrefix}-field`}
          label="Request form field that supplies it"
          value={item.fieldId ?? ''}
          onChange={setFieldId}
          helperText="Optional: a Jira field id, such as customfield_10050 or description."
          placeholder="customfield_10050"
          error={errorOf('fieldId')}
          testId={`${idPrefix}-field`}
        />
        <LabelledTextField
          id={`${idPrefix}-id`}
          label="Item id"
          value={item.id}
          onChange={(id) => {
            onChange({ ...item, id });
          }}
          helperText="Lower-case letters, digits and -; requests remember the item by it, so change it only before the item is in use."
          error={errorOf('id')}
          testId={`${idPrefix}-id`}
        />
      </Stack>
    </Box>
  );
};
