// The generated docs and the README's rule table must match the rules (run `npm run docs` after a change).
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { rules } from '../../server/src/engine/index.js';
import { renderRuleDoc, renderRuleTable } from '../../server/src/tools/docs.js';

describe('generated docs', () => {
  for (const rule of rules) {
    it(`docs/rules/${rule.id}.md is up to date`, () => {
      const path = `docs/rules/${rule.id}.md`;
      assert.ok(existsSync(path), `${path} exists (run npm run docs)`);
      assert.equal(readFileSync(path, 'utf8'), renderRuleDoc(rule), `${path} is stale: run npm run docs`);
    });
  }
  it('the README rule table is up to date', () => {
    const readme = readFileSync('README.md', 'utf8');
    assert.ok(readme.includes(renderRuleTable(rules)), 'README rule table is stale: run npm run docs');
  });
});
