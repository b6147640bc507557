import type { Window2DAttrs } from '@tensortape/core';

/**
 * A convolution or pool kernel's resolved padding as the explicit padding argument of the public
 * ops, so a gradient replays exactly the forward window (SAME included).
 */
export function explicitPadding(attrs: Window2DAttrs): number[][] {
  const [top, bottom, left, right] = attrs.pads as [number, number, number, number];
  return attrs.dataFormat === 'NHWC'
    ? [[0, 0], [top, bottom], [left, right], [0, 0]]
    : [[0, 0], [0, 0], [top, bottom], [left, right]];
}
