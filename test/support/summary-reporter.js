// Prints one closing line, "jest: N passed, N failed, N skipped", that CI logs can be read by,
// and fails the run when a test was skipped or left as a todo: a skipped test proves nothing.
class SummaryReporter {
  constructor(globalConfig) {
    // `-t pattern` skips the tests it leaves out on purpose.
    this.isNamePatternRun = Boolean(globalConfig.testNamePattern);
    this.error = undefined;
  }

  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    const skipped = numPendingTests + numTodoTests;
    process.stdout.write(
      `\njest: ${numPassedTests} passed, ${numFailedTests} failed, ${skipped} skipped\n`,
    );

    if (skipped > 0 && !this.isNamePatternRun) {
      this.error = new Error(
        `${skipped} test(s) skipped or left as todo: a skipped test checks nothing`,
      );
      process.stdout.write(`${this.error.message}\n`);
    }
  }

  getLastError() {
    return this.error;
  }
}

module.exports = SummaryReporter;
