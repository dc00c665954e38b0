/**
 * The keyboard beyond what the page's controls do by themselves: on the map, the arrows walk the
 * visible nodes, Enter expands, Delete removes, + and - zoom, Escape closes a claim; anywhere
 * outside a text field, Ctrl+Z and Ctrl+Y (or Ctrl+Shift+Z) undo and redo.
 */
import { LABELS, type LabelName } from '../../server/ontology.ts';
import type { Controller } from './controller.ts';
import { nodeName, type Store } from './state.ts';
import type { Canvas } from './views/canvas.ts';

export function installKeyboard(store: Store, canvas: Canvas, area: HTMLElement, control: Controller): void {
  const dispatch = store.dispatch;
  area.addEventListener('keydown', (ev) => {
    const s = store.get();
    const cy = canvas.cy;
    const ids = cy.nodes(':visible').map((n) => n.id()).sort();
    const i = s.selected ? ids.indexOf(s.selected) : -1;
    const zoomBy = (f: number) => cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    if (ev.key === 'ArrowRight' || ev.key === 'ArrowDown') dispatch({ type: 'select', id: ids[(i + 1) % ids.length] ?? null });
    else if (ev.key === 'ArrowLeft' || ev.key === 'ArrowUp') dispatch({ type: 'select', id: ids[(i - 1 + ids.length) % ids.length] ?? null });
    else if (ev.key === 'Enter' && s.selected) void control.toggleExpand(s.selected);
    else if (ev.key === 'Delete' && s.selected) control.removeNode(s.selected);
    else if (ev.key === 'Escape' && s.claim) control.openClaim(null);
    else if (ev.key === '+' || ev.key === '=') zoomBy(1.2);
    else if (ev.key === '-') zoomBy(1 / 1.2);
    else return;
    ev.preventDefault();
    const sel = store.get().selected;
    if (sel && ev.key.startsWith('Arrow')) {
      canvas.focus(sel);
      const n = store.get().graph.nodes[sel];
      if (n) dispatch({ type: 'announce', message: `${LABELS[n.label as LabelName].names[s.lang]}: ${nodeName(n, s.lang)}` });
    }
  });
  document.addEventListener('keydown', (ev) => {
    const target = ev.target as HTMLElement;
    if (target.closest('input, textarea, select')) return;
    if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'z') {
      ev.preventDefault();
      dispatch({ type: ev.shiftKey ? 'redo' : 'undo' });
    } else if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'y') {
      ev.preventDefault();
      dispatch({ type: 'redo' });
    }
  });
}
