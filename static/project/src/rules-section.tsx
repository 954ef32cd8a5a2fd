import { Checkbox } from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { ReactNode } from 'react';

import type { RulesSettings } from '../../../src/domain/rules/rules-settings-schema';
import { messagesUnder } from './field-errors';
import { PhraseListField, TargetStatusField, WholeNumberField } from './rule-fields';
import type { SectionProps } from './section-props';

interface RuleBlockProps {
  title: string;
  description: string;
  enabled: boolean;
  onToggle: (enabled: boolean) => void;
  children?: ReactNode;
}

/** One rule: its switch, what it does, and its parameters while it is on. */
const RuleBlock = ({ title, description, enabled, onToggle, children }: RuleBlockProps) => (
  <Stack space="space.100">
    <Heading size="xsmall" as="h2">
      {title}
    </Heading>
    <Text as="p" color="color.text.subtle">
      {description}
    </Text>
    <Checkbox
      label={`${title}: on`}
      isChecked={enabled}
      onChange={(event) => {
        onToggle(event.currentTarget.checked);
      }}
    />
    {enabled ? children : null}
  </Stack>
);

/** Every status rule with its switch, parameters and target statuses, from the rules' settings. */
export const RulesSection = ({ draft, onChange, view, errors }: SectionProps) => {
  const rules = draft.rules;
  const statuses = view.statuses.map((status) => status.statusName);
  const set = <K extends keyof RulesSettings>(key: K, value: RulesSettings[K]) => {
    onChange({ ...draft, rules: { ...rules, [key]: value } });
  };
  const sweep = <K extends keyof RulesSettings['sweeps']>(
    key: K,
    value: RulesSettings['sweeps'][K],
  ) => {
    set('sweeps', { ...rules.sweeps, [key]: value });
  };
  const error = (path: string) => messagesUnder(errors, `rules.${path}`)[0];

  return (
    <Stack space="space.300" testId="rules-section">
      <RuleBlock
        title="Reopen on a customer comment"
        description="A new public comment from the customer side on a resolved request moves it back to the team."
        enabled={rules.reopen.enabled}
        onToggle={(enabled) => {
          set('reopen', { ...rules.reopen, enabled });
        }}
      >
        <TargetStatusField
          label="Reopened requests go to"
          value={rules.reopen.targetStatus}
          statuses={statuses}
          onChange={(targetStatus) => {
            set('reopen', { ...rules.reopen, targetStatus });
          }}
          error={error('reopen.targetStatus')}
        />
        <WholeNumberField
          label="Only within this many days of resolution"
          value={rules.reopen.windowDays}
          onChange={(windowDays) => {
            set('reopen', { ...rules.reopen, windowDays });
          }}
          helperText="Empty for no limit."
          error={error('reopen.windowDays')}
        />
        <Checkbox
          label="A plain thank-you leaves the request resolved"
          isChecked={rules.reopen.thankYouKeepsResolved}
          onChange={(event) => {
            set('reopen', { ...rules.reopen, thankYouKeepsResolved: event.currentTarget.checked });
          }}
        />
        <PhraseListField
          label="Thank-you phrases (one per line)"
          phrases={rules.reopen.thankYouPhrases}
          onChange={(thankYouPhrases) => {
            set('reopen', { ...rules.reopen, thankYouPhrases });
          }}
          error={error('reopen.thankYouPhrases')}
        />
      </RuleBlock>
      <RuleBlock
        title="Hand back on the customer's reply"
        description="A customer reply while the request waits on the customer hands it back to the team."
        enabled={rules.handBack.enabled}
        onToggle={(enabled) => {
          set('handBack', { ...rules.handBack, enabled });
        }}
      >
        <TargetStatusField
          label="Handed-back requests go to"
          value={rules.handBack.targetStatus}
          statuses={statuses}
          onChange={(targetStatus) => {
            set('handBack', { ...rules.handBack, targetStatus });
          }}
          error={error('handBack.targetStatus')}
        />
      </RuleBlock>
      <RuleBlock
        title="Move on when the hardware is dispatched"
        description="For field maintenance: a recorded dispatch moves the request to the installer."
        enabled={rules.dispatched.enabled}
        onToggle={(enabled) => {
          set('dispatched', { ...rules.dispatched, enabled });
        }}
      >
        <TargetStatusField
          label="Dispatched requests go to"
          value={rules.dispatched.targetStatus}
          statuses={statuses}
          onChange={(targetStatus) => {
            set('dispatched', { ...rules.dispatched, targetStatus });
          }}
          error={error('dispatched.targetStatus')}
        />
        <Stack space="space.050">
          <Text weight="semibold">Field maintenance request types</Text>
          {view.requestTypes.map((type) => (
            <Checkbox
              key={type.id}
              label={type.name}
              isChecked={rules.dispatched.requestTypeIds.includes(type.id)}
              onChange={(event) => {
                const others = rules.dispatched.requestTypeIds.filter((id) => id !== type.id);
                const requestTypeIds = event.currentTarget.checked ? [...others, type.id] : others;
                set('dispatched', { ...rules.dispatched, requestTypeIds });
              }}
            />
          ))}
        </Stack>
      </RuleBlock>
      <RuleBlock
        title="Resolve when the installer finishes"
        description="A public comment by an installer account with a completion phrase resolves the request."
        enabled={rules.installerFinished.enabled}
        onToggle={(enabled) => {
          set('installerFinished', { ...rules.installerFinished, enabled });
        }}
      >
        <TargetStatusField
          label="Finished requests go to"
          value={rules.installerFinished.targetStatus}
          statuses={statuses}
          onChange={(targetStatus) => {
            set('installerFinished', { ...rules.installerFinished, targetStatus });
          }}
          error={error('installerFinished.targetStatus')}
        />
        <PhraseListField
          label="Completion phrases (one per line)"
          phrases={rules.installerFinished.completionPhrases}
          onChange={(completionPhrases) => {
            set('installerFinished', { ...rules.installerFinished, completionPhrases });
          }}
          error={error('installerFinished.completionPhrases')}
        />
      </RuleBlock>
      <RuleBlock
        title="Ask for what is missing"
        description="On entering a status that waits on the customer, post one public comment listing what is missing."
        enabled={rules.askOnWaiting.enabled}
        onToggle={(enabled) => {
          set('askOnWaiting', { enabled });
        }}
      />
      <RuleBlock
        title="Advise after a week of installer silence"
        description="The scheduled sweep tells the customer to ring the installer."
        enabled={rules.sweeps.installerSilence.enabled}
        onToggle={(enabled) => {
          sweep('installerSilence', { enabled });
        }}
      />
      <RuleBlock
        title="Tell the team when a stock ETA has passed"
        description="The scheduled sweep adds an internal note."
        enabled={rules.sweeps.stockEtaPassed.enabled}
        onToggle={(enabled) => {
          sweep('stockEtaPassed', { enabled });
        }}
      />
      <RuleBlock
        title="Move dispatched requests that did not move"
        description="The scheduled sweep catches a dispatch recorded without its status change."
        enabled={rules.sweeps.reconcileDispatch.enabled}
        onToggle={(enabled) => {
          sweep('reconcileDispatch', { enabled });
        }}
      />
      <RuleBlock
        title="Remind a customer who has not answered"
        description="The scheduled sweep reminds the customer of a request waiting on them."
        enabled={rules.sweeps.remindCustomer.enabled}
        onToggle={(enabled) => {
          sweep('remindCustomer', { ...rules.sweeps.remindCustomer, enabled });
        }}
      >
        <WholeNumberField
          label="After this many business days"
          value={rules.sweeps.remindCustomer.afterBusinessDays}
          onChange={(days) => {
            sweep('remindCustomer', {
              ...rules.sweeps.remindCustomer,
              afterBusinessDays: days ?? 0,
            });
          }}
          error={error('sweeps.remindCustomer.afterBusinessDays')}
        />
      </RuleBlock>
      <RuleBlock
        title="Close requests resolved for a while"
        description="The scheduled sweep closes requests that stayed resolved."
        enabled={rules.sweeps.closeResolved.enabled}
        onToggle={(enabled) => {
          sweep('closeResolved', { ...rules.sweeps.closeResolved, enabled });
        }}
      >
        <WholeNumberField
          label="After this many days"
          value={rules.sweeps.closeResolved.afterDays}
          onChange={(days) => {
            sweep('closeResolved', { ...rules.sweeps.closeResolved, afterDays: days ?? 0 });
          }}
          error={error('sweeps.closeResolved.afterDays')}
        />
        <TargetStatusField
          label="Closed requests go to"
          value={rules.sweeps.closeResolved.targetStatus}
          statuses={statuses}
          onChange={(targetStatus) => {
            sweep('closeResolved', { ...rules.sweeps.closeResolved, targetStatus });
          }}
          error={error('sweeps.closeResolved.targetStatus')}
        />
      </RuleBlock>
    </Stack>
  );
};
