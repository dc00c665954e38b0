/**
 * What a dry run would change, as a graph for the map (issue #19): the nodes and relationships it
 * creates or changes, and the existing nodes those relationships reach, for orientation. New and
 * changed elements carry `diff`, which the canvas draws with a dashed or a double border (edges:
 * dashed or dotted) and the names carry a sign, so that no difference rests on colour alone.
 */
import { isLabel } from '../../server/ontology.ts';
import type { GEdge, GNode, Graph } from './api.ts';
import type * as G from './generated/graphql.ts';

export type Diff = NonNullable<G.DryRunDatasetMutation['importDataset']['diff']>;

/** The graph's base while a preview is shown: not a view of the published graph, so not in the URL. */
export const PREVIEW_BASE = 'preview';

/** The sign in front of a name: new, changed. */
export const DIFF_SIGN = { new: '＋ ', changed: '✎ ' } as const;

const signed = (name: string, change: string) => (change === 'new' || change === 'changed' ? DIFF_SIGN[change] + name : name);

export function previewGraph(diff: Diff): Graph {
  const nodes: GNode[] = diff.nodes
    .filter((n) => isLabel(n.label))
    .map((n) => {
      const name = n.name ?? n.id;
      return {
        id: n.id,
        label: n.label as GNode['label'],
        name: signed(name, n.change),
        nameEn: n.nameEn ? signed(n.nameEn, n.change) : null,
        ...(n.change === 'new' || n.change === 'changed' ? { diff: n.change } : {}),
      };
    });
  const edges: GEdge[] = diff.relationships.map((r) => ({
    id: `${r.fromId}-[${r.type}]->${r.toId}`,
    type: r.type,
    source: r.fromId,
    target: r.toId,
    properties: {},
    diff: r.change === 'changed' ? 'changed' : 'new',
  }));
  return { nodes, edges, truncated: diff.truncated };
}

/** A graph of existing nodes only (a flag's target, a proposal's context), marked as changed. */
export function contextGraph(nodes: GNode[], marked: ReadonlySet<string>): Graph {
  return { nodes: nodes.map((n) => (marked.has(n.id) ? { ...n, name: signed(n.name, 'changed'), nameEn: n.nameEn ? signed(n.nameEn, 'changed') : null, diff: 'changed' as const } : n)), edges: [], truncated: false };
}
