export { expectClose, type CloseOptions } from './expect-close';
export { fixturePath, loadFixture, type FixtureName } from './fixtures';
export { registerCountingBackend } from './counting-backend';
export { checkGradients, type CheckGradientsOptions, type GradientCheckResult } from './check-gradients';
