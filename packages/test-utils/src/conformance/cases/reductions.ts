import type { CaseGroup } from '../case-group';

export const reductions: CaseGroup = {
  gradients: [],
  values: [],
  tfOps: {},
};
