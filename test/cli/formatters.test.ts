// Output formats: SARIF validated against the SARIF 2.1.0 schema (test/fixtures/sarif), GitHub workflow commands
// and their escaping, stylish; each on a synthetic report whose findings are certain, and on the built CLI's output.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { rules } from '../../server/src/engine/index.js';
import { ruleDocsUrl } from '../../server/src/engine/meta.js';
import { escapeData, escapeProperty, formatGithub, formatStylish, pathToUri, toSarif } from '../../server/src/cli/formatters.js';
import { toFileEntry, type JsonFileEntry } from '../../server/src/cli/report.js';
import type { Finding } from '../../server/src/engine/types.js';
import { buildOnce, CORPUS, penlint, ROOT } from './helpers.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));
// CommonJS modules with a `default` export: unwrap it whichever way the loader hands it over
const AjvDraft04 = ((ajvDraft04 as unknown as { default?: unknown }).default ?? ajvDraft04) as unknown as typeof ajvDraft04.default;
const addFormats = ((ajvFormats as unknown as { default?: unknown }).default ?? ajvFormats) as unknown as typeof ajvFormats.default;
// the schema's language pattern is not valid with the u flag; ajv must use plain RegExps
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

function assertValidSarif(log: unknown): void {
  const ok = validateSarif(log);
  assert.ok(ok, JSON.stringify(validateSarif.errors?.slice(0, 5), null, 2));
}

// "ninety (90) days" on line 3 of a three-line text, with a safe fix, and a warning with a suggestion
const TEXT = '# Order\n\nfor a period of ninety (90) days, 50% "more", a: b\r\nsecond line\n';
const start = TEXT.indexOf('ninety (90) days');
const findings: Finding[] = [
  {
    ruleId: 'order-duration-exceeds-60',
    severity: 'error',
    citation: '18 U.S.C. § 3123(c)(1)',
    message: 'The order authorizes ninety days; 18 U.S.C. § 3123(c)(1) allows at most sixty.\nSecond line: 100%, a,b',
    start,
    end: start + 'ninety (90) days'.length,
    fixes: [{ title: 'Change to sixty (60) days', kind: 'safe', edits: [{ start, end: start + 'ninety (90) days'.length, text: 'sixty (60) days' }] }],
  },
  {
    ruleId: 'draft-unfilled-placeholder',
    severity: 'warning',
    citation: '',
    message: 'A placeholder is left.',
    start: TEXT.indexOf('second'),
    end: TEXT.indexOf('second') + 6,
    fixes: [{ title: 'Insert text', kind: 'suggestion', edits: [{ start: 0, end: 0, text: 'x' }] }],
  },
  { ruleId: 'app-court-competence', severity: 'info', citation: '18 U.S.C. § 3127(2)', message: 'Say why.', start: 0, end: 0 },
];
const entry = toFileEntry('drafts/a b,c:d.md', TEXT, { isDraft: true, parts: ['order'], jurisdiction: 'federal', findings });
const unreadable: JsonFileEntry = { path: 'drafts/bin.md', draft: false, parts: [], jurisdiction: null, diagnostics: [], error: 'The file is not a text file.' };

describe('CLI formats: the JSON file entry', () => {
  it('converts offsets to 1-based lines and UTF-16 columns, and fixes to line/column edits', () => {
    const d = entry.diagnostics[0];
    assert.deepEqual([d.line, d.column, d.endLine, d.endColumn], [3, 17, 3, 33]);
    assert.deepEqual(d.fixes, [{ title: 'Change to sixty (60) days', kind: 'safe', edits: [{ line: 3, column: 17, endLine: 3, endColumn: 33, text: 'sixty (60) days' }] }]);
    assert.equal(entry.diagnostics[1].line, 4, 'CRLF counts as one line break');
    assert.equal(entry.diagnostics[1].citation, null, 'no citation is null');
    assert.deepEqual(entry.diagnostics[2].fixes, []);
  });

  it('counts columns in UTF-16 code units (an emoji is two)', () => {
    const text = '😀 § 3123 ninety';
    const e = toFileEntry('x.md', text, { isDraft: true, parts: [], jurisdiction: 'federal', findings: [{ ...findings[2], start: text.indexOf('ninety'), end: text.length }] });
    assert.deepEqual([e.diagnostics[0].column, e.diagnostics[0].endColumn], [11, 17]);
  });
});

