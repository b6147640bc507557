// Prints one closing line for the whole workspace from each package's vitest JSON report,
// in the plain form CI reads: "tests: N passed, N failed".
import { existsSync, readdirSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const group of ['packages', 'apps']) {
  for (const name of readdirSync(group)) {
    const file = `${group}/${name}/.vitest/report.json`;
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    console.log(`${group}/${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  }
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
