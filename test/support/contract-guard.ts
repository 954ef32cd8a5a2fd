import { ApiDescriptions } from '../contracts/support/api-descriptions';
import { checkCall, type RecordedCall } from '../contracts/support/check-call';
import { SchemaValidator } from '../contracts/support/schema-validator';

const appCalls: RecordedCall[] = [];

// Off until a jest setup file turns it on, so that scripts using the harness (the benchmark)
// keep no calls nobody checks.
let isRecording = false;

/** Keeps the app's REST calls from now on, for the check after this test file's tests. */
export const startRecordingAppCalls = (): void => {
  isRecording = true;
};

/** Keeps one of the app's REST calls, while recording is on. */
export const recordAppCall = (call: RecordedCall): void => {
  if (isRecording) appCalls.push(call);
};

/**
 * What is wrong with the app's calls kept so far, measured against Atlassian's descriptions, one
 * sentence each without repeats; empty when every call conforms or none was made.
 */
export const findContractProblems = (): string[] => {
  if (appCalls.length === 0) return [];

  const descriptions = ApiDescriptions.load();
  const validator = new SchemaValidator(descriptions.documents);
  const problems = appCalls.flatMap((call) =>
    checkCall(descriptions, validator, call, 'requests and successful answers'),
  );
  return [...new Set(problems)];
};

/** Forgets the calls kept so far; for the guard's own tests. */
export const forgetAppCalls = (): void => {
  appCalls.length = 0;
};

/** How many of the app's calls are kept for the check. */
export const countAppCalls = (): number => appCalls.length;
