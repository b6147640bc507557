import type { CaseGroup } from '../case-group';

export const unaryMath: CaseGroup = {
  gradients: [],
  values: [],
  tfOps: {},
};
