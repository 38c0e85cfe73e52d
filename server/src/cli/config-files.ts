// Finding, reading and validating config files: .penlintrc.json, .penlintrc.yaml (.yml) or package.json#penlint,
// the nearest one walking up from a file, stopping at the repository root (a folder holding .git). Shared by the
// CLI and the language server. Config is data: JSON and YAML are parsed, never evaluated.
//
// An invalid config is never silently ignored: every problem comes back as a ConfigError naming the file, the line
// and column (1-based) and the key at fault, located through the `yaml` package's node ranges (for JSON and YAML
// alike, since JSON is YAML 1.2).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { isMap, isSeq, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import picomatch from 'picomatch';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { resolveConfig, type PenlintConfig, type ResolvedConfig } from '../engine/config.js';
import { buildConfigSchema } from './config-schema.js';

export interface ConfigError {
  file: string;
  line: number;
  column: number;
  key: string;
  message: string;
}

export interface ConfigLookup {
  config: ResolvedConfig;
  /** The config files that apply (the nearest one, or the explicit one); empty when none. */
  files: string[];
  errors: ConfigError[];
  /** The config as written (file layer then overrides), before resolution: for --print-config and cache keys. */
  raw: PenlintConfig;
  /** The folder that include/exclude globs are relative to: the config file's folder, else the file's own. */
  baseDir: string;
}

export interface ConfigLookupOptions {
  /** Use this file instead of looking one up (--config). */
  explicitConfig?: string;
  /** Use no config file at all (--no-config). */
  noConfig?: boolean;
  /** Applied on top of the file's config (--rule, --jurisdiction; editor settings). */
  overrides?: PenlintConfig;
}

/** The file names looked for in each folder, in order of precedence. */
export const CONFIG_FILE_NAMES = ['.penlintrc.json', '.penlintrc.yaml', '.penlintrc.yml', 'package.json'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Validation

let validator: ValidateFunction | undefined;
function validate(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    validator = ajv.compile(buildConfigSchema());
  }
  return validator;
}

interface Located {
  line: number;
  column: number;
}

/** Parses and validates one config text. `file` decides the syntax: *.json strict JSON, package.json its `penlint` key, else YAML. */
export function parseConfigText(text: string, file: string): { config?: PenlintConfig; errors: ConfigError[] } {
  const name = basename(file);
  const isJson = extname(name).toLowerCase() === '.json';
  const lineCounter = new LineCounter();
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doc = parseDocument(src, { lineCounter, prettyErrors: false, uniqueKeys: !isJson });
  const at = (offset: number): Located => {
    const p = lineCounter.linePos(Math.max(0, Math.min(offset, src.length)));
    return { line: p.line, column: p.col };
  };
  const fail = (where: Located, key: string, message: string) => ({
    errors: [{ file, line: where.line, column: where.column, key, message }],
  });

  let data: unknown;
  if (isJson) {
    try {
      data = JSON.parse(src);
    } catch (error) {
      const message = String((error as Error).message);
      const pos = /position (\d+)/.exec(message);
      return fail(at(pos ? Number(pos[1]) : src.length), '', `invalid JSON: ${message.replace(/(?<!\s)\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '')}`);
    }
  } else {
    const problem = doc.errors[0];
    if (problem) {
      const offset = problem.pos?.[0] ?? 0;
      return fail(at(offset), '', `invalid YAML: ${problem.message.split('\n')[0]}`);
    }
    try {
      data = doc.toJS({ maxAliasCount: 50 });
    } catch (error) {
      return fail(at(0), '', `invalid YAML: ${(error as Error).message}`);
    }
  }

  // package.json: only the `penlint` key is penlint's; a package.json without one is not a config file
  let prefix: string[] = [];
  if (name === 'package.json') {
    if (!data || typeof data !== 'object' || Array.isArray(data) || !('penlint' in data)) return { errors: [] };
    data = (data as Record<string, unknown>).penlint;
    prefix = ['penlint'];
  }
  if (data === null || data === undefined) {
    // an empty YAML file is an empty config
    if (!isJson && prefix.length === 0) return { config: {}, errors: [] };
  }

  const errors: ConfigError[] = [];
  const check = validate();
  if (!check(data)) {
    for (const e of dedupeErrors(check.errors ?? [])) errors.push(describeError(e, doc, prefix, file, at));
    errors.sort((a, b) => a.line - b.line || a.column - b.column);
  }
  // patterns must compile (JSON Schema's "regex" format needs a plugin, and a message of our own is clearer)
  const placeholders = (data as PenlintConfig | undefined)?.placeholders;
  if (!errors.length && Array.isArray(placeholders)) {
    placeholders.forEach((p, i) => {
      try {
        new RegExp(p, 'g');
      } catch (error) {
        const node = nodeAt(doc, [...prefix, 'placeholders', i]);
        const where = node?.range ? at(node.range[0]) : at(0);
        errors.push({ file, ...where, key: keyName([...prefix, 'placeholders', String(i)]), message: `not a valid regular expression: ${(error as Error).message}` });
      }
    });
  }
  if (errors.length) return { errors };
  return { config: data as PenlintConfig, errors: [] };
}

