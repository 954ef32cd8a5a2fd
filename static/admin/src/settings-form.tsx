import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Stack } from '@atlaskit/primitives/compiled';
import { type SyntheticEvent, useId, useState } from 'react';

import { adminKeys, type AdminOverview, type SiteSettings } from '../../../src/contracts/admin';
import { callResolver } from '../../shared/call-resolver';
import { LabelledTextField } from '../../shared/labelled-text-field';
import { ReopenRuleFields } from './reopen-rule-fields';
import { SaveOutcome, type SaveResult } from './save-outcome';
import { type SettingsFieldErrors, settingsFields, validateSettings } from './validate-settings';

/** Props of {@link SettingsForm}. */
export interface SettingsFormProps {
  /** The settings in force, which the form starts from. */
  settings: SiteSettings;
  /** Called with the resolver's new overview once the settings are saved. */
  onSaved: (overview: AdminOverview) => void;
  testId?: string;
}

// Fields with a place for their message; the others' messages are listed with the error.
const placedFields: ReadonlySet<string> = new Set([
  settingsFields.companyName,
  settingsFields.reopenTargetStatus,
]);

/**
 * The form for the site-wide settings: checks the values as the server will, saves them, and
 * shows what went wrong next to the field at fault.
 */
export const SettingsForm = ({
  settings,
  onSaved,
  testId = 'settings-form',
}: SettingsFormProps) => {
  const headingId = useId();
  const companyNameId = useId();
  const targetStatusId = useId();
  const [draft, setDraft] = useState(settings);
  const [fieldErrors, setFieldErrors] = useState<SettingsFieldErrors>({});
  const [result, setResult] = useState<SaveResult | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const edit = (field: string, change: (current: SiteSettings) => SiteSettings): void => {
    setDraft(change);
    setFieldErrors((errors) =>
      Object.fromEntries(Object.entries(errors).filter(([path]) => path !== field)),
    );
    setResult(null);
  };

  const save = async (event: SyntheticEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const problems = validateSettings(draft);
    if (Object.keys(problems).length > 0) {
      setFieldErrors(problems);
      setResult(null);
      focusFirstInvalid(problems, { companyNameId, targetStatusId });
      return;
    }

    setIsSaving(true);
    const answer = await callResolver(adminKeys.saveSettings, { settings: draft });
    setIsSaving(false);

    if (answer.ok) {
      setDraft(answer.data.settings);
      setFieldErrors({});
      setResult({ saved: true });
      onSaved(answer.data);
      return;
    }
    setFieldErrors(answer.error.fields ?? {});
    setResult({ saved: false, error: answer.error });
  };

  const unplacedMessages = Object.entries(fieldErrors).flatMap(([field, message]) =>
    placedFields.has(field) || message === undefined ? [] : [message],
  );

  return (
    <Stack space="space.200" testId={testId}>
      <Heading size="small" as="h2" id={headingId}>
        Settings
      </Heading>
      <form aria-labelledby={headingId} noValidate onSubmit={(event) => void save(event)}>
        <Stack space="space.250">
          <LabelledTextField
            id={companyNameId}
            label="Company name"
            value={draft.companyName}
            onChange={(companyName) => {
              edit(settingsFields.companyName, (current) => ({ ...current, companyName }));
            }}
            helperText="Customers read this name in the portal panel. Up to 80 characters."
            error={fieldErrors[settingsFields.companyName]}
            isRequired
            testId={`${testId}-company-name`}
          />
          <ReopenRuleFields
            reopen={draft.reopen}
            targetStatusId={targetStatusId}
            targetStatusError={fieldErrors[settingsFields.reopenTargetStatus]}
            onEnabledChange={(enabled) => {
              edit(settingsFields.reopenEnabled, (current) => ({
                ...current,
                reopen: { ...current.reopen, enabled },
              }));
            }}
            onTargetStatusChange={(targetStatus) => {
              edit(settingsFields.reopenTargetStatus, (current) => ({
                ...current,
                reopen: { ...current.reopen, targetStatus },
              }));
            }}
            testId={`${testId}-reopen`}
          />
          <Box>
            <Button type="submit" appearance="primary" isLoading={isSaving}>
              Save
            </Button>
          </Box>
          <div aria-live="polite">
            {result === null ? null : (
              <SaveOutcome result={result} unplacedMessages={unplacedMessages} />
            )}
          </div>
        </Stack>
      </form>
    </Stack>
  );
};

const focusFirstInvalid = (
  problems: SettingsFieldErrors,
  ids: { companyNameId: string; targetStatusId: string },
): void => {
  const firstId =
    problems[settingsFields.companyName] === undefined ? ids.targetStatusId : ids.companyNameId;
  document.getElementById(firstId)?.focus();
};
