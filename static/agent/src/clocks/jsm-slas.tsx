import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { useId } from 'react';

import type { SlaView } from '../../../../src/contracts/promise-clocks';
import { plainListStyles } from '../../../shared/plain-list-styles';
import { formatInstant, type ViewerClock } from '../format-instant';
import { RowEndLozenge } from '../row-end-lozenge';
import { slaRemainingText, slaStateLabel } from './sla-words';

/** Props of {@link JsmSlas}. */
export interface JsmSlasProps {
  /** JSM's SLAs of the request, as Jira reported them. */
  slas: readonly SlaView[];
  /** The viewer's locale and time zone, for when a running SLA breaches. */
  viewer: ViewerClock;
  testId?: string;
}

/** JSM's own SLAs of the request, beside the app's promises: name, state and time left. */
export const JsmSlas = ({ slas, viewer, testId = 'jsm-slas' }: JsmSlasProps) => {
  const headingId = useId();

  return (
    <Stack space="space.100" testId={testId}>
      <Heading size="xsmall" as="h2" id={headingId}>
        JSM SLAs
      </Heading>
      {slas.length === 0 ? (
        <Text as="p" color="color.text.subtle">
          Jira Service Management reports no SLAs for this request.
        </Text>
      ) : (
        <ul style={plainListStyles.compact} aria-labelledby={headingId}>
          {slas.map((sla) => {
            const label = slaStateLabel(sla.state);
            const remaining = slaRemainingText(sla);
            return (
              <li key={sla.name}>
                <Stack space="space.025">
                  <Inline space="space.100" spread="space-between" alignBlock="start">
                    <Text weight="semibold">{sla.name}</Text>
                    <RowEndLozenge appearance={label.appearance} text={label.text} />
                  </Inline>
                  {remaining === null ? null : <Text color="color.text.subtle">{remaining}</Text>}
                  {sla.breachAt === null || sla.state !== 'running' ? null : (
                    <Text size="small" color="color.text.subtlest">
                      Breaches{' '}
                      <time dateTime={sla.breachAt}>
                        {formatInstant(sla.breachAt, viewer, 'withWeekday')}
                      </time>
                    </Text>
                  )}
                </Stack>
              </li>
            );
          })}
        </ul>
      )}
    </Stack>
  );
};
