// npm run docs: writes docs/rules/<id>.md and the README's rule table from the rules.
import { mkdirSync, readFileSync, writeFileSync, readdirSync, unlinkSync } from 'node:fs';
import { rules } from '../server/src/engine/index.js';
import { renderRuleDoc, replaceRuleTable } from '../server/src/tools/docs.js';

mkdirSync('docs/rules', { recursive: true });
const ids = new Set(rules.map((r) => r.id));
for (const f of readdirSync('docs/rules')) if (f.endsWith('.md') && !ids.has(f.slice(0, -3))) unlinkSync(`docs/rules/${f}`);
for (const r of rules) writeFileSync(`docs/rules/${r.id}.md`, renderRuleDoc(r));
const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', replaceRuleTable(readme, rules));
console.log(`wrote ${rules.length} rule docs and the README table`);
