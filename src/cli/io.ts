import { ModelError } from '../engine/errors.js';

/** Where a command writes; tests capture it, the binary writes to the process streams. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress bars only there). */
  readonly interactive: boolean;
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
};

/** Bad input the user can fix (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Work stopped by a signal: exit code 128 + the signal's number as shells report it, 130 for SIGINT (Ctrl-C), 143 for SIGTERM. */
export class InterruptedError extends Error {
  override readonly name = 'InterruptedError';
  readonly signal: 'SIGINT' | 'SIGTERM';
  constructor(message: string, signal: 'SIGINT' | 'SIGTERM' = 'SIGINT') {
    super(message);
    this.signal = signal;
  }
}

export const EXIT_OK = 0;
export const EXIT_INTERRUPTED = 130;
export const EXIT_TERMINATED = 143;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

/** Exit code for an error: 2 for input the user can fix (usage, model or file errors), 130 when interrupted (143 on SIGTERM), 1 for runtime failures. */
export function exitCodeFor(err: unknown): number {
  if (err instanceof InterruptedError) return err.signal === 'SIGTERM' ? EXIT_TERMINATED : EXIT_INTERRUPTED;
  if (err instanceof UsageError || err instanceof ModelError) return EXIT_BAD_INPUT;
  if (err instanceof Error && err.name === 'StudyFileError') return EXIT_BAD_INPUT;
  return EXIT_FAILURE;
}
