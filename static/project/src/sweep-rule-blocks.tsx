import { Stack } from '@atlaskit/primitives/compiled';

import type { RulesSettings } from '../../../src/domain/rules/rules-settings-schema';
import { RuleBlock } from './rule-block';
import { TargetStatusField, WholeNumberField } from './rule-fields';
import { ruleTitles } from './rule-titles';

type Sweeps = RulesSettings['sweeps'];

/** Props of {@link SweepRuleBlocks}. */
export interface SweepRuleBlocksProps {
  sweeps: Sweeps;
  onChange: (sweeps: Sweeps) => void;
  /** The project's workflow statuses. */
  statuses: readonly string[];
  /** The first message under `rules.sweeps.<path>`, if any. */
  error: (path: string) => string | undefined;
}

/** The hourly sweeps, each with its switch and parameters. */
export const SweepRuleBlocks = ({ sweeps, onChange, statuses, error }: SweepRuleBlocksProps) => {
  const set = <K extends keyof Sweeps>(key: K, value: Sweeps[K]) => {
    onChange({ ...sweeps, [key]: value });
  };

  return (
    <Stack space="space.300" testId="sweep-rule-blocks">
      <RuleBlock
        title={ruleTitles['rules.sweeps.installerSilence']}
        description="Every hour, a sweep tells the customer once to ring the installer when the installer has said nothing for a week."
        enabled={sweeps.installerSilence.enabled}
        onToggle={(enabled) => {
          set('installerSilence', { enabled });
        }}
      />
      <RuleBlock
        title={ruleTitles['rules.sweeps.stockEtaPassed']}
        description="Every hour, a sweep adds one internal note when the stock ETA an agent recorded has passed."
        enabled={sweeps.stockEtaPassed.enabled}
        onToggle={(enabled) => {
          set('stockEtaPassed', { enabled });
        }}
      />
      <RuleBlock
        title={ruleTitles['rules.sweeps.reconcileDispatch']}
        description="Every hour, a sweep moves a field-maintenance request whose dispatch was recorded but whose status did not change."
        enabled={sweeps.reconcileDispatch.enabled}
        onToggle={(enabled) => {
          set('reconcileDispatch', { enabled });
        }}
      />
      <RuleBlock
        title={ruleTitles['rules.sweeps.remindCustomer']}
        description="Every hour, a sweep reminds the customer of a request that has waited on them this long."
        enabled={sweeps.remindCustomer.enabled}
        onToggle={(enabled) => {
          set('remindCustomer', { ...sweeps.remindCustomer, enabled });
        }}
      >
        <WholeNumberField
          label="Remind after this many business days"
          value={sweeps.remindCustomer.afterBusinessDays}
          onChange={(days) => {
            set('remindCustomer', { ...sweeps.remindCustomer, afterBusinessDays: days ?? 0 });
          }}
          helperText="Counted on the project's business calendar, from 1 to 60."
          error={error('remindCustomer.afterBusinessDays')}
        />
      </RuleBlock>
      <RuleBlock
        title={ruleTitles['rules.sweeps.closeResolved']}
        description="Every hour, a sweep moves requests that stayed resolved to a closing status."
        enabled={sweeps.closeResolved.enabled}
        onToggle={(enabled) => {
          set('closeResolved', { ...sweeps.closeResolved, enabled });
        }}
      >
        <WholeNumberField
          label="Close after this many days resolved"
          value={sweeps.closeResolved.afterDays}
          onChange={(days) => {
            set('closeResolved', { ...sweeps.closeResolved, afterDays: days ?? 0 });
          }}
          helperText="Calendar days since the request was resolved, from 1 to 365."
          error={error('closeResolved.afterDays')}
        />
        <TargetStatusField
          label="Closed requests go to"
          value={sweeps.closeResolved.targetStatus}
          statuses={statuses}
          onChange={(targetStatus) => {
            set('closeResolved', { ...sweeps.closeResolved, targetStatus });
          }}
          helperText="A status of this project's workflow that a resolved request can move to."
          error={error('closeResolved.targetStatus')}
        />
      </RuleBlock>
    </Stack>
  );
};
