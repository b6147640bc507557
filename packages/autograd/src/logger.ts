/** Receives tensortape's warnings, with TF's texts. */
export type WarningLogger = (message: string) => void;

const defaultLogger: WarningLogger = (message) => console.warn(`WARNING:tensortape:${message}`);
let logger: WarningLogger = defaultLogger;
const counts = new Map<string, number>();

/**
 * Replaces the warning logger (console.warn by default); pass nothing to restore the default.
 * Also restarts the per-call-site counts of `warnFirstN`.
 *
 * @example
 * const seen: string[] = [];
 * tf.setWarningLogger((m) => seen.push(m));
 */
export function setWarningLogger(fn?: WarningLogger): void {
  logger = fn ?? defaultLogger;
  counts.clear();
}

/**
 * Logs `message` at most `n` times per calling source line, as TF's `log_first_n`, which keys
 * its counter by the caller's file and line. `depth` counts the library frames between the
 * user's call and this function.
 */
export function warnFirstN(message: string, n: number, depth: number): void {
  const site = new Error().stack?.split('\n')[depth + 2]?.trim() ?? '';
  const key = `${site}\0${message}`;
  const seen = counts.get(key) ?? 0;
  if (seen >= n) return;
  counts.set(key, seen + 1);
  logger(message);
}
