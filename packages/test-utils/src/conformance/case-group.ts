import type { Tensor } from '@tensortape/core';
import type { CheckGradientsOptions } from '../check-gradients';

export type Fn = (...xs: Tensor[]) => Tensor;

/** How the gradient proof exercises one kernel. */
export interface GradientCase {
  /** The kernel's name (a constant from kernel-names.ts). */
  readonly kernel: string;
  /** An op (or short composite) that runs the kernel on float64 inputs. */
  readonly f: Fn;
  /** float64 inputs where `f` is smooth, away from kinks and ties. */
  readonly inputs: () => Tensor[];
  /** Wider steps or tolerances, for ops that round internally. */
  readonly options?: CheckGradientsOptions;
}

/** A forward value: what `String(run())` must print (dtype, shape and values at once). */
export interface ValueCase {
  readonly name: string;
  readonly run: () => Tensor;
  readonly expected: string;
}

/** An error a kernel itself must raise, with TF's type and message (InvalidArgumentError). */
export interface ErrorCase {
  readonly name: string;
  readonly run: () => unknown;
  readonly message: string;
}

/** The conformance cases of one family of ops. */
export interface CaseGroup {
  readonly gradients: readonly GradientCase[];
  readonly values: readonly ValueCase[];
  /** Errors raised while a kernel runs (what front ends check is the same on every backend). */
  readonly errors?: readonly ErrorCase[];
  /** Ops of tf-op-values.json by their recorded name, as tensortape calls. */
  readonly tfOps: Readonly<Record<string, Fn>>;
}
