/** TF's TensorShape.__str__ (also Python's tuple repr): "()", "(3,)", "(2, 3)". */
export function formatShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}
