import type { CategoryNode } from "./data";

/** Every category of a tree, each parent before its children. */
export function flattenTree(nodes: CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}
