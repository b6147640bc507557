import type { CaseGroup } from '../case-group';

export const nn: CaseGroup = {
  gradients: [],
  values: [],
  tfOps: {},
};
