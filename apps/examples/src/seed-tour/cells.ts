/**
 * The seed notebook ("TensorFlow自动求导机制", TF 2.5), cell by cell in TypeScript. Each cell
 * keeps the notebook's number and Python source; `run` prints what the notebook printed.
 * `print` is Python's print (str of each value), `echo` is the REPL's echo of a value (repr).
 */
import * as tf from 'tensortape';

export interface Io {
  print(...values: unknown[]): void;
  echo(value: unknown): void;
}

export interface Cell {
  /** The notebook's execution count, `In [n]`. */
  readonly n: number;
  readonly python: string;
  run(io: Io): void;
}

// Notebook state carried from cell to cell, as in the kernel.
let x: tf.Variable;
let a: tf.Tensor;

/** Python's `type(e).__name__ + ': ' + str(e)` for a caught error. */
const errorLine = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));
/** A Python tuple's repr, for the cells that show one. */
const tuple = (...items: unknown[]) => `(${items.map(tf.repr).join(', ')})`;

export const cells: readonly Cell[] = [
  {
    n: 1,
    python: 'import tensorflow as tf\nprint("TensorFlow version:",tf.__version__)',
    run: ({ print }) => print('tensortape version:', tf.version),
  },
  { n: 2, python: 'import numpy as np', run: () => {} },
  { n: 3, python: 'tf.Variable(3)#Variable初始值为3', run: ({ echo }) => echo(new tf.Variable(3n)) },
  { n: 4, python: 'tf.Variable([1,2])#Variable初始值为[1,2]', run: ({ echo }) => echo(new tf.Variable([1n, 2n])) },
  { n: 5, python: 'tf.Variable(np.array([1,2]))', run: ({ echo }) => echo(new tf.Variable(Int32Array.of(1, 2))) },
  { n: 6, python: 'tf.Variable(3.)', run: ({ echo }) => echo(new tf.Variable(3)) },
  {
    n: 7,
    python: 'tf.Variable([1,2],dtype=tf.float64)',
    run: ({ echo }) => echo(new tf.Variable([1, 2], { dtype: 'float64' })),
  },
  {
    n: 8,
    python: 'tf.Variable(tf.constant([[1,2],[3,4]]))',
    run: ({ echo }) => echo(new tf.Variable(tf.constant([[1n, 2n], [3n, 4n]]))),
  },
  { n: 9, python: 'tf.Variable(tf.zeros([2,3]))', run: ({ echo }) => echo(new tf.Variable(tf.zeros([2, 3]))) },
  {
    n: 10,
    python: 'tf.Variable(tf.random.normal([2,2]))',
    run: ({ echo }) => echo(new tf.Variable(tf.random.normal([2, 2]))),
  },
  { n: 11, python: 'x=tf.Variable([1,2])', run: () => void (x = new tf.Variable([1n, 2n])) },
  { n: 12, python: 'x', run: ({ echo }) => echo(x) },
  { n: 13, python: 'print(x.shape,x.dtype)', run: ({ print }) => print(tf.formatShape(x.shape), tf.formatDType(x.dtype)) },
  { n: 14, python: 'print(x.numpy())', run: ({ print }) => print(x.format()) },
  { n: 15, python: 'x.trainable', run: ({ echo }) => echo(x.trainable) },
  { n: 16, python: 'type(x)', run: ({ print }) => print(x.constructor.name) },
  { n: 17, python: 'x=tf.Variable([1,2])', run: () => void (x = new tf.Variable([1n, 2n])) },
  { n: 18, python: 'x.assign([3,4])', run: ({ echo }) => echo(x.assign([3, 4])) },
  { n: 19, python: 'x.assign_add([1,1])', run: ({ echo }) => echo(x.assignAdd([1, 1])) },
  { n: 20, python: 'x.assign_add([1,1])', run: ({ echo }) => echo(x.assignAdd([1, 1])) },
  { n: 21, python: 'a=tf.constant(2)', run: () => void (a = tf.constant(2n)) },
  {
    n: 22,
    python: '#a.assign(3)',
    run: ({ print }) => {
      try {
        // @ts-expect-error: a Tensor has no assign (TypeScript says so before it runs)
        a.assign(3);
      } catch (e) {
        print(errorLine(e));
      }
    },
  },
  {
    n: 23,
    python: '#a.trainable',
    run: ({ print }) => {
      try {
        // @ts-expect-error: a Tensor has no trainable
        void a.trainable;
      } catch (e) {
        print(errorLine(e));
      }
    },
  },
  { n: 24, python: 'a=tf.range(5)', run: () => void (a = tf.range(5n)) },
  { n: 25, python: 'x=tf.Variable(a)', run: () => void (x = new tf.Variable(a)) },
  {
    n: 26,
    python: 'isinstance(a,tf.Tensor),isinstance(a,tf.Variable)',
    run: ({ print }) => print(tuple(a instanceof tf.Tensor, a instanceof tf.Variable)),
  },
  {
    n: 27,
    python: 'isinstance(x,tf.Tensor),isinstance(x,tf.Variable)',
    run: ({ print }) => print(tuple((x as unknown) instanceof tf.Tensor, x instanceof tf.Variable)),
  },
  ...gradientCells(),
];

