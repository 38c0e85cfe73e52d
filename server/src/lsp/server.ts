// The penlint language server: vscode-languageserver wiring around the engine. No linting logic here: every fact
// comes from one Analysis per document version (analysis.ts), computed off the request path (runner.ts).
import { readFileSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type Range,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getRule, resolveConfig, type PenlintConfig, type ResolvedConfig, type Span, type TextEdit } from '../engine/index.js';
import type { SeveritySetting } from '../engine/types.js';
import { ruleDocsUrl, TOOL_NAME, TOOL_VERSION } from '../engine/meta.js';
import { clearConfigCache, forgetConfigLocations, isDraftByConfig, loadConfigForFile, type ConfigError } from '../cli/config-files.js';
import { discoverFiles } from '../cli/discovery.js';
import type { Analysis, AnalyzedFinding, PeriodSummary } from './analysis.js';
import { CancelledError, type LintHandle, type LintRunner } from './runner.js';
import { buildChecklist, type ChecklistItem } from './checklist.js';
import { citationHoverMarkdown } from './statute.js';
import { elementSnippets } from './snippets.js';

export const SOURCE = 'penlint';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.penlint`;
/** Server-side commands (distinct from the VS Code client's own command ids). */
export const COMMAND_FIX_ALL = 'penlint.server.fixAll';
export const COMMAND_LINT_WORKSPACE = 'penlint.server.lintWorkspace';
export const CHECKLIST_REQUEST = 'penlint/checklist';
export const STATUS_NOTIFICATION = 'penlint/status';
const CONFIG_GLOBS = ['**/.penlintrc.json', '**/.penlintrc.yaml', '**/.penlintrc.yml', '**/package.json', '**/.penlintignore'];

export interface PenlintSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  rules: Record<string, SeveritySetting>;
}
const DEFAULT_SETTINGS: PenlintSettings = { enable: true, run: 'onType', rules: {} };

export interface ServerOptions {
  runner: LintRunner;
  /** Debounce between the last edit and the lint (ms). */
  debounceMs?: number;
}

export interface ChecklistResponseItem {
  id: string;
  label: string;
  citation: string;
  part: 'application' | 'order';
  status: ChecklistItem['status'];
  message?: string;
  defects?: string[];
  range?: Range;
}

export interface StatusParams {
  uri: string;
  version: number;
  isDraft: boolean;
  /** .penlintignore skips the file (CI does not lint it either). */
  ignored?: boolean;
  errors: number;
  warnings: number;
  infos: number;
  lintMs: number;
}

/** One lint of one document version, with the text it ran on (ranges convert against that text). */
class Snapshot {
  private copy: TextDocument | undefined;
  constructor(
    readonly version: number,
    /** Distinguishes two lints of one version (after a config change): the pull result id. */
    readonly seq: number,
    readonly analysis: Analysis,
    readonly config: ResolvedConfig,
    /** The open document the lint read, and its text at this version. */
    private readonly open: TextDocument,
    private readonly text: string,
    private readonly isOpen: (doc: TextDocument) => boolean,
  ) {}

  /** The linted text as a TextDocument: the open document itself while it is still at this version (the editor's
   *  changes keep its line offsets up to date; a copy of a 1 MB draft would index all its lines again on every
   *  keystroke), else a copy made once. */
  get doc(): TextDocument {
    if (this.open.version === this.version && this.isOpen(this.open)) return this.open;
    return (this.copy ??= TextDocument.create(this.open.uri, this.open.languageId, this.version, this.text));
  }
}

interface DocState {
  /** How long the last finished lint of this document took (ms): sets the typing delay. */
  lastLintMs?: number;
  /** The last lint took longer than the typing budget: lint on open and save only, and say so. */
  onSaveOnly?: boolean;
  /** Rule errors already logged for this document. */
  loggedRuleErrors?: Set<string>;
  /** The lint scheduled for this document: a timer, or an immediate when it runs at once. */
  timer?: { cancel(): void };
  running?: { version: number; handle: LintHandle };
  latest?: Snapshot;
  waiters: Array<{ version: number; resolve: (s: Snapshot | undefined) => void }>;
}

const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function validSeverities(rules: unknown): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    for (const [id, v] of Object.entries(rules as Record<string, unknown>)) {
      if (v === 'off' || v === 'info' || v === 'warning' || v === 'error') out[id] = v;
    }
  }
  return out;
}

const ROLE_LABEL: Record<string, string> = {
  installation: 'the period the order authorizes',
  extension: 'an extension',
  emergency: 'a § 3125 emergency period',
  sealing: 'the sealing period',
  'record-deadline': 'the (a)(3) record deadline',
  preservation: 'a § 2703(f) preservation period',
  'look-back': 'a look-back period (records before the order)',
  deadline: 'a deadline',
  'prior-order': 'a prior order\'s period',
};

/** Markdown for a hover on a period: its day count, what it is, and when it starts and ends. */
export function periodHover(p: PeriodSummary, maxDays: number): string {
  const what = p.role ? ROLE_LABEL[p.role] ?? p.role : undefined;
  const lines = [p.days !== undefined ? `**Period: ${p.days} day${p.days === 1 ? '' : 's'}**${what ? ` (${what})` : ''}` : `**Period**${what ? ` (${what})` : ''}${p.kind === 'open-ended' ? ': open-ended' : ''}`];
  if (p.text) lines.push('', `"${p.text}"${p.anchorText ? `, counted ${p.anchorText}` : p.anchor && p.anchor !== 'none' ? `, counted from the ${p.anchor}` : ''}`);
  if (p.startDate || p.endDate) lines.push('', `Starts: ${p.startDate ?? 'not stated'} · Ends: ${p.endDate ?? 'not stated'}`);
  if (p.role === 'installation' || p.role === 'extension') {
    lines.push('', `18 U.S.C. § 3123(c) allows at most ${maxDays} days${maxDays < 60 ? ' (lowered by the config)' : ''} for an order or an extension.`);
  }
  if (!p.text && p.days === undefined) {
    for (const [k, v] of Object.entries(p.details)) lines.push(`- ${k}: ${String(v)}`);
  }
  return lines.join('\n');
}

function readSettings(raw: unknown): PenlintSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    rules: validSeverities(r.rules),
  };
}

/** A lint longer than this (ms) switches the document to lint-on-save (PENLINT_LSP_TYPE_BUDGET_MS). */
const TYPE_BUDGET_MS = (() => {
  const n = Number(process.env.PENLINT_LSP_TYPE_BUDGET_MS);
  return Number.isFinite(n) && n > 0 ? n : 10000;
})();
/** A document whose last lint took no longer than this (ms) is linted at once on a keystroke (no debounce). */
const FAST_LINT_MS = 50;
export const TOO_LARGE_MESSAGE = 'draft too large to lint as you type; lint on save';

export function startServer(connection: Connection, options: ServerOptions): void {
  const { runner } = options;
  const debounceMs = options.debounceMs ?? 150;
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  const settingsCache = new Map<string, Promise<PenlintSettings>>();
  /** Config files we published errors on (to clear them when fixed). */
  const configErrorFiles = new Set<string>();
  const notifiedConfigErrors = new Set<string>();
  /** Files linted by "lint workspace" that are not open (their diagnostics stay until the next run). */
  const workspaceLinted = new Set<string>();
  let workspaceFolders: string[] = [];
  let hasConfigurationCapability = false;
  let hasWatchedFilesRegistration = false;
  /** The client pulls diagnostics (textDocument/diagnostic) and can be told to pull again: no pushes for open drafts. */
  let pullDiagnostics = false;
  /** Edits go out as versioned TextDocumentEdits, so a client never applies them to a newer text. */
  let documentChangesSupport = false;
  let snapshotSeq = 0;
  let initSettings: unknown;
  let pushedSettings: unknown;
  let shuttingDown = false;

  const state = (uri: string): DocState => {
    let s = states.get(uri);
    if (!s) states.set(uri, (s = { waiters: [] }));
    return s;
  };

  // ---- settings and config ----

  function settingsFor(uri: string): Promise<PenlintSettings> {
    let p = settingsCache.get(uri);
    if (!p) {
      p = (async () => {
        if (hasConfigurationCapability) {
          try {
            const raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'penlint' });
            if (raw && typeof raw === 'object') return readSettings(raw);
          } catch {
            // a client that advertises but fails workspace/configuration: fall through
          }
        }
        return readSettings(pushedSettings ?? initSettings);
      })();
      settingsCache.set(uri, p);
    }
    return p;
  }

  interface DocConfig {
    config: ResolvedConfig;
    forceDraft?: boolean;
    errors: ConfigError[];
    ignored?: boolean;
    /** The config files that apply. */
    files: string[];
  }

  /** Whether .penlintignore skips the file, decided as the CLI decides it. */
  const ignoredCache = new Map<string, boolean>();
  function isIgnoredFile(path: string): boolean {
    let v = ignoredCache.get(path);
    if (v === undefined) {
      // CI runs `penlint .` from the repository (workspace) root: the .penlintignore nearest to that applies
      const root = workspaceFolders.filter((f) => path.startsWith(f.endsWith(sep) ? f : f + sep)).sort((a, b) => b.length - a.length)[0];
      try {
        v = discoverFiles([path], root ?? dirname(path)).ignoredExplicit.length > 0;
      } catch {
        v = false;
      }
      ignoredCache.set(path, v);
    }
    return v;
  }

  /** The same resolution as the CLI: the nearest config file, with the editor's penlint.rules as overrides. */
  function configFor(uri: string, settings: PenlintSettings): DocConfig {
    const overrides: PenlintConfig | undefined = Object.keys(settings.rules).length ? { rules: settings.rules } : undefined;
    const path = uriToPath(uri);
    if (!path) return { config: resolveConfig(overrides), errors: [], files: [] };
    // a client that cannot watch files tells us of no config change: look again at every lint (a few stats; a
    // config file is parsed again only when its modification time or size changed)
    if (!hasWatchedFilesRegistration) {
      forgetConfigLocations();
      ignoredCache.clear();
    }
    const lookup = loadConfigForFile(path, { overrides });
    const errors = lookup.errors;
    if (errors.length) reportConfigErrors(errors);
    else {
      // a config file we reported is valid again
      for (const file of lookup.files) {
        const configUri = pathToFileURL(file).href;
        if (configErrorFiles.delete(configUri)) void connection.sendDiagnostics({ uri: configUri, diagnostics: [] });
      }
    }
    return { config: lookup.config, forceDraft: isDraftByConfig(path, lookup.config, lookup.baseDir), errors, ignored: isIgnoredFile(path), files: lookup.files };
  }

  function reportConfigErrors(errors: ConfigError[]) {
    const byFile = new Map<string, ConfigError[]>();
    for (const e of errors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
    for (const [file, list] of byFile) {
      let lines: string[] = [];
      try {
        lines = readFileSync(file, 'utf8').split(/\r?\n/);
      } catch {
        // the error itself says the file cannot be read
      }
      const diagnostics: Diagnostic[] = list.map((e) => {
        const line = Math.max(0, e.line - 1);
        const start = Math.max(0, e.column - 1);
        const end = Math.max(start + 1, (lines[line] ?? '').length);
        return {
          range: { start: { line, character: start }, end: { line, character: end } },
          severity: DiagnosticSeverity.Error,
          source: SOURCE,
          code: 'invalid-config',
          message: `${e.key ? `${e.key}: ` : ''}${e.message}`,
        };
      });
      const uri = pathToFileURL(file).href;
      configErrorFiles.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics });
      const key = JSON.stringify(list);
      if (!notifiedConfigErrors.has(key)) {
        notifiedConfigErrors.add(key);
        const first = list[0];
        connection.window.showWarningMessage(
          `penlint: invalid configuration in ${file}:${first.line}:${first.column}${first.key ? ` (${first.key})` : ''}: ${first.message}. penlint lints with the default configuration until it is fixed.`,
        );
      }
    }
  }

  function clearStaleConfigErrors(current: Set<string>) {
    for (const uri of [...configErrorFiles]) {
      if (current.has(uri)) continue;
      configErrorFiles.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  // ---- linting ----

  /** Lint `uri` after `delay` ms; without one (a keystroke), after the typing delay. */
  function schedule(uri: string, delay?: number) {
    const s = state(uri);
    s.timer?.cancel();
    const run = () => {
      s.timer = undefined;
      void start(uri);
    };
    const wait = delay ?? typingDelay(s);
    // no wait: the next turn of the event loop (a zero timeout waits a millisecond)
    if (wait <= 0) {
      const immediate = setImmediate(run);
      s.timer = { cancel: () => clearImmediate(immediate) };
    } else {
      const timeout = setTimeout(run, wait);
      s.timer = { cancel: () => clearTimeout(timeout) };
    }
  }

  /**
   * How long a keystroke waits before its lint. A lint that took no longer than FAST_LINT_MS runs at once when
   * none is running (waiting would only add to what the user waits for); otherwise the wait is the last lint's
   * duration, capped by the configured debounce, so a burst of keystrokes during a slow lint costs one lint.
   */
  function typingDelay(s: DocState): number {
    if (s.lastLintMs === undefined) return debounceMs;
    if (!s.running && s.lastLintMs <= FAST_LINT_MS) return 0;
    return Math.min(debounceMs, Math.ceil(s.lastLintMs));
  }

  async function start(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc || shuttingDown) return;
    const s = state(uri);
    const version = doc.version;
    if (s.running?.version === version || s.latest?.version === version) return;
    if (s.running) {
      s.running.handle.cancel();
      s.running = undefined;
    }
    const settings = await settingsFor(uri);
    if (!settings.enable) {
      s.latest = undefined;
      void connection.sendDiagnostics({ uri, diagnostics: [] });
      resolveWaiters(s, undefined, true);
      return;
    }
    const current = documents.get(uri);
    // another start() for this version may have begun while the settings were read
    if (!current || current.version !== version || (s.running as DocState['running'])?.version === version) return;
    const { config, forceDraft, ignored } = configFor(uri, settings);
    if (ignored) {
      // CI skips it: so does the editor
      s.latest = undefined;
      void connection.sendDiagnostics({ uri, version, diagnostics: [] });
      void connection.sendNotification(STATUS_NOTIFICATION, { uri, version, isDraft: false, ignored: true, errors: 0, warnings: 0, infos: 0, lintMs: 0 } satisfies StatusParams);
      resolveWaiters(s, undefined, true);
      return;
    }
    const text = current.getText();
    const handle = runner.run({ text, config, forceDraft });
    s.running = { version, handle };
    // a lint past the typing budget: the document is linted on save from now on, and the user is told at once
    const budget = setTimeout(() => {
      if (s.running?.handle !== handle || s.onSaveOnly) return;
      s.onSaveOnly = true;
      if (!pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: s.latest ? diagnosticsOf(uri, s.latest) : [tooLargeDiagnostic()] });
      else connection.languages.diagnostics.refresh();
    }, TYPE_BUDGET_MS);
    let analysis: Analysis;
    try {
      analysis = await handle.promise;
    } catch (e) {
      clearTimeout(budget);
      if (s.running?.handle === handle) s.running = undefined;
      if (!(e instanceof CancelledError)) connection.console.error(`penlint: lint failed for ${uri}: ${String((e as Error)?.stack ?? e)}`);
      return;
    }
    clearTimeout(budget);
    if (s.running?.handle !== handle) return; // superseded
    s.running = undefined;
    s.lastLintMs = analysis.lintMs;
    s.onSaveOnly = analysis.lintMs > TYPE_BUDGET_MS;
    for (const error of analysis.ruleErrors ?? []) {
      s.loggedRuleErrors ??= new Set();
      if (s.loggedRuleErrors.has(error)) continue;
      s.loggedRuleErrors.add(error);
      connection.console.error(`penlint: rule ${error} (in ${uri}); its findings are missing`);
    }
    const now = documents.get(uri);
    if (!now || now.version !== version) return; // stale: a newer version is scheduled
    const snap = new Snapshot(version, ++snapshotSeq, analysis, config, current, text, (doc) => documents.get(uri) === doc);
    s.latest = snap;
    publish(uri, snap);
    resolveWaiters(s, snap);
  }

  function resolveWaiters(s: DocState, snap: Snapshot | undefined, all = false) {
    const keep: DocState['waiters'] = [];
    for (const w of s.waiters) {
      if (all || (snap && snap.version >= w.version)) w.resolve(snap);
      else keep.push(w);
    }
    s.waiters = keep;
  }

  /**
   * The analysis of the document's current version: now if there is one, else when its lint ends. The debounce
   * stands (editors ask for code actions and diagnostics on every keystroke: starting a lint for each would cancel
   * the last one each time); a lint starts here only when none is pending, or at once when `immediate`.
   */
  function fresh(uri: string, timeoutMs: number, immediate = false): Promise<Snapshot | undefined> {
    const doc = documents.get(uri);
    if (!doc) return Promise.resolve(undefined);
    const s = state(uri);
    if (s.latest && s.latest.version === doc.version) return Promise.resolve(s.latest);
    if (s.running?.version !== doc.version && (immediate || !s.timer)) {
      s.timer?.cancel();
      s.timer = undefined;
      void start(uri);
    }
    return new Promise((resolve) => {
      const waiter = { version: doc.version, resolve };
      s.waiters.push(waiter);
      setTimeout(() => {
        const i = s.waiters.indexOf(waiter);
        if (i >= 0) {
          s.waiters.splice(i, 1);
          resolve(undefined);
        }
      }, timeoutMs);
    });
  }

  function tooLargeDiagnostic(): Diagnostic {
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      code: 'lint-on-save',
      message: TOO_LARGE_MESSAGE,
    };
  }

  /** A snapshot's diagnostics, with the lint-on-save note when the document is over the typing budget. */
  function diagnosticsOf(uri: string, snap: Snapshot): Diagnostic[] {
    const diagnostics = snap.analysis.findings.map((f) => toDiagnostic(uri, snap.doc, f));
    if (states.get(uri)?.onSaveOnly) diagnostics.push(tooLargeDiagnostic());
    return diagnostics;
  }

  function publish(uri: string, snap: Snapshot) {
    if (!pullDiagnostics) {
      const diagnostics = diagnosticsOf(uri, snap);
      void connection.sendDiagnostics({ uri, version: snap.version, diagnostics });
    }
    const count = (sev: string) => snap.analysis.findings.filter((f) => f.severity === sev).length;
    const status: StatusParams = {
      uri,
      version: snap.version,
      isDraft: snap.analysis.isDraft,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      lintMs: Math.round(snap.analysis.lintMs),
    };
    void connection.sendNotification(STATUS_NOTIFICATION, status);
  }

  function relintAll() {
    for (const doc of documents.all()) {
      const s = state(doc.uri);
      s.latest = undefined;
      // a lint running on the old settings or config is stale even though the text is not
      s.running?.handle.cancel();
      s.running = undefined;
      schedule(doc.uri, 0);
    }
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
  }

  // ---- conversions ----

  const rangeOf = (doc: TextDocument, span: Span): Range => ({ start: doc.positionAt(span.start), end: doc.positionAt(span.end) });

  function toDiagnostic(uri: string, doc: TextDocument, f: AnalyzedFinding): Diagnostic {
    const d: Diagnostic = {
      range: rangeOf(doc, f),
      severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Warning,
      code: f.ruleId,
      codeDescription: { href: ruleDocsUrl(f.ruleId) },
      source: SOURCE,
      // the citation, when the message does not already give it ("—" marks drafting rules that cite nothing)
      message: f.citation && /\d/.test(f.citation) && !f.message.includes(f.citation) ? `${f.message} (${f.citation})` : f.message,
      data: { ruleId: f.ruleId, start: f.start, end: f.end },
    };
    if (f.related?.length) {
      d.relatedInformation = f.related.map((r) => ({ location: { uri, range: rangeOf(doc, r) }, message: r.message }));
    }
    return d;
  }

  const toLspEdits = (doc: TextDocument, edits: TextEdit[]): LspTextEdit[] => edits.map((e) => ({ range: rangeOf(doc, e), newText: e.text }));
  const workspaceEdit = (snap: Snapshot, edits: TextEdit[]): WorkspaceEdit =>
    documentChangesSupport
      ? { documentChanges: [{ textDocument: { uri: snap.doc.uri, version: snap.version }, edits: toLspEdits(snap.doc, edits) }] }
      : { changes: { [snap.doc.uri]: toLspEdits(snap.doc, edits) } };

  // ---- lifecycle ----

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    hasConfigurationCapability = Boolean(params.capabilities.workspace?.configuration);
    hasWatchedFilesRegistration = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    pullDiagnostics = Boolean(params.capabilities.textDocument?.diagnostic && params.capabilities.workspace?.diagnostics?.refreshSupport);
    documentChangesSupport = Boolean(params.capabilities.workspace?.workspaceEdit?.documentChanges);
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    initSettings = init?.settings ?? init;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceFolders = folders.map(uriToPath).filter((p): p is string => Boolean(p));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { resolveProvider: false },
        documentSymbolProvider: true,
        executeCommandProvider: { commands: [COMMAND_FIX_ALL, COMMAND_LINT_WORKSPACE] },
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: `${TOOL_NAME}-language-server`, version: TOOL_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (hasWatchedFilesRegistration) {
      // a client may refuse (eglot's file watching can fail on large trees): then config changes need a re-open
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: CONFIG_GLOBS.map((globPattern) => ({ globPattern })) })
        .catch((e: unknown) => connection.console.warn(`penlint: the client did not register config file watching: ${String((e as Error)?.message ?? e)}`));
    }
  });

  connection.onDidChangeConfiguration((params) => {
    const settings = (params.settings as { penlint?: unknown } | undefined)?.penlint;
    if (settings !== undefined) pushedSettings = settings;
    settingsCache.clear();
    relintAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    // a config file changed (or appeared, or went away): forget every lookup, drop the config errors we showed
    // (the re-lint reports the ones that remain) and re-lint what is open
    clearConfigCache();
    ignoredCache.clear();
    notifiedConfigErrors.clear();
    clearStaleConfigErrors(new Set());
    relintAll();
  });

  connection.onShutdown(() => {
    shuttingDown = true;
    for (const s of states.values()) s.timer?.cancel();
    runner.dispose();
  });

  // ---- documents ----

  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    // a client whose versions go backwards or repeat: what was linted under this version number is another text
    const known = states.get(uri);
    if (known && ((known.latest && e.document.version <= known.latest.version) || (known.running && e.document.version <= known.running.version))) {
      known.latest = undefined;
      known.running?.handle.cancel();
      known.running = undefined;
    }
    // fired on open too: the first lint runs at once, later ones after the debounce (or on save)
    if (!states.has(uri)) {
      state(uri);
      // pulled from now on: drop what "lint workspace" pushed for it while it was closed
      if (pullDiagnostics && workspaceLinted.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      schedule(uri, 0);
      return;
    }
    void settingsFor(uri).then((settings) => {
      if (settings.run === 'onType' && !states.get(uri)?.onSaveOnly) schedule(uri);
    });
  });
  documents.onDidSave((e) => schedule(e.document.uri, 0));
  documents.onDidClose((e) => {
    const s = states.get(e.document.uri);
    s?.timer?.cancel();
    s?.running?.handle.cancel();
    resolveWaiters(s ?? { waiters: [] }, undefined, true);
    states.delete(e.document.uri);
    if (workspaceLinted.has(e.document.uri)) void lintFileFromDisk(e.document.uri);
    else void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // ---- pulled diagnostics ----

  connection.languages.diagnostics.on(async (params) => {
    const uri = params.textDocument.uri;
    const doc = documents.get(uri);
    const latest = states.get(uri)?.latest;
    // penlint.run = onSave: an edit does not lint; the last result stands until the save
    const onSave = doc && latest && latest.version !== doc.version && (states.get(uri)?.onSaveOnly || (await settingsFor(uri)).run === 'onSave');
    const snap = onSave ? latest : await fresh(uri, 60000);
    if (!snap) return { kind: 'full', items: [] };
    const resultId = `${snap.version}.${snap.seq}${states.get(uri)?.onSaveOnly ? '.on-save' : ''}`;
    if (params.previousResultId === resultId) return { kind: 'unchanged', resultId };
    return { kind: 'full', resultId, items: diagnosticsOf(uri, snap) };
  });

  // ---- code actions ----

  connection.onCodeAction(async (params) => {
    const snap = await fresh(params.textDocument.uri, 15000);
    if (!snap) return [];
    const { doc, analysis } = snap;
    const uri = params.textDocument.uri;
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const from = doc.offsetAt(params.range.start);
    const to = doc.offsetAt(params.range.end);
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      for (const f of analysis.findings) {
        if (f.end < from || f.start > to) continue;
        const diagnostic = toDiagnostic(uri, doc, f);
        (f.fixes ?? []).forEach((fix, i) => {
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: i === 0 && fix.kind === 'safe',
            edit: workspaceEdit(snap, fix.edits),
          });
        });
        if (f.disable) {
          actions.push({
            title: `Disable ${f.ruleId} for this line`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: workspaceEdit(snap, [f.disable]),
          });
        }
      }
    }
    if (analysis.fixAll.length && wants(FIX_ALL_KIND)) {
      actions.push({
        title: `Fix all safe penlint problems (${analysis.fixAllCount})`,
        kind: FIX_ALL_KIND,
        edit: workspaceEdit(snap, analysis.fixAll),
      });
    }
    return actions;
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === COMMAND_FIX_ALL) {
      const uri = String(params.arguments?.[0] ?? '');
      const snap = await fresh(uri, 15000);
      if (!snap || !snap.analysis.fixAll.length) return { applied: false, fixed: 0 };
      const result = await connection.workspace
        .applyEdit({
        label: 'penlint: fix all',
          edit: workspaceEdit(snap, snap.analysis.fixAll),
        })
        .catch(() => ({ applied: false }));
      return { applied: result.applied, fixed: result.applied ? snap.analysis.fixAllCount : 0 };
    }
    if (params.command === COMMAND_LINT_WORKSPACE) return lintWorkspace();
    return undefined;
  });

  // ---- hover ----

  connection.onHover(async (params): Promise<Hover | null> => {
    // a hover never waits for a long lint: a second at most, then nothing
    const snap = await fresh(params.textDocument.uri, 1000);
    if (!snap || !snap.analysis.isDraft) return null;
    const { doc, analysis } = snap;
    const at = doc.offsetAt(params.position);
    const covers = (s: Span) => at >= s.start && (at < s.end || (s.start === s.end && at === s.start));
    const parts: string[] = [];
    let range: Span | undefined;
    for (const f of analysis.findings.filter(covers)) {
      const rule = getRule(f.ruleId);
      const docsFirst = rule?.docs?.split(/\n\s*\n/)[0]?.trim();
      parts.push(
        [
          `**penlint: ${f.ruleId}** (${f.severity}${f.citation ? `, ${f.citation}` : ''})`,
          '',
          f.message,
          docsFirst ? `\n**Why:** ${docsFirst}` : '',
          `\n[Rule documentation](${ruleDocsUrl(f.ruleId)})`,
        ].join('\n'),
      );
      range ??= f;
    }
    const period = analysis.summary.periods.find(covers);
    if (period) {
      parts.push(periodHover(period, snap.config.maxDurationDays));
      range ??= period;
    }
    for (const c of analysis.summary.citations) {
      if (!covers(c)) continue;
      const ref = c.refs.find(covers) ?? c.refs[0];
      if (!ref) continue;
      const md = citationHoverMarkdown(ref.section, ref.path, ref.title);
      if (md) {
        parts.push(md);
        range ??= ref;
      }
      break;
    }
    if (!parts.length) return null;
    return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: range ? rangeOf(doc, range) : undefined };
  });

  // ---- completion ----

  connection.onCompletion((params): CompletionItem[] => {
    // never waits for a lint: the latest analysis says whether this is a draft
    const latest = states.get(params.textDocument.uri)?.latest;
    if (!latest?.analysis.isDraft) return [];
    return elementSnippets(latest.config.maxDurationDays).map((s, i) => ({
      label: `penlint: ${s.label}`,
      kind: CompletionItemKind.Snippet,
      detail: s.citation,
      documentation: { kind: MarkupKind.Markdown, value: `Inserts the ${s.label} (${s.citation}).` },
      insertText: s.body,
      insertTextFormat: InsertTextFormat.Snippet,
      filterText: `penlint ${s.id} ${s.label}`,
      sortText: `zz-penlint-${String(i).padStart(2, '0')}`,
    }));
  });

  // ---- document symbols ----

  connection.onDocumentSymbol(async (params): Promise<DocumentSymbol[]> => {
    const snap = (await fresh(params.textDocument.uri, 3000)) ?? states.get(params.textDocument.uri)?.latest;
    if (!snap || !snap.analysis.isDraft) return [];
    const { doc, analysis } = snap;
    const clamp = (outer: Span, inner: Span): Span => {
      const start = Math.min(Math.max(inner.start, outer.start), outer.end);
      return { start, end: Math.max(start, Math.min(inner.end, outer.end)) };
    };
    type Node = { span: Span; level: number; symbol: DocumentSymbol };
    const roots: DocumentSymbol[] = [];
    const stack: Node[] = [];
    const partLabel = { application: 'Application', order: 'Order', affidavit: 'Affidavit' } as const;
    const items: Array<{ span: Span; level: number; symbol: DocumentSymbol }> = [];
    for (const p of analysis.summary.parts) {
      const flags = [p.extension ? 'extension' : '', p.emergency ? 'emergency' : ''].filter(Boolean).join(', ');
      items.push({
        span: p,
        level: 0,
        symbol: {
          name: p.title || partLabel[p.kind],
          detail: `${partLabel[p.kind]}${flags ? ` (${flags})` : ''}`,
          kind: SymbolKind.Module,
          range: rangeOf(doc, p),
          selectionRange: rangeOf(doc, clamp(p, p.anchor)),
          children: [],
        },
      });
    }
    for (const sec of analysis.summary.sections) {
      // a part's own title is the part's symbol
      if (analysis.summary.parts.some((p) => p.anchor.start === sec.start || (p.start === sec.start && p.title === sec.title))) continue;
      items.push({
        span: sec,
        level: Math.max(1, sec.level),
        symbol: { name: sec.title || '(untitled)', kind: SymbolKind.Namespace, range: rangeOf(doc, sec), selectionRange: rangeOf(doc, { start: sec.start, end: sec.start }), children: [] },
      });
    }
    items.sort((a, b) => a.span.start - b.span.start || a.level - b.level);
    for (const it of items) {
      while (stack.length) {
        const top = stack[stack.length - 1];
        if (it.span.start < top.span.end && it.level > top.level) break;
        stack.pop();
      }
      const parent = stack[stack.length - 1];
      if (parent) {
        // a child's range must lie inside its parent's
        const inner = clamp(parent.span, it.span);
        it.symbol.range = rangeOf(doc, inner);
        it.symbol.selectionRange = rangeOf(doc, clamp(inner, { start: doc.offsetAt(it.symbol.selectionRange.start), end: doc.offsetAt(it.symbol.selectionRange.end) }));
        it.span = inner;
        parent.symbol.children!.push(it.symbol);
      } else roots.push(it.symbol);
      stack.push(it);
    }
    return roots;
  });

  // ---- the statutory checklist ----

  connection.onRequest(CHECKLIST_REQUEST, async (params: { textDocument: { uri: string } }): Promise<ChecklistResponseItem[]> => {
    const snap = await fresh(params.textDocument.uri, 15000);
    if (!snap) return [];
    return buildChecklist({ ...snap.analysis, summary: snap.analysis.summary, config: snap.config }).map((item) => ({
      id: item.id,
      label: item.label,
      citation: item.citation,
      part: item.part,
      status: item.status,
      message: item.message,
      defects: item.defects,
      range: item.span ? rangeOf(snap.doc, item.span) : undefined,
    }));
  });

  // ---- lint workspace ----

  async function lintFileFromDisk(uri: string): Promise<{ draft: boolean; findings: number } | undefined> {
    const path = uriToPath(uri);
    if (!path) return undefined;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
    const settings = await settingsFor(uri);
    if (!settings.enable) return undefined;
    const { config, forceDraft, ignored } = configFor(uri, settings);
    if (ignored) return undefined;
    try {
      const analysis = await runner.run({ text, config, forceDraft }).promise;
      if (documents.get(uri)) return { draft: analysis.isDraft, findings: analysis.findings.length }; // opened meanwhile
      const doc = TextDocument.create(uri, 'markdown', 0, text);
      void connection.sendDiagnostics({ uri, diagnostics: analysis.findings.map((f) => toDiagnostic(uri, doc, f)) });
      if (analysis.findings.length) workspaceLinted.add(uri);
      else workspaceLinted.delete(uri);
      return { draft: analysis.isDraft, findings: analysis.findings.length };
    } catch {
      return undefined;
    }
  }

  async function lintWorkspace(): Promise<{ files: number; drafts: number; findings: number }> {
    // the files `penlint .` lints in each folder: *.md and *.markdown, minus node_modules, .git and .penlintignore
    const files: string[] = [];
    for (const folder of workspaceFolders) {
      try {
        files.push(...discoverFiles(['.'], folder).files.map((f) => f.file));
      } catch (e) {
        connection.console.error(`penlint: cannot list ${folder}: ${String(e)}`);
      }
    }
    let drafts = 0;
    let findings = 0;
    for (const file of files) {
      const uri = pathToFileURL(file).href;
      if (documents.get(uri)) {
        const snap = await fresh(uri, 60000);
        if (snap?.analysis.isDraft) drafts++;
        findings += snap?.analysis.findings.length ?? 0;
        continue;
      }
      const r = await lintFileFromDisk(uri);
      if (r?.draft) drafts++;
      findings += r?.findings ?? 0;
    }
    return { files: files.length, drafts, findings };
  }

  documents.listen(connection);
  connection.listen();
}
