import { broadcastShapes, Select, sizeOf, typedArrayFor, type KernelConfig, type TensorInfo } from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { forEachBroadcastRow } from './broadcast';

export const selectKernel: KernelConfig = {
  kernelName: Select,
  backendName: 'cpu',
  kernelFunc: ({ inputs }) => {
    const c = inputs.condition as TensorInfo;
    const t = inputs.t as TensorInfo;
    const e = inputs.e as TensorInfo;
    const shape = broadcastShapes(c.shape, broadcastShapes(t.shape, e.shape, Select), Select);
    const [cv, tv, ev] = [valuesOf(c), valuesOf(t), valuesOf(e)];
    const out = typedArrayFor(t.dtype, sizeOf(shape));
    if (cv.length === out.length && tv.length === out.length && ev.length === out.length) {
      // Laid out like the output (relu's gradient, for one): one flat loop.
      for (let i = 0; i < out.length; i++) out[i] = cv[i] ? (tv[i] as number) : (ev[i] as number);
      return output(out, shape, t.dtype);
    }
    forEachBroadcastRow(shape, [c.shape, t.shape, e.shape], (o, [ic, it, ie], [sc, st, se], n) => {
      let [pc, pt, pe] = [ic as number, it as number, ie as number];
      for (let j = 0; j < n; j++, pc += sc as number, pt += st as number, pe += se as number) {
        out[o + j] = cv[pc] ? (tv[pt] as number) : (ev[pe] as number);
      }
    });
    return output(out, shape, t.dtype);
  },
};
