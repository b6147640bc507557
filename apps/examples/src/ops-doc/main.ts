/** `pnpm docs:ops`: regenerates docs/ops.md. */
import { writeFileSync } from 'node:fs';
import { renderOpsDoc } from './render-ops-doc';

writeFileSync(new URL('../../../../docs/ops.md', import.meta.url), renderOpsDoc());
console.log('wrote docs/ops.md');
