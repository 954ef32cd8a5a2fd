import Lozenge from '@atlaskit/lozenge';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { useId } from 'react';

import { catalogueOf } from '../../../src/domain/catalogue/catalogue-of-preset';
import { matchStatus, normaliseStatusName } from '../../../src/domain/catalogue/match-status';
import { cellStyle, tableStyle } from '../../shared/table-styles';
import { LabelledSelect } from './labelled-select';
import type { SectionProps } from './section-props';

/**
 * The project's workflow statuses, each with the catalogue entry it means: matched by name or
 * alias until the admin picks one; a status nothing matches is flagged.
 */
export const StatusMappingSection = ({ draft, onChange, view, errors }: SectionProps) => {
  const id = useId();
  const catalogue = catalogueOf(draft);
  const choices = [
    { value: '', label: 'Match by name' },
    ...catalogue.map((entry) => ({ value: entry.id, label: entry.name })),
  ];

  const mappedKey = (statusName: string): string | undefined =>
    Object.keys(draft.statusMapping).find(
      (name) => normaliseStatusName(name) === normaliseStatusName(statusName),
    );

  const choose = (statusName: string, entryId: string) => {
    const mapping = { ...draft.statusMapping };
    const existing = mappedKey(statusName);
    if (existing !== undefined) Reflect.deleteProperty(mapping, existing);
    if (entryId !== '') mapping[statusName] = entryId;
    onChange({ ...draft, statusMapping: mapping });
  };

  return (
    <Stack space="space.200" testId="status-mapping-section">
      <Text as="p">
        {view.projectKey === null
          ? 'These are the statuses of every workflow on the site.'
          : 'These are the statuses of this project’s workflows.'}{' '}
        Each one shows customers the words of the catalogue entry it matches; an unmatched one shows
        neutral words.
      </Text>
      <table style={tableStyle}>
        <thead>
          <tr>
            <th style={cellStyle} scope="col">
              Workflow status
            </th>
            <th style={cellStyle} scope="col">
              Means
            </th>
            <th style={cellStyle} scope="col">
              Match
            </th>
          </tr>
        </thead>
        <tbody>
          {view.statuses.map((status, index) => {
            const key = mappedKey(status.statusName);
            const entry = matchStatus(status.statusName, catalogue, draft.statusMapping);
            const error = key === undefined ? undefined : errors[`statusMapping.${key}`];
            return (
              <tr key={status.statusName}>
                <th style={cellStyle} scope="row">
                  {status.statusName}
                </th>
                <td style={cellStyle}>
                  <LabelledSelect
                    id={`${id}-status-${index}`}
                    label={`Catalogue entry for ${status.statusName}`}
                    choices={choices}
                    value={key === undefined ? '' : (draft.statusMapping[key] ?? '')}
                    onChange={(entryId) => {
                      choose(status.statusName, entryId);
                    }}
                    error={error}
                    testId={`status-mapping-${index}`}
                  />
                </td>
                <td style={cellStyle}>
                  {entry === null ? (
                    <Lozenge appearance="moved">Not matched</Lozenge>
                  ) : (
                    <Lozenge appearance={key === undefined ? 'default' : 'success'}>
                      {key === undefined ? `By name: ${entry.name}` : `Mapped: ${entry.name}`}
                    </Lozenge>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Stack>
  );
};
