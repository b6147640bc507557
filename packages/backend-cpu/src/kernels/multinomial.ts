import { Multinomial, type KernelConfig, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';

/**
 * Samples classes from each row of logits, as TF's CPU kernel does: a cumulative sum of
 * exp(logit - max) over the finite logits, searched for uniform * total (classes with
 * non-finite logits are never drawn).
 */
export const multinomialKernel: KernelConfig = {
  kernelName: Multinomial,
  backendName: 'cpu',
  kernelFunc: ({ inputs }) => {
    const logits = inputs.logits as TensorInfo;
    const uniforms = inputs.uniforms as TensorInfo;
    const lv = valuesOf(logits);
    const uv = valuesOf(uniforms);
    const [batch, classes] = logits.shape as [number, number];
    const samples = uniforms.shape[1] as number;
    const out = new Int32Array(batch * samples);
    const cdf = new Float64Array(classes);
    for (let b = 0; b < batch; b++) {
      const row = b * classes;
      let max = -Infinity;
      for (let j = 0; j < classes; j++) {
        const l = lv[row + j] as number;
        if (Number.isFinite(l) && l > max) max = l;
      }
      let total = 0;
      for (let j = 0; j < classes; j++) {
        const l = lv[row + j] as number;
        if (Number.isFinite(l)) total += Math.exp(l - max);
        cdf[j] = total;
      }
      for (let s = 0; s < samples; s++) {
        // The first class whose cumulative weight exceeds the target (std::upper_bound).
        const target = (uv[b * samples + s] as number) * total;
        let lo = 0;
        let hi = classes;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((cdf[mid] as number) > target) hi = mid;
          else lo = mid + 1;
        }
        out[b * samples + s] = lo;
      }
    }
    return output(out, [batch, samples], 'int32');
  },
};
