import { describe, expect, test } from 'vitest';
import { claimsCitingChart, replyTree } from './argument-map';
import { argumentMapSchema, type ArgumentMap } from './schemas';

const node = (id: string, type: 'claim' | 'counterclaim' | 'rebuttal', responds_to: string | null, extra: Partial<ArgumentMap['nodes'][number]> = {}) =>
  ({ id, position: 'supply', type, responds_to, text: id, supports: [], complicates: [], source_ids: [], ...extra });
const map: ArgumentMap = {
  positions: [{ id: 'supply', label: 'S', summary: 'S' }],
  nodes: [
    node('a', 'claim', null, { supports: [{ chart: 'dea-seizures', view: 'pills' }] }),
    node('a-cc', 'counterclaim', 'a', { complicates: [{ chart: 'dea-seizures' }] }),
    node('a-rb', 'rebuttal', 'a-cc'),
    node('b', 'claim', null, { supports: [{ chart: 'other' }] }),
  ],
};

test('replies nest under the node they answer', () => {
  const tree = replyTree(map, 'supply');
  expect(tree.map((t) => t.node.id)).toEqual(['a', 'b']);
  expect(tree[0]!.replies[0]!.node.id).toBe('a-cc');
  expect(tree[0]!.replies[0]!.replies[0]!.node.id).toBe('a-rb');
});

test('a chart lists every node citing it, with the list it came from', () => {
  expect(claimsCitingChart(map, 'dea-seizures').map((c) => [c.node.id, c.relation, c.view])).toEqual([
    ['a', 'supports', 'pills'],
    ['a-cc', 'complicates', undefined],
  ]);
  expect(claimsCitingChart(map, 'nothing')).toEqual([]);
});

describe('the schema rejects a broken map', () => {
  test.each([
    ['unknown position', { ...map, nodes: [{ ...map.nodes[0]!, position: 'neither' }] }, /unknown position/],
    ['reply to a missing node', { ...map, nodes: [map.nodes[0]!, node('x', 'counterclaim', 'ghost')] }, /unknown node ..ghost/],
    ['claim that responds', { ...map, nodes: [node('x', 'claim', 'a'), map.nodes[0]!] }, /a claim responds to nothing/],
    ['duplicate id', { ...map, nodes: [map.nodes[0]!, map.nodes[0]!] }, /duplicate node id/],
  ])('%s', (_n, input, message) => {
    const r = argumentMapSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(message);
  });
});
