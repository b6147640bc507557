/** `pnpm example:linear-regression`: SGD finds the weight and bias of a noisy line. */
import { fitLine, leastSquares, makeLine } from './fit-line';

const truth = { weight: 3, bias: 2 };
const data = makeLine(truth.weight, truth.bias, 200, 0.1);
console.log(`200 noisy points on y = ${truth.weight}·x + ${truth.bias}; fitting y = w·x + b by SGD on the mean squared error.`);

const fitted = fitLine(data, {
  steps: 200,
  learningRate: 0.1,
  every: 25,
  onStep: (step, loss, w, b) => console.log(`step ${String(step).padStart(3)}  loss ${loss.toFixed(5)}  w ${w.toFixed(4)}  b ${b.toFixed(4)}`),
});
const best = leastSquares(data);

console.log();
console.log(`          weight    bias`);
console.log(`learned   ${fitted.weight.toFixed(4)}    ${fitted.bias.toFixed(4)}`);
console.log(`true      ${truth.weight.toFixed(4)}    ${truth.bias.toFixed(4)}`);
console.log(`lst. sq.  ${best.weight.toFixed(4)}    ${best.bias.toFixed(4)}   (the exact optimum for this noisy sample)`);
