// Jest reporter: writes the counts of a package's run to .local/test-results/, for the test command's total.
const fs = require('node:fs');
const path = require('node:path');

class Telling {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }
  onRunComplete(_contexts, r) {
    const dir = path.join(__dirname, '..', '..', '.local', 'test-results');
    fs.mkdirSync(dir, { recursive: true });
    const naam = path.relative(path.join(__dirname, '..', '..'), this.rootDir).replace(/[\\/]/g, '-');
    fs.writeFileSync(
      path.join(dir, `jest-${naam}.json`),
      JSON.stringify({
        passed: r.numPassedTests,
        failed: r.numFailedTests + r.numRuntimeErrorTestSuites,
        skipped: r.numPendingTests,
      }),
    );
  }
}
module.exports = Telling;