/** Cells 28 onwards: GradientTape. */
function gradientCells(): Cell[] {
  let tape: tf.GradientTape;
  let yT: tf.Tensor;
  let dyDx: tf.Tensor | null;
  return [
    { n: 28, python: 'x=tf.Variable(3.)', run: () => void (x = new tf.Variable(3)) },
    {
      n: 29,
      python: 'with tf.GradientTape() as tape:\n    y=tf.square(x)',
      run: () => {
        tape = new tf.GradientTape();
        yT = tape.record(() => tf.square(x));
      },
    },
    { n: 30, python: 'dy_dx=tape.gradient(y,x)', run: () => void (dyDx = tape.gradient(yT, x)) },
    {
      n: 31,
      python: 'print(y)\nprint(dy_dx)',
      run: ({ print }) => {
        print(yT);
        print(dyDx);
      },
    },
    {
      n: 33,
      python:
        'x=tf.Variable(3.)\n\nwith tf.GradientTape(persistent=True) as tape:\n    y=tf.square(x)\n    z=pow(x,3)\n    \n' +
        'dy_dx=tape.gradient(y,x)\ndz_dx=tape.gradient(z,x)\n\nprint(y)\nprint(dy_dx)\nprint(z)\nprint(dz_dx)\n\ndel tape',
      run: ({ print }) => {
        const x = new tf.Variable(3);
        const tape = new tf.GradientTape({ persistent: true });
        const [y, z] = tape.record(() => [tf.square(x), tf.pow(x, 3)]);
        const dyDx = tape.gradient(y, x);
        const dzDx = tape.gradient(z, x);
        print(y);
        print(dyDx);
        print(z);
        print(dzDx);
      },
    },
    {
      n: 34,
      python:
        'x=tf.Variable(3.)\n\nwith tf.GradientTape(watch_accessed_variables=False) as tape:\n    y=tf.square(x)\n    \n' +
        'dy_dx=tape.gradient(y,x)\n\nprint(y)\nprint(dy_dx)',
      run: ({ print }) => {
        const x = new tf.Variable(3);
        const tape = new tf.GradientTape({ watchAccessedVariables: false });
        const y = tape.record(() => tf.square(x));
        print(y);
        print(tape.gradient(y, x));
      },
    },
    {
      n: 36,
      python:
        'x=tf.Variable(3.)\n\nwith tf.GradientTape(watch_accessed_variables=False) as tape:\n    tape.watch(x)\n    y=tf.square(x)\n    \n' +
        'dy_dx=tape.gradient(y,x)\n\nprint(y)\nprint(dy_dx)',
      run: ({ print }) => {
        const x = new tf.Variable(3);
        const tape = new tf.GradientTape({ watchAccessedVariables: false });
        const y = tape.record(() => {
          tape.watch(x);
          return tf.square(x);
        });
        print(y);
        print(tape.gradient(y, x));
      },
    },
    {
      n: 39,
      python:
        'x=tf.constant(3.)\n\nwith tf.GradientTape(watch_accessed_variables=False) as tape:\n    tape.watch(x)\n    y=tf.square(x)\n    \n' +
        'dy_dx=tape.gradient(y,x)\n\nprint(y)\nprint(dy_dx)',
      run: ({ print }) => {
        const x = tf.constant(3);
        const tape = new tf.GradientTape({ watchAccessedVariables: false });
        const y = tape.record(() => {
          tape.watch(x);
          return tf.square(x);
        });
        print(y);
        print(tape.gradient(y, x));
      },
    },
    {
      n: 37,
      python:
        'x=tf.Variable(3.)\ny=tf.Variable(4.)\n\nwith tf.GradientTape() as tape:\n    f=tf.square(x)+2*tf.square(y)+1\n\n' +
        'df_dx,df_dy=tape.gradient(f,[x,y])\n\nprint(f)\nprint(df_dx)\nprint(df_dy)',
      run: ({ print }) => {
        const x = new tf.Variable(3);
        const y = new tf.Variable(4);
        const tape = new tf.GradientTape();
        const f = tape.record(() => tf.square(x).add(tf.multiply(2, tf.square(y))).add(1));
        const [dfDx, dfDy] = tape.gradient(f, [x, y]);
        print(f);
        print(dfDx);
        print(dfDy);
      },
    },
    {
      n: 38,
      python:
        'x=tf.Variable(3.)\ny=tf.Variable(4.)\n\nwith tf.GradientTape() as tape:\n    f=tf.square(x)+2*tf.square(y)+1\n\n' +
        'first_grads=tape.gradient(f,[x,y])#用一个变量求两个偏导\n\nprint(first_grads)',
      run: ({ print }) => {
        const x = new tf.Variable(3);
        const y = new tf.Variable(4);
        const tape = new tf.GradientTape();
        const f = tape.record(() => tf.square(x).add(tf.multiply(2, tf.square(y))).add(1));
        print(tape.gradient(f, [x, y]));
      },
    },
    {
      n: 41,
      python:
        'x=tf.Variable(3.)\ny=tf.Variable(4.)\n\nwith tf.GradientTape(persistent=True) as tape:\n    f=tf.square(x)+2*tf.square(y)+1\n\n' +
        'df_dx=tape.gradient(f,x)\ndf_dy=tape.gradient(f,y)#分别求偏导\n\nprint(f)\nprint(df_dx)\nprint(df_dy)\n\ndel tape#释放tape',
      run: ({ print }) => {
        const x = new tf.Variable(3);
        const y = new tf.Variable(4);
        const tape = new tf.GradientTape({ persistent: true });
        const f = tape.record(() => tf.square(x).add(tf.multiply(2, tf.square(y))).add(1));
        print(f);
        print(tape.gradient(f, x));
        print(tape.gradient(f, y));
      },
    },
    {
      n: 42,
      python:
        'x=tf.Variable(3.)\ny=tf.Variable(4.)\n\nwith tf.GradientTape(persistent=True) as tape2:\n    \n' +
        '    with tf.GradientTape(persistent=True) as tape1:\n        f=tf.square(x)+2*tf.square(y)+1\n        \n' +
        '    first_grads=tape1.gradient(f,[x,y])\n\nsecond_grads=[tape2.gradient(first_grads,[x,y])]\n\n' +
        'print(f)\nprint(first_grads)\nprint(second_grads)\n\ndel tape1\ndel tape2',
      run: ({ print }) => {
        const x = new tf.Variable(3);
        const y = new tf.Variable(4);
        const tape2 = new tf.GradientTape({ persistent: true });
        const tape1 = new tf.GradientTape({ persistent: true });
        const [f, firstGrads] = tape2.record(() => {
          const f = tape1.record(() => tf.square(x).add(tf.multiply(2, tf.square(y))).add(1));
          return [f, tape1.gradient(f, [x, y])] as const;
        });
        const secondGrads = [tape2.gradient(firstGrads as tf.Tensor[], [x, y])];
        print(f);
        print(firstGrads);
        print(secondGrads);
      },
    },
    {
      n: 43,
      python:
        'x=tf.Variable([1.,2.,3.])\ny=tf.Variable([4.,5.,6.])\nwith tf.GradientTape() as tape:\n    f=tf.square(x)+2*tf.square(y)+1\n\n' +
        'df_dx,df_dy=tape.gradient(f,[x,y])\n\nprint(f)\nprint(df_dx)\nprint(df_dy)',
      run: ({ print }) => {
        const x = new tf.Variable([1, 2, 3]);
        const y = new tf.Variable([4, 5, 6]);
        const tape = new tf.GradientTape();
        const f = tape.record(() => tf.square(x).add(tf.multiply(2, tf.square(y))).add(1));
        const [dfDx, dfDy] = tape.gradient(f, [x, y]);
        print(f);
        print(dfDx);
        print(dfDy);
      },
    },
  ];
}