/** ajv reports `enum` and the `$ref`'d enum under it, or anyOf branches: keep the most specific error per path. */
function dedupeErrors(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    // a bad rule-id name also fails additionalProperties, which says more ("unknown rule id", did you mean)
    if (e.keyword === 'propertyNames' || (e as { propertyName?: string }).propertyName !== undefined) continue;
    const extra = e.keyword === 'additionalProperties' ? String((e.params as { additionalProperty?: string }).additionalProperty) : '';
    const id = `${e.instancePath}|${extra}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(e);
  }
  return out;
}

function describeError(e: ErrorObject, doc: Document, prefix: string[], file: string, at: (o: number) => Located): ConfigError {
  const path = [...prefix, ...e.instancePath.split('/').slice(1).map(unescapePointer)];
  let key = keyName(path);
  let node: YamlNode | undefined;
  let message: string;
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      key = keyName([...path, extra]);
      node = keyNodeAt(doc, path, extra);
      const parent = path[path.length - 1];
      message =
        parent === 'rules'
          ? `unknown rule id "${extra}"${suggest(extra)}; \`penlint --list-rules\` lists the rule ids`
          : `unknown key "${extra}"; the keys are rules, jurisdiction, maxDurationDays, placeholders, include and exclude`;
      break;
    }
    case 'enum':
      node = nodeAt(doc, path);
      message = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    default:
      node = nodeAt(doc, path);
      message = e.message ?? 'invalid value';
  }
  const where = node?.range ? at(node.range[0]) : at(0);
  return { file, line: where.line, column: where.column, key, message };
}

function unescapePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

function keyName(path: Array<string | number>): string {
  return path.map(String).join('.');
}

function nodeAt(doc: Document, path: Array<string | number>): YamlNode | undefined {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return node as YamlNode;
      node = pair.value ?? pair.key;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) return node as YamlNode;
      node = item;
    } else {
      return (node as YamlNode) ?? undefined;
    }
  }
  return (node as YamlNode) ?? undefined;
}

function keyNodeAt(doc: Document, mapPath: Array<string | number>, key: string): YamlNode | undefined {
  const map = nodeAt(doc, mapPath);
  if (isMap(map)) {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair && isScalar(pair.key)) return pair.key as YamlNode;
  }
  return map;
}

