/** What the bar shows: where training is, and the running loss and accuracy of the epoch. */
export interface Progress {
  readonly epoch: number;
  readonly epochs: number;
  readonly batch: number;
  readonly batches: number;
  readonly loss: number;
  readonly accuracy: number;
}

/** A bar of `width` cells for `done` out of `total`. */
export function bar(done: number, total: number, width: number): string {
  const filled = total > 0 ? Math.round((width * Math.min(done, total)) / total) : width;
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
}

/** One line: `epoch 2/5 [██░░░] batch 63/125 [████░░░░] loss 0.2841 acc 91.7%`. */
export function formatProgress(p: Progress): string {
  return (
    `epoch ${p.epoch}/${p.epochs} ${bar(p.epoch - 1 + p.batch / p.batches, p.epochs, 10)} ` +
    `batch ${String(p.batch).padStart(String(p.batches).length)}/${p.batches} ${bar(p.batch, p.batches, 20)} ` +
    `loss ${p.loss.toFixed(4)} acc ${(100 * p.accuracy).toFixed(1)}%`
  );
}

/**
 * Draws progress on one terminal line, redrawn in place (`\r`) on a TTY. Elsewhere (logs, tests)
 * only finished epochs are written, one line each, so the output stays readable.
 */
export class ProgressBar {
  constructor(
    private readonly write: (text: string) => void,
    private readonly interactive: boolean,
  ) {}

  update(p: Progress): void {
    if (this.interactive) this.write(`\r${formatProgress(p)}\x1b[K`);
  }

  /** Ends an epoch's line, with what it adds (test accuracy, time). */
  done(p: Progress, suffix: string): void {
    this.write(`${this.interactive ? '\r' : ''}${formatProgress(p)} ${suffix}${this.interactive ? '\x1b[K' : ''}\n`);
  }
}
