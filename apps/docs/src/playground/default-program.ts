/** The program the playground opens with: a function, its derivatives at a point, and its plot. */
export const defaultProgram = `import * as tf from 'tensortape';

// f(x) = x³ − 3x
const f = (x: tf.Tensor | tf.Variable) => tf.subtract(tf.pow(x, 3), tf.multiply(3, x));

const x = new tf.Variable(2);
const outer = new tf.GradientTape();
const inner = new tf.GradientTape();
const dfDx = outer.record(() => {
  const y = inner.record(() => f(x));
  console.log(y);                          // f(2)
  return inner.gradient(y, x)!;
});
console.log(dfDx);                         // f′(2) = 3·2² − 3
console.log(outer.gradient(dfDx, x));      // f″(2) = 6·2

// Plot f, f′ and f″ on [-2.5, 2.5]; the derivatives come from GradientTape.
plot(f, [-2.5, 2.5]);
`;
