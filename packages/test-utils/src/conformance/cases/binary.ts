import type { CaseGroup } from '../case-group';

export const binary: CaseGroup = {
  gradients: [],
  values: [],
  tfOps: {},
};
