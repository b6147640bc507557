/** The element types tensortape supports. Names are TensorFlow's `dtype.name`. */
export type DType = 'float32' | 'float64' | 'int32' | 'bool';

/** The typed array that stores each dtype (bool is one byte per element, 0 or 1). */
export interface DataTypeMap {
  float32: Float32Array;
  float64: Float64Array;
  int32: Int32Array;
  bool: Uint8Array;
}

export type TypedArray = Float32Array | Float64Array | Int32Array | Uint8Array;

export const DTYPES: readonly DType[] = ['float32', 'float64', 'int32', 'bool'];

export function isDType(x: unknown): x is DType {
  return typeof x === 'string' && (DTYPES as readonly string[]).includes(x);
}

/** Floating dtypes are the only ones that carry gradients (TF's `IsTrainable`). */
export function isFloatDType(dtype: DType): dtype is 'float32' | 'float64' {
  return dtype === 'float32' || dtype === 'float64';
}

export function typedArrayFor<D extends DType>(dtype: D, size: number): DataTypeMap[D];
export function typedArrayFor(dtype: DType, size: number): TypedArray {
  switch (dtype) {
    case 'float32':
      return new Float32Array(size);
    case 'float64':
      return new Float64Array(size);
    case 'int32':
      return new Int32Array(size);
    case 'bool':
      return new Uint8Array(size);
  }
}

/** Bytes per element, for `tf.memory()`. */
export function bytesPerElement(dtype: DType): number {
  return dtype === 'float64' ? 8 : dtype === 'bool' ? 1 : 4;
}

/** TF's kernel-level name of a dtype, as its "cannot compute" errors print it. */
export function kernelTypeName(dtype: DType): string {
  return dtype === 'float32' ? 'float' : dtype === 'float64' ? 'double' : dtype;
}
