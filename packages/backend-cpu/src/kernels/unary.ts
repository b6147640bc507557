import { typedArrayFor, type DType, type KernelFunc, type TensorInfo, type TypedArray } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';

/** out[i] = f(x[i]) for i < n. */
export type UnaryLoop = (x: TypedArray, out: TypedArray, n: number) => void;

/**
 * An element-wise unary kernel from a loop written out for its op: hot ops (relu, exp, …) pass
 * their own, because a shared loop calling a passed-in function stops V8 from inlining it (see
 * `BinaryLoops`).
 */
export function unaryLoopKernel(loop: UnaryLoop, outDType?: DType): KernelFunc {
  return ({ inputs }) => {
    const x = inputs.x as TensorInfo;
    const xv = valuesOf(x);
    const dtype = outDType ?? x.dtype;
    const out = typedArrayFor(dtype, xv.length);
    loop(xv, out, xv.length);
    return output(out, x.shape, dtype);
  };
}

/** An element-wise unary kernel that calls `fn` per element. */
export function unaryKernel(fn: (x: number) => number, outDType?: DType): KernelFunc {
  return unaryLoopKernel((x, out, n) => {
    for (let i = 0; i < n; i++) out[i] = fn(x[i] as number);
  }, outDType);
}
