export { expectClose, type CloseOptions } from './expect-close';
export { fixturePath, loadFixture, type FixtureName } from './fixtures';
export { registerCountingBackend } from './counting-backend';
export { checkGradients, type CheckGradientsOptions, type GradientCheckResult } from './check-gradients';
export { runBackendConformance } from './conformance/run-backend-conformance';
export type { CaseGroup, ErrorCase, GradientCase, ValueCase, Fn } from './conformance/case-group';
export { f64, normal, positive } from './conformance/inputs';