/** "did you mean" for a mistyped rule id: the known id at the smallest edit distance, if close. */
function suggest(id: string): string {
  const schema = buildConfigSchema() as { properties: { rules: { properties: Record<string, unknown> } } };
  let best = '';
  let bestDistance = Infinity;
  for (const known of Object.keys(schema.properties.rules.properties)) {
    const d = editDistance(id, known);
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best && bestDistance <= Math.max(2, Math.floor(id.length / 5)) ? ` (did you mean "${best}"?)` : '';
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

// ---------------------------------------------------------------------------------------------------------------
// Lookup

interface FileConfig {
  file: string;
  config?: PenlintConfig;
  errors: ConfigError[];
}

/** folder → the config that applies to files in it (after walking up), or null for none. */
const nearestByDir = new Map<string, FileConfig | null>();
/** config file → its parsed content, keyed with its mtime and size so an edited file is re-read. */
const parsedFiles = new Map<string, { stamp: string; result: FileConfig }>();

/** Forgets cached lookups (the language server calls this when a config file changes). */
export function clearConfigCache(): void {
  nearestByDir.clear();
  parsedFiles.clear();
}

/** Forgets which config file applies where, but keeps parsed files: each is read again only if its modification
 *  time or size changed (the language server, for a client that cannot watch files, calls this before every lint). */
export function forgetConfigLocations(): void {
  nearestByDir.clear();
}

function readConfigFile(file: string): FileConfig {
  let stamp = '';
  try {
    const st = statSync(file);
    stamp = `${st.mtimeMs}:${st.size}`;
  } catch {
    // reported below when the read fails
  }
  const cached = parsedFiles.get(file);
  if (cached && cached.stamp === stamp) return cached.result;
  let result: FileConfig;
  try {
    const text = readFileSync(file, 'utf8');
    const parsed = parseConfigText(text, file);
    result = { file, config: parsed.config, errors: parsed.errors };
  } catch (error) {
    result = { file, errors: [{ file, line: 1, column: 1, key: '', message: `cannot read the config file: ${(error as Error).message}` }] };
  }
  parsedFiles.set(file, { stamp, result });
  return result;
}

/** The config file in this one folder, if any (a package.json without a `penlint` key does not count). */
function configInDir(dir: string): FileConfig | null {
  for (const name of CONFIG_FILE_NAMES) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    const found = readConfigFile(file);
    if (name === 'package.json' && !found.config && !found.errors.length) continue;
    return found;
  }
  return null;
}

function isRepositoryRoot(dir: string): boolean {
  return existsSync(join(dir, '.git'));
}

function nearestConfig(dir: string): FileConfig | null {
  const visited: string[] = [];
  let result: FileConfig | null = null;
  let current = dir;
  for (;;) {
    const cached = nearestByDir.get(current);
    if (cached !== undefined) {
      result = cached;
      break;
    }
    visited.push(current);
    const here = configInDir(current);
    if (here) {
      result = here;
      break;
    }
    const parent = dirname(current);
    if (isRepositoryRoot(current) || parent === current) break;
    current = parent;
  }
  for (const d of visited) nearestByDir.set(d, result);
  return result;
}

/** The config for one file: the nearest config file (or the explicit one, or none) with the overrides on top. */
export function loadConfigForFile(filePath: string, options: ConfigLookupOptions = {}): ConfigLookup {
  const abs = resolve(filePath);
  let found: FileConfig | null = null;
  if (options.explicitConfig) found = readConfigFile(resolve(options.explicitConfig));
  else if (!options.noConfig) found = nearestConfig(dirname(abs));
  const fileLayer = found?.config;
  const raw = mergeRaw(fileLayer, options.overrides);
  return {
    config: resolveConfig(fileLayer, options.overrides),
    files: found ? [found.file] : [],
    errors: found ? found.errors : [],
    raw,
    baseDir: found ? dirname(found.file) : dirname(abs),
  };
}

function mergeRaw(...layers: Array<PenlintConfig | undefined>): PenlintConfig {
  const out: PenlintConfig = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.rules) out.rules = { ...out.rules, ...layer.rules };
    for (const key of ['jurisdiction', 'maxDurationDays', 'placeholders', 'include', 'exclude'] as const) {
      if (layer[key] !== undefined) (out as Record<string, unknown>)[key] = layer[key];
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// include / exclude

const matchers = new Map<string, (path: string) => boolean>();
function matcher(globs: string[]): (path: string) => boolean {
  const key = JSON.stringify(globs);
  let m = matchers.get(key);
  if (!m) {
    m = picomatch(globs, { dot: true });
    matchers.set(key, m);
  }
  return m;
}

/**
 * Whether config globs decide that a file is a draft: `exclude` (never a draft) wins over `include` (always a
 * draft); `undefined` lets detection decide. Globs are relative to `baseDir` (the config file's folder); a glob
 * without a slash also matches the base name anywhere below it ("*.order.md").
 */
export function isDraftByConfig(filePath: string, config: ResolvedConfig, baseDir: string): boolean | undefined {
  if (!config.include.length && !config.exclude.length) return undefined;
  const rel = relative(resolve(baseDir), resolve(filePath)).split(sep).join('/');
  const matches = (globs: string[]) => {
    if (!globs.length) return false;
    const withBase = globs.flatMap((g) => (g.includes('/') ? [g.replace(/^\.\//, '')] : [g, `**/${g}`]));
    return matcher(withBase)(rel);
  };
  if (matches(config.exclude)) return false;
  if (matches(config.include)) return true;
  return undefined;
}
