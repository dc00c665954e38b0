/** A label's symbol and name, as text: the non-colour carrier of a node's kind. */
import { LABELS, type Lang, type LabelName } from '../../../server/ontology.ts';
import { h } from '../dom.ts';

export function labelBadge(label: LabelName, lang: Lang): HTMLElement {
  const def = LABELS[label];
  return h(
    'span',
    { class: 'badge' },
    h('span', { class: 'symbol', 'aria-hidden': 'true', style: `color:${def.colour}` }, def.symbol),
    h('span', { class: 'badge-name' }, def.names[lang]),
  );
}

export function symbolOnly(label: LabelName): HTMLElement {
  const def = LABELS[label];
  return h('span', { class: 'symbol', 'aria-hidden': 'true', style: `color:${def.colour}` }, def.symbol);
}
