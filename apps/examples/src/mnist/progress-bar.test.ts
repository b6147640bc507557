import { describe, expect, it } from 'vitest';
import { bar, formatProgress, ProgressBar } from './progress-bar';

const p = { epoch: 2, epochs: 5, batch: 63, batches: 125, loss: 0.28412, accuracy: 0.9171 };

describe('the progress bar', () => {
  it('draws bars for epochs and batches with the running loss and accuracy', () => {
    expect(bar(1, 4, 8)).toBe('[██░░░░░░]');
    expect(formatProgress(p)).toBe('epoch 2/5 [███░░░░░░░] batch  63/125 [██████████░░░░░░░░░░] loss 0.2841 acc 91.7%');
  });

  it('redraws in place on a terminal, and writes finished epochs only elsewhere', () => {
    const tty: string[] = [];
    const log: string[] = [];
    for (const [out, interactive] of [[tty, true], [log, false]] as const) {
      const pb = new ProgressBar((t) => out.push(t), interactive);
      pb.update(p);
      pb.done({ ...p, batch: 125 }, 'test acc 93.0%');
    }
    expect(tty[0]).toBe(`\r${formatProgress(p)}\x1b[K`);
    expect(tty[1]).toBe(`\r${formatProgress({ ...p, batch: 125 })} test acc 93.0%\x1b[K\n`);
    expect(log).toEqual([`${formatProgress({ ...p, batch: 125 })} test acc 93.0%\n`]);
  });
});
