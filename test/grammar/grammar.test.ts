// The TextMate injection grammar, tokenized the way VS Code does it (vscode-textmate + vscode-oniguruma), injected
// into VS Code's own Markdown grammar (a copy in fixtures/, from microsoft/vscode-markdown-tm-grammar, MIT).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
const INJECTION = 'text.penlint.injection';
const MARKDOWN = 'text.html.markdown';

interface Token {
  text: string;
  scopes: string[];
}

let grammar: vsctm.IGrammar;

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      const file =
        scopeName === MARKDOWN ? 'test/grammar/fixtures/markdown.tmLanguage.json' : scopeName === INJECTION ? 'syntaxes/penlint.injection.tmLanguage.json' : undefined;
      return file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    // as package.json's contributes.grammars[].injectTo does in VS Code
    getInjections: (scopeName: string) => (scopeName === MARKDOWN ? [INJECTION] : undefined),
  });
  const g = await registry.loadGrammar(MARKDOWN);
  if (!g) throw new Error('no markdown grammar');
  return g;
}

function tokenize(text: string): Token[] {
  let state = vsctm.INITIAL;
  const out: Token[] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = r.ruleStack;
  }
  return out;
}

/** The texts of the maximal runs of tokens that carry a scope starting with `scope`. */
function scoped(text: string, scope: string): string[] {
  const runs: string[] = [];
  let current = '';
  for (const t of tokenize(text)) {
    if (t.scopes.some((s) => s.startsWith(scope))) current += t.text;
    else if (current) {
      runs.push(current);
      current = '';
    }
  }
  if (current) runs.push(current);
  return runs;
}

describe('TextMate grammar (injection into Markdown)', () => {
  before(async () => {
    grammar = await loadGrammar();
  });

  it('package.json contributes the grammar file under its scope name, injected into Markdown', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const g = pkg.contributes.grammars.find((x: { scopeName: string }) => x.scopeName === INJECTION);
    assert.equal(g.path, './syntaxes/penlint.injection.tmLanguage.json');
    assert.deepEqual(g.injectTo, [MARKDOWN]);
  });

  it('scopes statutory citations, with their section numbers', () => {
    const text = 'Pursuant to 18 U.S.C. §§ 3122(a)(1), 3127(5) and § 3123(c)(1), and Fed. R. Crim. P. 41(b), the Court orders.';
    assert.deepEqual(scoped(text, 'entity.name.type.citation'), ['18 U.S.C. §§ 3122(a)(1), 3127(5)', '§ 3123(c)(1)', 'Fed. R. Crim. P. 41(b)']);
    assert.deepEqual(scoped(text, 'entity.name.section.penlint'), ['3122(a)(1), 3127(5)', '3123(c)(1)']);
    assert.deepEqual(scoped('under 18 U.S.C. 3121–3127 generally', 'entity.name.type.citation'), ['18 U.S.C. 3121–3127']);
  });

  it('scopes periods in words, numerals or both', () => {
    const text = 'for a period of sixty (60) days, then ninety days, 48 hours, two months or a 30-day period; not "the days" or "page 60".';
    assert.deepEqual(scoped(text, 'constant.numeric.period'), ['sixty (60) days', 'ninety days', '48 hours', 'two months', '30-day']);
    assert.deepEqual(scoped('within forty-eight hours and sixty (60) calendar days', 'constant.numeric.period'), ['forty-eight hours', 'sixty (60) calendar days']);
  });

  it('scopes placeholders but not "[PROPOSED]", links or signature lines', () => {
    const text = 'The [AGENCY] agent [NAME] will report TBD on XX/XX/20XX to the ____ office.';
    assert.deepEqual(scoped(text, 'variable.other.placeholder'), ['[AGENCY]', '[NAME]', 'TBD', 'XX/XX/20XX', '____']);
    assert.deepEqual(scoped('[PROPOSED] ORDER', 'variable.other.placeholder'), []);
    assert.deepEqual(scoped('See [EXHIBIT A](exhibit-a.md).', 'variable.other.placeholder'), []);
    assert.deepEqual(scoped('_______________________________', 'variable.other.placeholder'), []);
  });

  it('scopes headings, list items and tables too, but not code or comments', () => {
    assert.deepEqual(scoped('## Sealing under § 3123(d)(1)', 'entity.name.type.citation'), ['§ 3123(d)(1)']);
    assert.deepEqual(scoped('1. for sixty (60) days', 'constant.numeric.period'), ['sixty (60) days']);
    assert.deepEqual(scoped('| [PHONE] | § 3123 |', 'entity.name.type.citation'), ['§ 3123']);
    assert.deepEqual(scoped('Use `§ 3123` literally.', 'entity.name.type.citation'), []);
    assert.deepEqual(scoped('```\n§ 3123(c)(1) for ninety days\n```', 'entity.name.type.citation'), []);
    assert.deepEqual(scoped('<!-- penlint-disable-next-line § 3123 ninety days -->', 'constant.numeric.period'), []);
  });

  it('stays linear on long lines (no catastrophic backtracking)', () => {
    const line = `${'§ 3123(a)(b)(c), '.repeat(2000)}${'sixty '.repeat(2000)}${'[AAAA '.repeat(2000)}`;
    const t0 = performance.now();
    tokenize(line);
    assert.ok(performance.now() - t0 < 3000, `took ${performance.now() - t0} ms`);
  });
});
