import type { CaseGroup } from '../case-group';
import { activations } from './activations';
import { arithmetic } from './arithmetic';
import { binary } from './binary';
import { linalg } from './linalg';
import { nn } from './nn';
import { reductions } from './reductions';
import { shape } from './shape';
import { unaryMath } from './unary-math';

/** Every family of conformance cases; each family lives in its own file. */
export const caseGroups: readonly CaseGroup[] = [arithmetic, unaryMath, activations, binary, reductions, linalg, shape, nn];
