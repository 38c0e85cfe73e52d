// The penlint command (bundled as dist/cli.cjs, the package's `penlint` bin). DESIGN.md, "CLI contract".
// Reports go to stdout (or --output), everything else to stderr. Exit codes: 0 clean, 1 findings that fail,
// 2 usage, configuration or file errors.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { rules as allRules } from '../engine/index.js';
import { TOOL_VERSION, ruleDocsUrl } from '../engine/meta.js';
import type { PenlintConfig } from '../engine/config.js';
import { HELP, parseArgs, UsageError, type CliOptions } from './args.js';
import { isDraftByConfig, loadConfigForFile, type ConfigError, type ConfigLookup } from './config-files.js';
import { discoverFiles, inShard, toDisplayPath } from './discovery.js';
import { formatReport } from './formatters.js';
import { lintFileTask, type FileOutcome, type FileTask } from './lint-file.js';
import { runTasks } from './pool.js';
import { configKey, DEFAULT_CACHE_LOCATION, LintCache } from './cache.js';
import { summarize, type JsonFileEntry } from './report.js';

export interface CliIo {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  readStdin: () => Promise<Buffer>;
}

function defaultIo(): CliIo {
  return {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdoutIsTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

function overridesOf(o: CliOptions): PenlintConfig | undefined {
  const layer: PenlintConfig = {};
  if (Object.keys(o.rules).length) layer.rules = { ...o.rules };
  if (o.jurisdiction) layer.jurisdiction = o.jurisdiction;
  return Object.keys(layer).length ? layer : undefined;
}

function formatConfigErrors(errors: ConfigError[], cwd: string): string {
  const seen = new Set<string>();
  let out = '';
  for (const e of errors) {
    const line = `${toDisplayPath(cwd, e.file)}:${e.line}:${e.column}: ${e.key ? `${e.key}: ` : ''}${e.message}`;
    if (seen.has(line)) continue;
    seen.add(line);
    out += `penlint: invalid configuration: ${line}\n`;
  }
  return out;
}

function listRules(o: CliOptions): string {
  if (o.format === 'json') {
    return JSON.stringify(allRules.map((r) => ({ id: r.id, severity: r.severity, citation: r.citation, summary: r.summary, docs: ruleDocsUrl(r.id) })), null, 2) + '\n';
  }
  const width = Math.max(...allRules.map((r) => r.id.length));
  return allRules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.summary}${r.citation && r.citation !== '—' ? ` (${r.citation})` : ''}`).join('\n') + '\n';
}

function printConfig(o: CliOptions, io: CliIo): { text: string; errors: ConfigError[] } {
  const file = resolve(io.cwd, o.printConfig!);
  const lookup = loadConfigForFile(file, { explicitConfig: o.config && resolve(io.cwd, o.config), noConfig: o.noConfig, overrides: overridesOf(o) });
  const rules: Record<string, string> = {};
  for (const r of allRules) rules[r.id] = lookup.config.rules[r.id] ?? r.severity;
  const out = {
    file: toDisplayPath(io.cwd, file),
    configFiles: lookup.files.map((f) => toDisplayPath(io.cwd, f)),
    draft: isDraftByConfig(file, lookup.config, lookup.baseDir) ?? 'detected',
    jurisdiction: lookup.config.jurisdiction ?? 'detected',
    maxDurationDays: lookup.config.maxDurationDays,
    placeholders: lookup.config.placeholders.map((p) => p.source),
    include: lookup.config.include,
    exclude: lookup.config.exclude,
    rules,
  };
  return { text: JSON.stringify(out, null, 2) + '\n', errors: lookup.errors };
}

class Progress {
  private last = 0;
  private shown = false;
  private readonly started = Date.now();
  constructor(
    private readonly total: number,
    private readonly io: CliIo,
  ) {}
  update(done: number): void {
    if (!this.io.stderrIsTTY) return;
    const now = Date.now();
    // only for long runs: after a second, and at most ten times a second
    if (now - this.started < 1000 || now - this.last < 100) return;
    this.last = now;
    this.shown = true;
    this.io.stderr(`\rpenlint: ${done}/${this.total} files`);
  }
  end(): void {
    if (this.shown) this.io.stderr('\r\u001b[K');
  }
}

export async function runCli(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  let o: CliOptions;
  try {
    o = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`penlint: ${error.message}\nRun "penlint --help" for the options.\n`);
      return 2;
    }
    throw error;
  }
  if (o.help) {
    io.stdout(HELP);
    return 0;
  }
  if (o.version) {
    io.stdout(`${TOOL_VERSION}\n`);
    return 0;
  }
  if (o.listRules) {
    io.stdout(listRules(o));
    return 0;
  }
  if (o.printConfig) {
    const { text, errors } = printConfig(o, io);
    if (errors.length) {
      io.stderr(formatConfigErrors(errors, io.cwd));
      return 2;
    }
    io.stdout(text);
    return 0;
  }

  const explicitConfig = o.config ? resolve(io.cwd, o.config) : undefined;
  const overrides = overridesOf(o);
  const lookup = (file: string): ConfigLookup => loadConfigForFile(file, { explicitConfig, noConfig: o.noConfig, overrides });
  const fixMode = o.fix ? 'fix' : o.fixDryRun ? 'dry-run' : 'none';
  let fatal = false;

  // the files and their configs
  const tasks: FileTask[] = [];
  const configErrors: ConfigError[] = [];
  const taskFor = (file: string, displayPath: string, content?: Uint8Array): FileTask => {
    const found = lookup(file);
    configErrors.push(...found.errors);
    return { file, displayPath, config: found.raw, forceDraft: isDraftByConfig(file, found.config, found.baseDir), fix: fixMode, content };
  };
  if (o.stdin) {
    const content = await io.readStdin();
    const name = o.stdinFilename ?? '<stdin>';
    tasks.push(taskFor(resolve(io.cwd, o.stdinFilename ?? 'stdin.md'), name, content));
  } else {
    const found = discoverFiles(o.paths, io.cwd);
    for (const m of found.missing) {
      io.stderr(`penlint: no such file or folder, and no file matches: ${m}\n`);
      fatal = true;
    }
    for (const f of found.ignoredExplicit) io.stderr(`penlint: ${f} is ignored by .penlintignore; not linted.\n`);
    for (const f of found.files) {
      if (o.shard && !inShard(f.displayPath, o.shard)) continue;
      tasks.push(taskFor(f.file, f.displayPath));
    }
  }
  if (configErrors.length) {
    io.stderr(formatConfigErrors(configErrors, io.cwd));
    return 2;
  }

  // the cache
  let cache: LintCache | undefined;
  const keys = tasks.map((t) => configKey(t.config, t.forceDraft));
  if (o.cache && !o.stdin) {
    cache = new LintCache(resolve(io.cwd, o.cacheLocation ?? DEFAULT_CACHE_LOCATION)).load();
    tasks.forEach((t, i) => {
      t.cached = cache!.get(t.file, keys[i]);
    });
  }

  const progress = new Progress(tasks.length, io);
  const outcomes: FileOutcome[] = o.stdin ? tasks.map((t) => lintFileTask(t)) : await runTasks(tasks, o.jobs, (done) => progress.update(done));
  progress.end();

  if (cache) {
    outcomes.forEach((outcome, i) => {
      if (outcome.entry.error || !outcome.hash) cache!.delete(tasks[i].file);
      else if (!outcome.fromCache) cache!.set(tasks[i].file, keys[i], outcome.hash, outcome.entry);
    });
    try {
      cache.save();
    } catch (error) {
      io.stderr(`penlint: cannot write the cache ${cache.location}: ${(error as Error).message}\n`);
    }
  }

  let files: JsonFileEntry[] = outcomes.map((x) => x.entry);
  if (o.quiet) files = files.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') }));
  const summary = summarize(files);
  if (summary.fileErrors) fatal = true;
  const fixed = outcomes.reduce((n, x) => n + (o.fix ? x.fixed : 0), 0);

  const report = formatReport(o.format, files, {
    cwd: io.cwd,
    color: o.color ?? (io.stdoutIsTTY && !o.output && !process.env.NO_COLOR),
    showDiffs: o.fixDryRun,
  });
  if (o.output) {
    try {
      const target = resolve(io.cwd, o.output);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, report);
    } catch (error) {
      io.stderr(`penlint: cannot write the report to ${o.output}: ${(error as Error).message}\n`);
      return 2;
    }
  } else {
    io.stdout(report);
  }
  if (fixed) io.stderr(`penlint: applied ${fixed} safe fix${fixed === 1 ? '' : 'es'}.\n`);

  const tooManyWarnings = o.maxWarnings >= 0 && summary.warnings > o.maxWarnings;
  if (tooManyWarnings) io.stderr(`penlint: ${summary.warnings} warnings exceed --max-warnings ${o.maxWarnings}.\n`);
  if (fatal) return 2;
  if (summary.errors > 0 || tooManyWarnings) return 1;
  return 0;
}

// started as the bin (dist/cli.cjs), not when imported by a test
const isMain = typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module;
if (isMain) {
  // a closed pipe (penlint … | head) ends the run quietly
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`penlint: internal error: ${(error as Error)?.stack ?? error}\n`);
      process.exitCode = 2;
    },
  );
}
