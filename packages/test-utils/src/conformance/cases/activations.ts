import type { CaseGroup } from '../case-group';

export const activations: CaseGroup = {
  gradients: [],
  values: [],
  tfOps: {},
};
