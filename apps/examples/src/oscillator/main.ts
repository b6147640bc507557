/**
 * `pnpm example:oscillator`: a network learns the motion of a damped spring from its equation
 * alone, u'' + 2ζω u' + ω² u = 0 with u(0) = 1 and u'(0) = 0 (a physics-informed network). The
 * loss needs second derivatives of the network with respect to time: nested GradientTapes.
 */
import * as tf from 'tensortape';
import { exactSolution } from './exact-solution';
import { solveOscillator } from './solve-oscillator';

const oscillator = { zeta: 0.2, omega: 1 };
const tEnd = 4;
console.log(`Damped oscillator: u'' + 2ζω·u' + ω²·u = 0 with ζ = ${oscillator.zeta}, ω = ${oscillator.omega}; u(0) = 1, u'(0) = 0; t in [0, ${tEnd}]`);

const started = performance.now();
const solution = solveOscillator({
  ...oscillator,
  tEnd,
  points: 48,
  steps: 3000,
  onProgress: ({ step, loss, maxError }) =>
    console.log(`step ${String(step).padStart(4)}  residual² ${loss.toExponential(2)}  max |u - exact| ${maxError.toExponential(2)}`),
});
console.log(`Trained in ${((performance.now() - started) / 1000).toFixed(1)}s.\n`);

console.log('   t   learned u(t)   exact u(t)');
const ts = Float64Array.from({ length: 9 }, (_, i) => (tEnd * i) / 8);
const learned = solution.u(tf.constant(ts, { shape: [ts.length, 1] })).dataSync();
ts.forEach((t, i) => console.log(`${t.toFixed(2).padStart(5)}   ${(learned[i] as number).toFixed(5).padStart(10)}   ${exactSolution(oscillator, t).toFixed(5).padStart(10)}`));
