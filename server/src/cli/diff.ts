// A unified diff of two versions of a draft, for --fix-dry-run. Fixes change a few lines here and there, so the
// diff walks both texts line by line and, at a difference, looks for the nearest point where they agree again
// (a bounded search): linear on a 10 MB draft with a handful of fixes, and always a correct diff (applying it
// yields the new text), if not always the shortest one.

const CONTEXT = 3;
const RESYNC_WINDOW = 400;
const RESYNC_CONFIRM = 2;

type Op = { kind: ' ' | '-' | '+'; line: string };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/(?<=\n)/);
  return lines;
}

function lineOps(a: string[], b: string[]): Op[] {
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  const agree = (x: number, y: number) => {
    for (let k = 0; k < RESYNC_CONFIRM; k++) {
      if (x + k >= a.length || y + k >= b.length) return x + k >= a.length && y + k >= b.length;
      if (a[x + k] !== b[y + k]) return false;
    }
    return true;
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i] });
      i++;
      j++;
      continue;
    }
    // the smallest total skip (dropped old lines + added new lines) after which both sides agree again
    let found: [number, number] | undefined;
    for (let d = 1; d <= RESYNC_WINDOW * 2 && !found; d++) {
      for (let dropped = 0; dropped <= d; dropped++) {
        const x = i + dropped;
        const y = j + (d - dropped);
        if (x > a.length || y > b.length) continue;
        if (agree(x, y)) {
          found = [x, y];
          break;
        }
      }
    }
    const [x, y] = found ?? [a.length, b.length];
    for (; i < x; i++) ops.push({ kind: '-', line: a[i] });
    for (; j < y; j++) ops.push({ kind: '+', line: b[j] });
  }
  return ops;
}

function show(op: Op): string {
  const body = op.line.replace(/\r?\n$/, '');
  const noNewline = !/\n$/.test(op.line);
  return `${op.kind}${body}\n${noNewline ? '\\ No newline at end of file\n' : ''}`;
}

/** The unified diff from `before` to `after` (empty when they are equal). */
export function unifiedDiff(before: string, after: string, path: string): string {
  if (before === after) return '';
  const ops = lineOps(splitLines(before), splitLines(after));
  // positions of changes, then hunks with CONTEXT lines around them
  const changed = ops.map((op, k) => (op.kind === ' ' ? -1 : k)).filter((k) => k >= 0);
  let out = `--- a/${path}\n+++ b/${path}\n`;
  let h = 0;
  while (h < changed.length) {
    const start = Math.max(0, changed[h] - CONTEXT);
    let end = changed[h];
    while (h < changed.length && changed[h] <= end + 2 * CONTEXT + 1) {
      end = changed[h];
      h++;
    }
    end = Math.min(ops.length - 1, end + CONTEXT);
    let oldStart = 1;
    let newStart = 1;
    for (let k = 0; k < start; k++) {
      if (ops[k].kind !== '+') oldStart++;
      if (ops[k].kind !== '-') newStart++;
    }
    let oldCount = 0;
    let newCount = 0;
    let body = '';
    for (let k = start; k <= end; k++) {
      if (ops[k].kind !== '+') oldCount++;
      if (ops[k].kind !== '-') newCount++;
      body += show(ops[k]);
    }
    const range = (s: number, n: number) => (n === 1 ? `${s}` : `${n === 0 ? s - 1 : s},${n}`);
    out += `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n${body}`;
  }
  return out;
}
