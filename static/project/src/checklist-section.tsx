import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useEffect, useId, useState } from 'react';

import type { ProjectConfig } from '../../../src/contracts/project';
import type {
  ChecklistItem,
  ChecklistSettings,
} from '../../../src/domain/checklist/checklist-settings-schema';
import { checklistSourceOf } from '../../../src/domain/checklist/request-type-checklist';
import { plainListStyles } from '../../shared/plain-list-styles';
import { ChecklistItemFields } from './checklist-item-fields';
import { newChecklistItem } from './checklist-item-kinds';
import { ChecklistOrigin } from './checklist-origin';
import { LabelledSelect } from './labelled-select';
import { RegistrationFormatsFields } from './registration-formats-fields';
import type { SectionProps } from './section-props';

const maxItems = 20;

/** Where the focus goes after a move: the moved item's button, found by its test id. */
interface FocusAfterMove {
  index: number;
  offset: -1 | 1;
}

/**
 * The checklist of each of the project's request types (what information the team needs, in
 * order, and who sees it; the preset's by the type's name, or the desk's own) and the
 * registration formats the app finds registrations by. Lists kept for request types the project
 * (or, for the site defaults, the site) does not have are left as they are and not offered.
 */
export const ChecklistSection = ({ draft, onChange, view, errors }: SectionProps) => {
  const id = useId();
  const checklists = draft.checklists;
  const typeChoices = view.requestTypes.map((type) => ({ value: type.id, label: type.name }));
  const [typeId, setTypeId] = useState(typeChoices[0]?.value ?? '');
  const [focus, setFocus] = useState<FocusAfterMove | null>(null);
  const typeName = typeChoices.find((choice) => choice.value === typeId)?.label ?? typeId;
  const source = checklistSourceOf({ id: typeId, name: typeName }, draft);
  const items = source.from === 'own' ? source.items : [];
  const itemPath = `checklists.requestTypes.${typeId}`;

  useEffect(() => {
    if (focus === null) return;
    const atEdge = focus.index === 0 || focus.index === items.length - 1;
    const which = (focus.offset === -1) !== atEdge ? 'up' : 'down';
    const button = document.querySelector<HTMLElement>(
      `[data-testid="${id}-${String(focus.index)}-${which}"]`,
    );
    button?.focus();
    setFocus(null);
  }, [focus, id, items.length]);

  const set = (next: Partial<ChecklistSettings>) => {
    onChange({ ...draft, checklists: { ...checklists, ...next } });
  };
  const setItems = (next: ChecklistItem[]) => {
    set({ requestTypes: { ...checklists.requestTypes, [typeId]: next } });
  };
  const usePreset = () => {
    const others = Object.entries(checklists.requestTypes).filter(([each]) => each !== typeId);
    set({ requestTypes: Object.fromEntries(others) });
  };
  const move = (index: number, offset: -1 | 1) => {
    const target = index + offset;
    const next = [...items];
    const [moved] = next.splice(index, 1);
    if (moved === undefined || target < 0 || target > items.length - 1) return;
    next.splice(target, 0, moved);
    setItems(next);
    setFocus({ index: target, offset });
  };

  if (typeChoices.length === 0) {
    return (
      <Stack space="space.300" testId="checklist-section">
        <Text as="p">This project has no request types, so there is no checklist to set.</Text>
        <RegistrationFormatsFields
          registration={checklists.registration}
          onChange={(registration) => {
            set({ registration });
          }}
          errors={errors}
        />
      </Stack>
    );
  }

  return (
    <Stack space="space.300" testId="checklist-section">
      <Text as="p" color="color.text.subtle">
        The information the team needs for each request type. The portal and the agent panel show
        these items on every request of the type; customers add what is missing. A request type
        without a list of its own takes the preset’s items for the kind of request its name speaks
        of: fault reports, hardware orders or field maintenance.
      </Text>
      <LabelledSelect
        id={`${id}-type`}
        label="Request type"
        choices={typeChoices}
        value={typeId}
        onChange={setTypeId}
        testId="checklist-request-type"
      />
      <Heading size="xsmall" as="h2">
        {`Items of ${typeName}`}
      </Heading>
      <ChecklistOrigin
        requestTypeName={typeName}
        source={source}
        preset={presetSourceOf(typeId, typeName, draft)}
        isMatchedByList={draft.rules.dispatched.requestTypeIds.length > 0}
        onSetOwn={setItems}
        onUsePreset={usePreset}
      />
      {errors[itemPath] === undefined ? null : (
        <Text size="small" color="color.text.danger">
          {errors[itemPath]}
        </Text>
      )}
      {items.length === 0 ? null : (
        <ol
          style={plainListStyles.roomy}
          aria-label="Checklist items"
          data-testid="checklist-items"
        >
          {items.map((item, index) => (
            <ChecklistItemFields
              // Keyed by place: an item's id is one of the fields being edited.
              key={`${typeId}-${String(index)}`}
              item={item}
              index={index}
              count={items.length}
              onChange={(changed) => {
                setItems(items.map((each, at) => (at === index ? changed : each)));
              }}
              onMove={(offset) => {
                move(index, offset);
              }}
              onRemove={() => {
                setItems(items.filter((_each, at) => at !== index));
              }}
              errorOf={(field) => errors[`${itemPath}.${String(index)}.${field}`]}
              idPrefix={`${id}-${String(index)}`}
            />
          ))}
        </ol>
      )}
      {source.from === 'preset' ? null : (
        <Inline>
          <Button
            onClick={() => {
              setItems([...items, newChecklistItem(items)]);
            }}
            isDisabled={items.length >= maxItems}
          >
            Add an item
          </Button>
        </Inline>
      )}
      <RegistrationFormatsFields
        registration={checklists.registration}
        onChange={(registration) => {
          set({ registration });
        }}
        errors={errors}
      />
    </Stack>
  );
};

/** The preset's items a request type would take by its name, were its own list dropped. */
const presetSourceOf = (typeId: string, typeName: string, draft: ProjectConfig) => {
  const withoutOwn = { ...draft, checklists: { ...draft.checklists, requestTypes: {} } };
  const source = checklistSourceOf({ id: typeId, name: typeName }, withoutOwn);
  return source.from === 'preset' ? source : null;
};
