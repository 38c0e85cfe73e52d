// Config files: parsing and validation with located errors, nearest-wins lookup up to the repository root, the
// include/exclude draft override, and the shipped JSON Schema.
import assert from 'node:assert/strict';
import { readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../server/src/engine/index.js';
import { clearConfigCache, isDraftByConfig, loadConfigForFile, parseConfigText } from '../../server/src/cli/config-files.js';
import { buildConfigSchema, CONFIG_SCHEMA_PATH, configSchemaText } from '../../server/src/cli/config-schema.js';
import { cleanTemps, ROOT, tempRepo, writeFile } from './helpers.js';

const errorsOf = (text: string, file: string) => parseConfigText(text, file).errors.map((e) => `${e.line}:${e.column} ${e.key}: ${e.message}`);

describe('config files: parsing and validation', () => {
  it('accepts a valid JSON, YAML or package.json config', () => {
    const json = parseConfigText('{ "rules": { "scope-full-url": "error" }, "maxDurationDays": 30, "include": ["drafts/**"] }', '/r/.penlintrc.json');
    assert.deepEqual(json, { config: { rules: { 'scope-full-url': 'error' }, maxDurationDays: 30, include: ['drafts/**'] }, errors: [] });
    const yaml = parseConfigText('# office defaults\njurisdiction: state\nplaceholders:\n  - "\\\\{\\\\{[A-Z]+\\\\}\\\\}"\n', '/r/.penlintrc.yaml');
    assert.deepEqual(yaml.errors, []);
    assert.deepEqual(yaml.config, { jurisdiction: 'state', placeholders: ['\\{\\{[A-Z]+\\}\\}'] });
    assert.deepEqual(parseConfigText('{"name":"x","penlint":{"rules":{"scope-pctdd":"off"}}}', '/r/package.json').config, { rules: { 'scope-pctdd': 'off' } });
    assert.deepEqual(parseConfigText('{"name":"x"}', '/r/package.json'), { errors: [] }, 'a package.json without penlint is no config');
    assert.deepEqual(parseConfigText('', '/r/.penlintrc.yaml'), { config: {}, errors: [] });
  });

  it('names the line, column and key of each problem, in JSON', () => {
    const text = '{\n  "rules": {\n    "scope-contnts": "error",\n    "scope-pctdd": "warn"\n  },\n  "maxDurationDays": 90,\n  "extends": "x"\n}\n';
    assert.deepEqual(errorsOf(text, '/r/.penlintrc.json'), [
      '3:5 rules.scope-contnts: unknown rule id "scope-contnts" (did you mean "scope-contents"?); `penlint --list-rules` lists the rule ids',
      '4:20 rules.scope-pctdd: must be one of "off", "info", "warning", "error"',
      '6:22 maxDurationDays: must be <= 60',
      '7:3 extends: unknown key "extends"; the keys are rules, jurisdiction, maxDurationDays, placeholders, include and exclude',
    ]);
  });

  it('names the line, column and key of each problem, in YAML and package.json', () => {
    assert.deepEqual(errorsOf('rules:\n  scope-pctdd: 2\njurisdiction: tribal\ninclude: "drafts/**"\n', '/r/.penlintrc.yml'), [
      '2:16 rules.scope-pctdd: must be one of "off", "info", "warning", "error"',
      '3:15 jurisdiction: must be one of "federal", "state"',
      '4:10 include: must be array',
    ]);
    assert.deepEqual(errorsOf('{\n  "name": "office-drafts",\n  "penlint": {\n    "rules": { "nope": "off" }\n  }\n}\n', '/r/package.json'), [
      '4:16 penlint.rules.nope: unknown rule id "nope"; `penlint --list-rules` lists the rule ids',
    ]);
    assert.deepEqual(errorsOf('placeholders:\n  - "[A-Z"\n', '/r/.penlintrc.yaml'), ['2:5 placeholders.0: not a valid regular expression: Invalid regular expression: /[A-Z/g: Unterminated character class']);
  });

  it('reports syntax errors with their position', () => {
    assert.deepEqual(errorsOf('{\n  "rules": {,}\n}', '/r/.penlintrc.json'), ["2:13 : invalid JSON: Expected property name or '}'"]);
    assert.match(errorsOf('rules: [\n', '/r/.penlintrc.yaml')[0], /^\d+:\d+ : invalid YAML: /);
    assert.match(errorsOf('a: 1\na: 2\n', '/r/.penlintrc.yaml')[0], /^2:1 : invalid YAML: Map keys must be unique/);
  });

  it('never executes anything: YAML tags stay data', () => {
    const r = parseConfigText('rules: !!js/function "function () { process.exit(9) }"\n', '/r/.penlintrc.yaml');
    assert.ok(r.errors.length, 'a tagged value is not a rules map');
  });
});

describe('config files: lookup', () => {
  afterEach(() => {
    cleanTemps();
    clearConfigCache();
  });

  it('the nearest config wins, walking up from the file and stopping at the repository root', () => {
    const outer = tempRepo({ '.penlintrc.json': '{ "rules": { "scope-pctdd": "off" } }' });
    // an inner repository: the outer config must not apply to it
    const repo = join(outer, 'inner');
    writeFile(repo, '.git/HEAD', 'ref: refs/heads/main\n');
    writeFile(repo, 'a/b/draft.md', '');
    writeFile(repo, 'a/.penlintrc.yaml', 'rules:\n  scope-full-url: error\n');
    writeFile(repo, 'c/package.json', '{ "name": "c", "penlint": { "jurisdiction": "state" } }');
    writeFile(repo, 'c/draft.md', '');
    writeFile(repo, 'd/package.json', '{ "name": "d" }');
    writeFile(repo, 'd/draft.md', '');
    writeFile(repo, 'e/.penlintrc.json', '{ "rules": { "scope-pctdd": "info" } }');
    writeFile(repo, 'e/.penlintrc.yaml', 'rules:\n  scope-pctdd: error\n');
    writeFile(repo, 'e/draft.md', '');

    const ab = loadConfigForFile(join(repo, 'a/b/draft.md'));
    assert.deepEqual(ab.files, [join(repo, 'a/.penlintrc.yaml')]);
    assert.equal(ab.config.rules['scope-full-url'], 'error');
    assert.equal(ab.baseDir, join(repo, 'a'));
    assert.equal(loadConfigForFile(join(repo, 'c/draft.md')).config.jurisdiction, 'state');
    const d = loadConfigForFile(join(repo, 'd/draft.md'));
    assert.deepEqual(d.files, [], 'package.json without penlint is skipped, and the walk stops at the inner .git');
    assert.deepEqual(d.config.rules, {});
    assert.equal(loadConfigForFile(join(repo, 'e/draft.md')).config.rules['scope-pctdd'], 'info', '.penlintrc.json before .penlintrc.yaml');
    assert.deepEqual(loadConfigForFile(join(outer, 'x.md')).files, [join(outer, '.penlintrc.json')]);
  });

  it('explicit config, no config, and overrides on top', () => {
    const repo = tempRepo({ '.penlintrc.json': '{ "rules": { "scope-pctdd": "off", "scope-full-url": "info" } }', 'other.yaml': 'rules:\n  scope-pctdd: warning\n' });
    const file = join(repo, 'x.md');
    assert.equal(loadConfigForFile(file, { explicitConfig: join(repo, 'other.yaml') }).config.rules['scope-pctdd'], 'warning');
    assert.deepEqual(loadConfigForFile(file, { noConfig: true }).config.rules, {});
    const over = loadConfigForFile(file, { overrides: { rules: { 'scope-full-url': 'error' }, jurisdiction: 'federal' } });
    assert.deepEqual(over.config.rules, { 'scope-pctdd': 'off', 'scope-full-url': 'error' });
    assert.equal(over.config.jurisdiction, 'federal');
    assert.deepEqual(over.raw, { rules: { 'scope-pctdd': 'off', 'scope-full-url': 'error' }, jurisdiction: 'federal' });
  });

  it('returns the errors of a broken config, and re-reads a config file that changed', () => {
    const repo = tempRepo({ '.penlintrc.json': '{ "rules": { "scope-pctdd": "loud" } }' });
    const file = join(repo, 'x.md');
    const broken = loadConfigForFile(file);
    assert.equal(broken.errors.length, 1);
    assert.equal(broken.errors[0].file, join(repo, '.penlintrc.json'));
    assert.equal(broken.errors[0].key, 'rules.scope-pctdd');
    writeFile(repo, '.penlintrc.json', '{ "rules": { "scope-pctdd": "off" } }');
    utimesSync(join(repo, '.penlintrc.json'), new Date(), new Date(Date.now() + 5000));
    clearConfigCache();
    assert.deepEqual(loadConfigForFile(file).errors, []);
  });
});

describe('config files: include / exclude', () => {
  const config = (include: string[], exclude: string[]) => loadConfigForFile('/r/x.md', { noConfig: true, overrides: { include, exclude } }).config;

  it('exclude wins over include; no match lets detection decide', () => {
    const c = config(['drafts/**', '*.order.md'], ['drafts/archive/**']);
    assert.equal(isDraftByConfig('/r/drafts/a.md', c, '/r'), true);
    assert.equal(isDraftByConfig('/r/drafts/archive/a.md', c, '/r'), false);
    assert.equal(isDraftByConfig('/r/notes/x.order.md', c, '/r'), true, 'a glob without a slash matches base names anywhere');
    assert.equal(isDraftByConfig('/r/notes/readme.md', c, '/r'), undefined);
    assert.equal(isDraftByConfig('/r/drafts/a.md', config([], []), '/r'), undefined);
  });

  it('globs are relative to the config file\'s folder', () => {
    const c = config(['./drafts/*.md'], []);
    assert.equal(isDraftByConfig('/r/sub/drafts/a.md', c, '/r/sub'), true);
    assert.equal(isDraftByConfig('/r/drafts/a.md', c, '/r/sub'), undefined);
  });
});

describe('config files: the shipped JSON Schema', () => {
  it('schemas/penlintrc.schema.json is up to date (npx tsx server/src/cli/config-schema.ts --write)', () => {
    assert.equal(readFileSync(join(ROOT, CONFIG_SCHEMA_PATH), 'utf8'), configSchemaText());
  });

  it('lists every rule id, with a description, for completion', () => {
    const schema = buildConfigSchema() as any;
    const props = schema.properties.rules.properties;
    assert.deepEqual(Object.keys(props).sort(), rules.map((r) => r.id).sort());
    for (const id of Object.keys(props)) assert.ok(props[id].description.includes(id));
    for (const key of Object.keys(schema.properties)) assert.ok(key === '$schema' || schema.properties[key].description, key);
  });

  it('the examples in docs/configuration.md are valid configs', () => {
    const md = readFileSync(join(ROOT, 'docs/configuration.md'), 'utf8');
    const json = /```json\n([\s\S]*?)```/.exec(md)![1];
    const yaml = /```yaml\n([\s\S]*?)```/.exec(md)![1];
    assert.deepEqual(parseConfigText(json, 'docs.json').errors, []);
    assert.deepEqual(parseConfigText(yaml, 'docs.yaml').errors, []);
    assert.equal(parseConfigText(yaml, 'docs.yaml').config!.rules!['order-duration-start-unspecified'], 'off');
  });
});
