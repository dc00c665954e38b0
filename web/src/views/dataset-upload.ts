/**
 * A partner's dataset upload (issue #19): a Cypher file, chosen or dropped, gets a dry run whose
 * report is shown (views/import-report.ts) and whose changes go on the map; only a file whose dry
 * run passed can be submitted, as a proposal (or as the new version of a rejected one).
 */
import type { Lang } from '../../../server/ontology.ts';
import { gql } from '../api.ts';
import { h } from '../dom.ts';
import type { StringKey } from '../i18n.ts';
import * as Q from '../queries.ts';
import { reportView, type Report } from './import-report.ts';

export interface UploadKit {
  lang(): Lang;
  tr(key: StringKey, vars?: Record<string, string | number>): string;
  field(id: string, key: StringKey, input: HTMLElement): HTMLElement;
  say(message: string): void;
  fail(e: unknown): void;
  redraw(focus?: string): void;
  /** The dry run's changes on the map. */
  showPreview(report: Report): void;
  /** After the dataset is in: to "my proposals", with the news. */
  sent(): Promise<void>;
}

/** A file's name as the server takes it (letters, digits, spaces and ._-,()+). */
const safeFileName = (name: string) => name.replace(/[^\w .,()+-]/g, '_').slice(0, 200) || 'dataset.cypher';

export function datasetUpload(kit: UploadKit) {
  /** The file being uploaded: its text and its dry run's report (kept while the panel is redrawn). */
  let dataset: { fileName: string; text: string; report: Report | null } | null = null;
  /** The rejected dataset proposal a new file replaces. */
  let replacing: { id: string; fileName: string } | null = null;
  const { tr } = kit;

  function load(file: File | undefined): void {
    if (!file) return;
    void (async () => {
      const fileName = safeFileName(file.name);
      try {
        dataset = { fileName, text: await file.text(), report: null };
        kit.say(tr('dryRunRunning', { file: fileName }));
        dataset.report = (await gql(Q.DRY_RUN_DATASET, { fileName, text: dataset.text })).importDataset;
        kit.redraw('#dataset-report h3');
        kit.showPreview(dataset.report);
      } catch (e) {
        kit.fail(e);
      }
    })();
  }

  function submit(): void {
    const ready = dataset;
    if (!ready || ready.report?.status !== 'dry-run') return kit.fail(new Error(tr('chooseFileFirst')));
    void (async () => {
      try {
        await gql(Q.PROPOSE_DATASET, { fileName: ready.fileName, text: ready.text, id: replacing?.id ?? null });
        dataset = null;
        replacing = null;
        await kit.sent();
      } catch (e) {
        kit.fail(e);
      }
    })();
  }

  function dropZone(): HTMLElement {
    // A shortcut for the mouse; the file input is the way for everyone.
    const drop = h('div', { class: 'drop-zone', 'aria-hidden': 'true' }, tr('dropZone'));
    drop.addEventListener('dragover', (ev) => {
      ev.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (ev) => {
      ev.preventDefault();
      drop.classList.remove('over');
      load(ev.dataTransfer?.files[0]);
    });
    return drop;
  }

  return {
    /** The next file replaces this rejected proposal (null: a new proposal). */
    replace(proposal: { id: string; fileName: string } | null): void {
      replacing = proposal;
      dataset = null;
    },
    view(): HTMLElement {
      const input = h('input', { id: 'dataset-file', name: 'file', type: 'file', accept: '.cypher,.cql,.txt,text/plain', 'aria-describedby': 'dataset-help dataset-report' }) as HTMLInputElement;
      input.addEventListener('change', () => load(input.files?.[0]));
      const report = dataset?.report;
      const form = h(
        'form',
        { class: 'contribute-form', novalidate: true },
        h('p', { class: 'hint', id: 'dataset-help' }, tr('datasetHelp')),
        replacing ? h('p', { class: 'hint' }, tr('replacingDataset', { file: replacing.fileName })) : null,
        kit.field('dataset-file', 'datasetFile', input),
        dropZone(),
        h(
          'div',
          { id: 'dataset-report' },
          report ? reportView(kit.lang(), report, 'dataset-verdict') : null,
          report?.diff ? h('p', { class: 'hint diff-legend' }, tr('diffLegend')) : null,
          report?.diff?.truncated ? h('p', { class: 'hint' }, tr('diffTruncated')) : null,
        ),
        h('button', { type: 'submit', class: 'btn utrecht-button utrecht-button--primary-action' }, tr('submitDataset')),
      );
      form.addEventListener('submit', (ev) => {
        ev.preventDefault();
        submit();
      });
      return form;
    },
  };
}
