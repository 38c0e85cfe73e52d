// Structural comparison of two parses of the same text (a full one and an incremental one): every node position,
// every block and sentence field, every source mapping. Returns the first difference, or undefined.
import { isDeepStrictEqual } from 'node:util';
import type { Parsed } from '../../server/src/engine/parse.js';

export function parseDifference(full: Parsed, inc: Parsed): string | undefined {
  if (full.text !== inc.text) return 'texts differ';
  if (!isDeepStrictEqual(full.tree, inc.tree)) return `trees differ: ${treeDifference(full.tree, inc.tree, 'root')}`;
  if (!isDeepStrictEqual(full.frontmatter, inc.frontmatter)) return 'front matter differs';
  if (full.html.length !== inc.html.length) return `html count ${full.html.length} vs ${inc.html.length}`;
  for (let i = 0; i < full.html.length; i++) if (!isDeepStrictEqual(full.html[i], inc.html[i])) return `html ${i} differs`;
  if (full.blocks.length !== inc.blocks.length) return `block count ${full.blocks.length} vs ${inc.blocks.length}`;
  for (let i = 0; i < full.blocks.length; i++) {
    const a = full.blocks[i];
    const b = inc.blocks[i];
    for (const k of ['index', 'kind', 'start', 'end', 'topIndex', 'depth', 'listDepth', 'inBlockquote', 'tableRow', 'text'] as const) {
      if (a[k] !== b[k]) return `block ${i} ${k}: ${String(a[k])} vs ${String(b[k])}`;
    }
    if (!isDeepStrictEqual(a.node, b.node)) return `block ${i} node differs`;
    if (!isDeepStrictEqual(a.listItem, b.listItem)) return `block ${i} listItem differs`;
    if (a.sentences.length !== b.sentences.length) return `block ${i} sentence count`;
  }
  if (full.sentences.length !== inc.sentences.length) return `sentence count ${full.sentences.length} vs ${inc.sentences.length}`;
  for (let i = 0; i < full.sentences.length; i++) {
    const a = full.sentences[i];
    const b = inc.sentences[i];
    for (const k of ['index', 'text', 'start', 'end'] as const) if (a[k] !== b[k]) return `sentence ${i} ${k}: ${String(a[k])} vs ${String(b[k])}`;
    if (a.block.index !== b.block.index) return `sentence ${i} block`;
    for (let j = -1; j <= a.text.length + 1; j++) if (a.toSource(j) !== b.toSource(j)) return `sentence ${i} toSource(${j}): ${a.toSource(j)} vs ${b.toSource(j)}`;
  }
  return undefined;
}

function treeDifference(a: any, b: any, path: string): string {
  if (!isDeepStrictEqual(a?.position, b?.position)) return `${path}.position ${JSON.stringify(a?.position)} vs ${JSON.stringify(b?.position)}`;
  if (a?.type !== b?.type) return `${path}.type ${a?.type} vs ${b?.type}`;
  const ca = a?.children ?? [];
  const cb = b?.children ?? [];
  if (ca.length !== cb.length) return `${path} (${a.type}) has ${ca.length} vs ${cb.length} children`;
  for (let i = 0; i < ca.length; i++) if (!isDeepStrictEqual(ca[i], cb[i])) return treeDifference(ca[i], cb[i], `${path}.${i}`);
  return `${path} (${a?.type}) fields differ`;
}
