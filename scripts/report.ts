// Dev aid until the CLI exists: prints a `penlint --format json`-shaped report for a folder of drafts.
//   npx tsx scripts/report.ts test/fixtures/corpus/drafts > /tmp/r.json
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint, positionIndex } from '../server/src/engine/index.js';

const dir = process.argv[2] ?? 'test/fixtures/corpus/drafts';
const files = statSync(dir).isDirectory() ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => join(dir, f)) : [dir];
const out = files.map((path) => {
  const text = readFileSync(path, 'utf8');
  const r = lint(text);
  const pos = positionIndex(text);
  return {
    path,
    draft: r.isDraft,
    parts: r.parts,
    jurisdiction: r.jurisdiction,
    diagnostics: r.findings.map((f) => {
      const a = pos.toPosition(f.start);
      const b = pos.toPosition(f.end);
      return { ruleId: f.ruleId, severity: f.severity, message: f.message, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }),
  };
});
console.log(JSON.stringify({ version: 1, files: out }, null, 2));
