// Prints jest's totals as one plain line (`tests: N passed, N failed`) that CI can read.
class SummaryReporter {
  onRunComplete(_, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
module.exports = SummaryReporter;
