/**
 * A progress bar on stderr for long imports, shown only on a terminal: one line redrawn at most
 * ten times a second, cleared when the import is done.
 */
import type { ImportProgress } from './report.ts';

const PHASES: Record<ImportProgress['phase'], string> = {
  checking: 'checking',
  waiting: 'waiting for another import to finish',
  'looking-up': 'looking up',
  applying: 'applying',
  validating: 'validating',
  writing: 'writing',
  committing: 'committing',
};

export interface ProgressBar {
  update(progress: ImportProgress): void;
  done(): void;
}

/** A bar on `stream` when it is a terminal; otherwise nothing. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr, width = 30): ProgressBar {
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  let shown = false;
  const started = Date.now();
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 100 && p.done !== p.total) return;
      last = now;
      const fraction = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
      const filled = Math.round(fraction * width);
      const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
      const where = p.line ? ` ${p.file ?? ''}:${p.line}` : '';
      const seconds = ((now - started) / 1000).toFixed(0);
      const text = `${PHASES[p.phase].padEnd(12)} ${bar} ${String(Math.round(fraction * 100)).padStart(3)}%  ${p.done}/${p.total}${where}  ${seconds}s`;
      const columns = stream.columns || 100;
      stream.write('\r' + text.slice(0, columns - 1).padEnd(Math.min(columns - 1, text.length)) + '\x1b[K');
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
