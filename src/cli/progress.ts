import { SingleBar, Presets } from 'cli-progress';
import type { CliIo } from './io.js';

/**
 * A progress bar for work that runs longer than a second: shown on an interactive terminal unless --quiet, started
 * only once a second has passed, so quick commands print nothing extra.
 */
export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

export function progress(io: CliIo, total: number, what: string, quiet: boolean): Progress {
  if (quiet || !io.interactive || total <= 1) return { tick: () => {}, stop: () => {} };
  const started = Date.now();
  let done = 0;
  let bar: SingleBar | undefined;
  return {
    tick(label = '') {
      done++;
      if (!bar && Date.now() - started > 1000) {
        bar = new SingleBar({ format: `${what} [{bar}] {value}/{total} {label}`, stream: process.stderr, hideCursor: true }, Presets.shades_classic);
        bar.start(total, done, { label });
      } else bar?.update(done, { label });
    },
    stop() {
      bar?.stop();
    },
  };
}
