import { Text } from '@atlaskit/primitives/compiled';
import SectionMessage from '@atlaskit/section-message';

/** Props of {@link ProblemList}. */
export interface ProblemListProps {
  title: string;
  /** Each problem, naming its field; nothing renders when empty. */
  problems: readonly string[];
  testId?: string;
}

/** A warning that lists what must be fixed; renders nothing when there is nothing. */
export const ProblemList = ({ title, problems, testId = 'problem-list' }: ProblemListProps) => {
  if (problems.length === 0) return null;

  return (
    <SectionMessage appearance="error" title={title} headingLevel="h2" testId={testId}>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>
            <Text>{problem}</Text>
          </li>
        ))}
      </ul>
    </SectionMessage>
  );
};
