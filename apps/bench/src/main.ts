/**
 * `pnpm bench`: tensortape against TensorFlow.js and jax-js on the same workloads, in one run.
 * Prints a table of medians with ratios and writes the same as JSON (see --help).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEngine } from './engines';
import { parseOptions, USAGE } from './options';
import { errorLines, machine, table, targetLines, type Report } from './report';
import { runBenchmark } from './run';
import { checkTargets } from './targets';
import { workload } from './workloads';

const options = parseOptions(process.argv.slice(2));
if (options.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

const loadAtStart = os.loadavg();
const engines = [];
for (const id of options.engines) {
  const engine = createEngine(id);
  await engine.start();
  engines.push({ id, description: engine.describe() });
}
const host = machine(loadAtStart);
console.log(`${host.cpu}, ${host.cores} cores, Node ${host.node}; load average ${host.loadAverage.start.join(' ')}`);
for (const e of engines) console.log(`  ${e.id}: ${e.description}`);
if (!(globalThis as { gc?: unknown }).gc) console.log('  (run with --expose-gc for a collection between measurements)');
console.log('');

const results = await runBenchmark(options, (m) => {
  const w = workload(m.workload);
  const what = m.error ? `failed: ${m.error.split('\n')[0]}` : `${m.value?.toPrecision(4)} ${w.unit}`;
  console.log(`${m.workload} ${w.describe(m.size)} ${m.engine}: ${what}`);
});

const targets = checkTargets(results);
const report: Report = {
  date: new Date().toISOString(),
  command: `pnpm bench ${process.argv.slice(2).join(' ')}`.trim(),
  machine: machine(loadAtStart),
  engines,
  timing: options.timing,
  results,
  targets,
};

console.log('');
console.log(table(results, options.engines));
console.log('');
console.log(targetLines(targets));
const errors = errorLines(results);
if (errors) console.log(`\nFailures:\n${errors}`);
console.log(`\nLoad average ${report.machine.loadAverage.start.join(' ')} at the start, ${report.machine.loadAverage.end.join(' ')} at the end.`);
if (options.json) {
  mkdirSync(path.dirname(options.json), { recursive: true });
  writeFileSync(options.json, JSON.stringify(report, null, 2) + '\n');
  console.log(`Wrote ${path.relative(process.env.INIT_CWD ?? process.cwd(), options.json)}`);
}
