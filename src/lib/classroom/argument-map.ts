/** Pure helpers over the argument map: the reply tree, and which nodes cite a chart. */
import type { ArgumentMap, ArgumentNode, ChartRef } from './schemas';

export interface TreeNode {
  node: ArgumentNode;
  replies: TreeNode[];
}

/** Claims of one position, each with its counterclaims and rebuttals nested by `responds_to`. */
export function replyTree(map: ArgumentMap, position: string): TreeNode[] {
  const build = (node: ArgumentNode, seen: Set<string>): TreeNode => {
    if (seen.has(node.id)) throw new Error(`argument-map.yaml: reply cycle at "${node.id}"`);
    const next = new Set(seen).add(node.id);
    return { node, replies: map.nodes.filter((n) => n.responds_to === node.id).map((n) => build(n, next)) };
  };
  return map.nodes.filter((n) => n.position === position && n.responds_to === null).map((n) => build(n, new Set()));
}

export interface ChartCitation {
  node: ArgumentNode;
  relation: 'supports' | 'complicates';
  view?: string;
}

/** Every node that names `chartId` in `supports` or `complicates`, in map order. */
export function claimsCitingChart(map: ArgumentMap, chartId: string): ChartCitation[] {
  return map.nodes.flatMap((node) => (['supports', 'complicates'] as const).flatMap((relation) =>
    node[relation].filter((r: ChartRef) => r.chart === chartId).map((r) => ({ node, relation, ...(r.view ? { view: r.view } : {}) }))));
}

