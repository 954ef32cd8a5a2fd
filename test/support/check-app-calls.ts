// Every REST call the app makes in any test file is held against Atlassian's API descriptions
// once the file's tests have run, so a call the dedicated contract journeys miss is caught too.
import { findContractProblems, startRecordingAppCalls } from './contract-guard';

startRecordingAppCalls();

afterAll(() => {
  const problems = findContractProblems();

  if (problems.length > 0) {
    throw new Error(
      `The app made REST calls that Atlassian's descriptions do not allow:\n${problems.join('\n')}`,
    );
  }
});
