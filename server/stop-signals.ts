/**
 * Ctrl-C and SIGTERM as "stop" and "stop now", for the commands that stop with care (serve,
 * import): the first signal calls `stop`, a later one `stopNow`.
 *
 * One Ctrl-C can arrive twice, a few milliseconds apart: the terminal sends it to npm and to this
 * process, and npm passes its copy on too when it runs this process itself. A repeat handled
 * within REPEAT_MS is that same Ctrl-C, not a second one: no person presses twice that fast.
 * (Handled, not sent: signals wait for the event loop, so two that arrive while it is busy are
 * handled back to back. A person sees the first one's message before pressing again.)
 */
export const REPEAT_MS = 250;

export type StopSignal = 'SIGINT' | 'SIGTERM';

export function onStopSignals(stop: (signal: StopSignal) => void, stopNow: (signal: StopSignal) => void): { release(): void } {
  let first: number | undefined;
  const onSignal = (signal: StopSignal) => {
    if (first === undefined) {
      stop(signal);
      // Counted from when the first one has been handled (its message shown): a repeat that was
      // already waiting while the machine was busy comes right after, however late both are.
      first = performance.now();
    } else if (performance.now() - first >= REPEAT_MS) {
      stopNow(signal);
    }
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    release() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
