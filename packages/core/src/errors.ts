/**
 * TensorFlow's exception types (`tf.errors.*` and the Python built-ins TF raises), as Error
 * subclasses whose `name` is the Python class name, so `${e.name}: ${e.message}` reads as TF does.
 * Python's `TypeError` maps to JavaScript's own `TypeError`.
 */
function errorClass<N extends string>(name: N) {
  const cls = class extends Error {
    constructor(message: string) {
      super(message);
      this.name = name;
    }
  };
  Object.defineProperty(cls, 'name', { value: name });
  return cls;
}

/** A value has the right type but an unusable content (bad shape, unknown option, …). */
export const ValueError = errorClass('ValueError');
export type ValueError = InstanceType<typeof ValueError>;
/** A kernel refused its inputs (dtype mismatch, incompatible shapes). */
export const InvalidArgumentError = errorClass('InvalidArgumentError');
export type InvalidArgumentError = InstanceType<typeof InvalidArgumentError>;
/** An object was used in a state that does not allow it (a consumed tape). */
export const RuntimeError = errorClass('RuntimeError');
export type RuntimeError = InstanceType<typeof RuntimeError>;
/** An attribute that TensorFlow objects of this kind do not have (`tensor.assign`). */
export const AttributeError = errorClass('AttributeError');
export type AttributeError = InstanceType<typeof AttributeError>;
/** A kernel or backend that is not registered. */
export const NotFoundError = errorClass('NotFoundError');
export type NotFoundError = InstanceType<typeof NotFoundError>;

/** A registry lookup failed (a kernel with no registered gradient). */
export const LookupError = errorClass('LookupError');
export type LookupError = InstanceType<typeof LookupError>;

/** An invariant of the library itself broke: a bug to report, not a misuse. */
export const InternalError = errorClass('InternalError');
export type InternalError = InstanceType<typeof InternalError>;

/** TF's wording for a kernel's rejected input, e.g. a float32 + float64 add. */
export function opError(opName: string, detail: string): InvalidArgumentError {
  return new InvalidArgumentError(`${detail} [Op:${opName}] name: `);
}

/**
 * TF's wording for an error raised while a kernel runs: eager TF prefixes the detail with the
 * wrapped function that ran it. `fn` names that function where TF's differs from the op
 * (`Split_num_split_2`).
 */
export function kernelError(opName: string, detail: string, fn = opName): InvalidArgumentError {
  return opError(opName, `{{function_node __wrapped__${fn}_device_/job:localhost/replica:0/task:0/device:CPU:0}} ${detail}`);
}
