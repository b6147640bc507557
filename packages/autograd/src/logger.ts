/** Receives tensortape's warnings, with TF's texts. */
export type WarningLogger = (message: string) => void;

const defaultLogger: WarningLogger = (message) => console.warn(`WARNING:tensortape:${message}`);
let logger: WarningLogger = defaultLogger;

/**
 * Replaces the warning logger (console.warn by default); pass nothing to restore the default.
 *
 * @example
 * const seen: string[] = [];
 * tf.setWarningLogger((m) => seen.push(m));
 */
export function setWarningLogger(fn?: WarningLogger): void {
  logger = fn ?? defaultLogger;
}

export function warn(message: string): void {
  logger(message);
}
