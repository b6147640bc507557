import type { CaseGroup } from '../case-group';

export const shape: CaseGroup = {
  gradients: [],
  values: [],
  tfOps: {},
};
