import type { CaseGroup } from '../case-group';

export const linalg: CaseGroup = {
  gradients: [],
  values: [],
  tfOps: {},
};
