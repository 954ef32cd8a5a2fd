import { Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, useId, useState } from 'react';

import {
  type ImportedHoliday,
  parseIcsHolidays,
} from '../../../src/domain/calendar/parse-ics-holidays';
import { readFileText } from './read-file-text';

/** Props of {@link IcsImport}. */
export interface IcsImportProps {
  importedCount: number;
  /** Called with every holiday of a file that could be read; they replace the imported ones. */
  onImport: (holidays: ImportedHoliday[]) => void;
}

const labelStyle = {
  font: token('font.body.small'),
  fontWeight: token('font.weight.bold'),
  color: token('color.text.subtle'),
} satisfies CSSProperties;

/** "1 holiday", "3 holidays", "No holidays" */
const countOfHolidays = (count: number): string => {
  if (count === 0) return 'No holidays';
  return count === 1 ? '1 holiday' : `${count} holidays`;
};

/** Imports the all-day events of an ICS file as holidays; a file that cannot be read changes nothing. */
export const IcsImport = ({ importedCount, onImport }: IcsImportProps) => {
  const id = useId();
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  const read = async (file: File) => {
    const result = parseIcsHolidays(await readFileText(file));
    if (!result.ok) {
      setMessage({ text: `${file.name} could not be read: ${result.message}`, isError: true });
      return;
    }
    onImport(result.holidays);
    setMessage({
      text: `${countOfHolidays(result.holidays.length)} read from ${file.name}; save to keep them.`,
      isError: false,
    });
  };

  return (
    <Stack space="space.050" testId="ics-import">
      <label htmlFor={id} style={labelStyle}>
        Import holidays from an ICS file ({importedCount} imported now)
      </label>
      <input
        id={id}
        type="file"
        accept=".ics,text/calendar"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) void read(file);
        }}
      />
      {message === null ? null : (
        <Text size="small" color={message.isError ? 'color.text.danger' : 'color.text.success'}>
          {message.text}
        </Text>
      )}
    </Stack>
  );
};
