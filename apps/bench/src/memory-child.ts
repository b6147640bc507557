/**
 * Runs MLP training steps on one engine in a process of its own and prints what memory they
 * took, as one JSON line. A fresh process per engine, so that no other library's heap or wasm
 * memory is counted. Usage: memory-child.ts <engine> <steps> <batch>
 */
import { createEngine, ENGINE_IDS, type EngineId } from './engines';
import { memoryLoop } from './memory-loop';

const [id, steps, batch] = process.argv.slice(2);
if (!ENGINE_IDS.includes(id as EngineId)) throw new Error(`Unknown engine '${id}'.`);
const engine = createEngine(id as EngineId);
await engine.start();
const report = await memoryLoop(engine.task('mlp-step', Number(batch)), Number(steps));
process.stdout.write(JSON.stringify(report) + '\n');
