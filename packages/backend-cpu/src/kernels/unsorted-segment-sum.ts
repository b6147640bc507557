import {
  kernelError,
  sizeOf,
  typedArrayFor,
  UnsortedSegmentSum,
  type KernelConfig,
  type TensorInfo,
  type UnsortedSegmentSumAttrs,
} from '@tensortape/core';
import { output, valuesOf } from '../cpu-backend';
import { indexText } from './index-text';

/** Adds each slice of data into the output row named by its segment id; negative ids are dropped. */
export const unsortedSegmentSumKernel: KernelConfig = {
  kernelName: UnsortedSegmentSum,
  backendName: 'cpu',
  kernelFunc: ({ inputs, attrs }) => {
    const data = inputs.data as TensorInfo;
    const ids = inputs.segmentIds as TensorInfo;
    const { numSegments } = attrs as unknown as UnsortedSegmentSumAttrs;
    const [dv, iv] = [valuesOf(data), valuesOf(ids)];
    const innerShape = data.shape.slice(ids.shape.length);
    const inner = sizeOf(innerShape);
    const shape = [numSegments, ...innerShape];
    const out = typedArrayFor(data.dtype, sizeOf(shape));
    const int = data.dtype === 'int32';
    for (let i = 0; i < iv.length; i++) {
      const j = iv[i] as number;
      if (j < 0) continue;
      if (j >= numSegments) {
        throw kernelError(UnsortedSegmentSum, `segment_ids${indexText(ids.shape, i)} = ${j} is out of range [0, ${numSegments})`);
      }
      for (let s = 0, to = j * inner, from = i * inner; s < inner; s++) {
        const sum = (out[to + s] as number) + (dv[from + s] as number);
        out[to + s] = int ? sum | 0 : sum;
      }
    }
    return output(out, shape, data.dtype);
  },
};