describe('CLI formats: SARIF 2.1.0', function () {
  this.timeout(120_000);

  it('a synthetic report validates against the SARIF 2.1.0 schema, with rules, regions and safe fixes', () => {
    const log = toSarif([entry, unreadable], '/work/repo') as any;
    assertValidSarif(log);
    const run = log.runs[0];
    assert.equal(log.version, '2.1.0');
    assert.equal(run.tool.driver.rules.length, rules.length);
    const rule = run.tool.driver.rules.find((r: any) => r.id === 'order-duration-exceeds-60');
    assert.equal(rule.helpUri, ruleDocsUrl('order-duration-exceeds-60'));
    assert.equal(rule.defaultConfiguration.level, 'error');
    assert.ok(rule.shortDescription.text && rule.fullDescription.text);
    const [error, warning, note] = run.results;
    assert.deepEqual([error.level, warning.level, note.level], ['error', 'warning', 'note']);
    assert.equal(run.tool.driver.rules[error.ruleIndex].id, error.ruleId);
    assert.deepEqual(error.locations[0].physicalLocation.region, { startLine: 3, startColumn: 17, endLine: 3, endColumn: 33 });
    assert.equal(error.locations[0].physicalLocation.artifactLocation.uri, 'drafts/a%20b%2Cc%3Ad.md');
    assert.equal(error.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'sixty (60) days');
    assert.equal(warning.fixes, undefined, 'suggestions are not SARIF fixes');
    assert.equal(run.invocations[0].executionSuccessful, false);
    assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /not a text file/);
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///work/repo/');
  });

  it('the schema check is real: a result without a message fails it', () => {
    const log = toSarif([entry], '/work/repo') as any;
    delete log.runs[0].results[0].message;
    assert.equal(validateSarif(log), false);
  });

  it('the built CLI\'s --format sarif on the corpus validates', () => {
    buildOnce();
    const r = penlint(['--format', 'sarif', CORPUS]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const log = JSON.parse(r.stdout);
    assertValidSarif(log);
    const json = JSON.parse(penlint(['--format', 'json', CORPUS]).stdout);
    assert.equal(log.runs[0].results.length, json.summary.errors + json.summary.warnings + json.summary.infos);
  });

  it('path segments are percent-encoded', () => {
    assert.equal(pathToUri('a dir/b#1.md'), 'a%20dir/b%231.md');
  });
});

describe('CLI formats: GitHub workflow commands', () => {
  it('prints one command per finding with file, line, col, endLine, endColumn and title', () => {
    const lines = formatGithub([entry, unreadable]).trimEnd().split('\n');
    assert.equal(lines.length, 4);
    assert.equal(
      lines[0],
      '::error file=drafts/a b%2Cc%3Ad.md,line=3,col=17,endLine=3,endColumn=33,title=order-duration-exceeds-60::The order authorizes ninety days; 18 U.S.C. § 3123(c)(1) allows at most sixty.%0ASecond line: 100%25, a,b',
    );
    assert.match(lines[1], /^::warning file=.*,title=draft-unfilled-placeholder::A placeholder is left\.$/);
    assert.match(lines[2], /^::notice file=.*,line=1,col=1,endLine=1,endColumn=1,title=app-court-competence::Say why\.$/);
    assert.equal(lines[3], '::error file=drafts/bin.md,title=penlint::The file is not a text file.');
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    assert.equal(escapeData('50%\r\n: ,'), '50%25%0D%0A: ,');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
  });

  it('the built CLI prints only workflow commands on stdout', function () {
    this.timeout(120_000);
    buildOnce();
    const r = penlint(['--format', 'github', CORPUS]);
    for (const line of r.stdout.split('\n').filter(Boolean)) {
      assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z0-9-]+::\S/);
    }
  });
});

describe('CLI formats: stylish', () => {
  it('groups by file and shows line:col, severity, message and rule id, with a summary line', () => {
    const out = formatStylish([entry, unreadable], false);
    assert.ok(out.includes('\ndrafts/a b,c:d.md\n'));
    assert.match(out, /\n {2}3:17 {2}error {4}The order authorizes ninety days; 18 U\.S\.C\. § 3123\(c\)\(1\) allows at most sixty\. Second line: 100%, a,b {2}order-duration-exceeds-60\n/);
    assert.match(out, /\n {2}4:1 {3}warning {2}A placeholder is left\. {2}draft-unfilled-placeholder\n/);
    assert.match(out, /drafts\/bin\.md\n {2}error {2}The file is not a text file\./);
    assert.match(out, /✖ 3 problems \(1 error, 1 warning, 1 info\); 1 file could not be checked \(2 files checked, 1 draft\)/);
    assert.match(out, /1 problem can be fixed with the `--fix` option/);
    assert.doesNotMatch(out, /\u001b\[/, 'no colours unless asked');
    assert.match(formatStylish([entry], true), /\u001b\[31merror/);
  });

  it('says so when there is nothing to report', () => {
    assert.equal(formatStylish([{ ...entry, diagnostics: [] }], false), '✔ No problems found (1 file checked, 1 draft).\n');
  });
});
