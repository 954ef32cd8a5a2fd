import { Checkbox } from '@atlaskit/checkbox';
import { Stack } from '@atlaskit/primitives/compiled';

import type { RulesSettings } from '../../../src/domain/rules/rules-settings-schema';
import { ChoiceSetField } from './choice-set-field';
import { messagesUnder } from './field-errors';
import { RuleBlock } from './rule-block';
import { PhraseListField, TargetStatusField, WholeNumberField } from './rule-fields';
import { ruleTitles } from './rule-titles';
import type { SectionProps } from './section-props';
import { SweepRuleBlocks } from './sweep-rule-blocks';

/** Every status rule and sweep with its switch and every one of its parameters. */
export const RulesSection = ({ draft, onChange, view, errors }: SectionProps) => {
  const rules = draft.rules;
  const statuses = view.statuses.map((status) => status.statusName);
  const statusChoices = statuses.map((name) => ({ value: name, label: name }));
  const requestTypeChoices = view.requestTypes.map((type) => ({
    value: type.id,
    label: type.name,
  }));
  const set = <K extends keyof RulesSettings>(key: K, value: RulesSettings[K]) => {
    onChange({ ...draft, rules: { ...rules, [key]: value } });
  };
  const error = (path: string) => messagesUnder(errors, `rules.${path}`)[0];

  return (
    <Stack space="space.300" testId="rules-section">
      <RuleBlock
        title={ruleTitles['rules.reopen']}
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
          helperText="The status the team picks reopened requests up from."
          error={error('reopen.targetStatus')}
        />
        <WholeNumberField
          label="Only within this many days of resolution"
          value={rules.reopen.windowDays}
          onChange={(windowDays) => {
            set('reopen', { ...rules.reopen, windowDays });
          }}
          helperText="From 1 to 365, or empty for no limit. After it, a comment leaves the request resolved and the customer is invited to raise a new one."
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
          helperText="A comment that says only one of these, whatever its case, punctuation or emoji, counts as a thank-you."
          error={error('reopen.thankYouPhrases')}
        />
      </RuleBlock>
      <RuleBlock
        title={ruleTitles['rules.handBack']}
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
          helperText="The status the team works the request in once the customer has answered."
          error={error('handBack.targetStatus')}
        />
      </RuleBlock>
      <RuleBlock
        title={ruleTitles['rules.dispatched']}
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
          helperText="The status in which the installer has the job."
          error={error('dispatched.targetStatus')}
        />
        <ChoiceSetField
          label="Field maintenance request types"
          choices={requestTypeChoices}
          selected={rules.dispatched.requestTypeIds}
          onChange={(requestTypeIds) => {
            set('dispatched', { ...rules.dispatched, requestTypeIds });
          }}
          helperText="The rule, the installer's completion and the dispatch sweep act on requests of these types only."
          emptyText="This project has no request types."
          error={error('dispatched.requestTypeIds')}
          testId="dispatched-request-types"
        />
        <ChoiceSetField
          label="Statuses that mean the hardware left"
          choices={statusChoices}
          selected={rules.dispatched.dispatchedStatuses}
          onChange={(dispatchedStatuses) => {
            set('dispatched', { ...rules.dispatched, dispatchedStatuses });
          }}
          helperText="Entering one of these (a Hardware Dispatched status) counts as the dispatch being recorded. Leave all unticked when the workflow has none."
          emptyText="This project's workflow has no statuses."
          error={error('dispatched.dispatchedStatuses')}
          testId="dispatched-statuses"
        />
      </RuleBlock>
      <RuleBlock
        title={ruleTitles['rules.installerFinished']}
        description="The installer's completion (a public comment with a completion phrase, or a move to a done status, by an installer account) resolves the request."
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
          helperText="The status that resolves the request."
          error={error('installerFinished.targetStatus')}
        />
        <PhraseListField
          label="Completion phrases (one per line)"
          phrases={rules.installerFinished.completionPhrases}
          onChange={(completionPhrases) => {
            set('installerFinished', { ...rules.installerFinished, completionPhrases });
          }}
          helperText="A public comment by an installer account that holds one of these counts as the job done. Installers are listed on Special accounts."
          error={error('installerFinished.completionPhrases')}
        />
      </RuleBlock>
      <RuleBlock
        title={ruleTitles['rules.askOnWaiting']}
        description="On entering a status that waits on the customer, post one public comment listing what the request's checklist still misses."
        enabled={rules.askOnWaiting.enabled}
        onToggle={(enabled) => {
          set('askOnWaiting', { enabled });
        }}
      />
      <SweepRuleBlocks
        sweeps={rules.sweeps}
        onChange={(sweeps) => {
          set('sweeps', sweeps);
        }}
        statuses={statuses}
        error={(path) => error(`sweeps.${path}`)}
      />
    </Stack>
  );
};
