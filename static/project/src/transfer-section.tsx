import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { type CSSProperties, useId, useState } from 'react';

import { ProblemList } from './problem-list';
import { readConfigFile } from './read-config-file';
import { readFileText } from './read-file-text';
import type { SectionProps } from './section-props';

const labelStyle = {
  font: token('font.body.small'),
  fontWeight: token('font.weight.bold'),
  color: token('color.text.subtle'),
} satisfies CSSProperties;

/**
 * Exports the draft as a JSON file and imports one back: a file is checked whole first, and one
 * with any problem changes nothing and lists each problem with its field.
 */
export const TransferSection = ({ draft, onChange, view }: SectionProps) => {
  const id = useId();
  const [problems, setProblems] = useState<string[]>([]);
  const [imported, setImported] = useState<string | null>(null);

  const download = () => {
    const blob = new Blob([JSON.stringify(draft, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `status-guide-${view.projectKey ?? 'site-defaults'}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const read = async (file: File) => {
    const result = await readConfigFile(await readFileText(file));
    if (!result.ok) {
      setProblems(result.problems);
      setImported(null);
      return;
    }
    setProblems([]);
    setImported(file.name);
    onChange(result.config);
  };

  return (
    <Stack space="space.250" testId="transfer-section">
      <Heading size="xsmall" as="h2">
        Export
      </Heading>
      <Text as="p">Download these settings, as they stand on this page, as a JSON file.</Text>
      <Button onClick={download}>Export as JSON</Button>
      <Heading size="xsmall" as="h2">
        Import
      </Heading>
      <label htmlFor={id} style={labelStyle}>
        Import settings from a JSON file
      </label>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) void read(file);
        }}
      />
      <ProblemList title="The file was not imported" problems={problems} testId="import-problems" />
      {imported === null ? null : (
        <SectionMessage appearance="information" title={`${imported} imported`} headingLevel="h2">
          <Text as="p">Check the other tabs, then save to use these settings.</Text>
        </SectionMessage>
      )}
    </Stack>
  );
};
