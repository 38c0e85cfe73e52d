// A small LSP client for the protocol tests: spawns the built server (dist/server.cjs --stdio) and drives it with
// vscode-languageserver-protocol, as an editor would. It answers the server's own requests (configuration,
// registration, applyEdit) and keeps every notification it receives for the tests to wait on.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type InitializeResult,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
  type WorkspaceEdit,
  type TextEdit,
  type Range,
} from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const SERVER = resolve('dist/server.cjs');

export interface ClientOptions {
  /** penlint settings returned for workspace/configuration. */
  settings?: Record<string, unknown>;
  env?: Record<string, string>;
  /** Advertise dynamic registration of watched files (VS Code does; Neovim 0.7 does not). */
  watchedFiles?: boolean;
  /** Advertise pulled diagnostics (textDocument/diagnostic) with refresh support, as VS Code does. */
  pull?: boolean;
}

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly conn: ProtocolConnection;
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly messages: Array<{ type: number; message: string }> = [];
  readonly statuses: Array<Record<string, unknown>> = [];
  readonly registrations: unknown[] = [];
  refreshes = 0;
  readonly docs = new Map<string, TextDocument>();
  settings: Record<string, unknown>;
  stderr = '';
  private listeners: Array<() => void> = [];
  exitCode: Promise<number | null>;

  constructor(options: ClientOptions = {}) {
    this.settings = options.settings ?? {};
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { env: { ...process.env, ...options.env }, stdio: 'pipe' });
    this.proc.stderr.on('data', (d) => (this.stderr += String(d)));
    this.exitCode = new Promise((r) => this.proc.on('exit', (code) => r(code)));
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.push(p);
      this.notify();
    });
    this.conn.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.messages.push(p);
      this.notify();
    });
    this.conn.onNotification('penlint/status', (p: Record<string, unknown>) => {
      this.statuses.push(p);
      this.notify();
    });
    this.conn.onNotification('window/logMessage', () => {});
    this.conn.onRequest('workspace/configuration', (p: { items: Array<{ section?: string }> }) => p.items.map((i) => (i.section === 'penlint' ? this.settings : null)));
    this.conn.onRequest('client/registerCapability', (p: { registrations: unknown[] }) => {
      this.registrations.push(...p.registrations);
      this.notify();
      return null;
    });
    this.conn.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.notify();
      return null;
    });
    this.conn.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => {
      this.messages.push(p);
      this.notify();
      return null;
    });
    this.conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      this.applyWorkspaceEdit(p.edit);
      this.notify();
      return { applied: true };
    });
    this.conn.listen();
    this.watchedFiles = options.watchedFiles ?? true;
    this.pull = options.pull ?? false;
  }
  private watchedFiles: boolean;
  private pull: boolean;

  private notify() {
    for (const l of this.listeners.splice(0)) l();
  }

  /** Resolves when `check` returns a value (re-checked on every notification), or rejects after `ms`. */
  waitFor<T>(what: string, check: () => T | undefined, ms = 15000): Promise<T> {
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`timeout waiting for ${what}`)), ms);
      const attempt = () => {
        let v: T | undefined;
        try {
          v = check();
        } catch (e) {
          clearTimeout(timer);
          return reject(e);
        }
        if (v !== undefined) {
          clearTimeout(timer);
          resolvePromise(v);
        } else this.listeners.push(attempt);
      };
      attempt();
    });
  }

  async initialize(rootUri: string | null, initializationOptions?: unknown): Promise<InitializeResult> {
    const result = await this.conn.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
      initializationOptions,
      capabilities: {
        workspace: {
          configuration: true,
          didChangeWatchedFiles: { dynamicRegistration: this.watchedFiles },
          applyEdit: true,
          workspaceEdit: { documentChanges: true },
          ...(this.pull ? { diagnostics: { refreshSupport: true } } : {}),
        },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          ...(this.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        },
      },
    });
    this.conn.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1) {
    this.docs.set(uri, TextDocument.create(uri, 'markdown', version, text));
    this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  /** Sends incremental changes (ranges against the current text) and mirrors them locally. */
  change(uri: string, changes: Array<{ range: Range; text: string }>) {
    const doc = this.docs.get(uri)!;
    const version = doc.version + 1;
    const next = TextDocument.update(doc, changes as TextDocumentContentChangeEvent[], version);
    this.docs.set(uri, next);
    this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces the first occurrence of `find` with `replacement`, as an incremental edit. */
  replace(uri: string, find: string, replacement: string) {
    const doc = this.docs.get(uri)!;
    const at = doc.getText().indexOf(find);
    if (at < 0) throw new Error(`"${find}" not in ${uri}`);
    return this.change(uri, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + find.length) }, text: replacement }]);
  }

  applyEdits(uri: string, edits: TextEdit[]) {
    return this.change(uri, [...edits].sort((a, b) => this.docs.get(uri)!.offsetAt(b.range.start) - this.docs.get(uri)!.offsetAt(a.range.start)).map((e) => ({ range: e.range, text: e.newText })));
  }

  applyWorkspaceEdit(edit: WorkspaceEdit) {
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) this.applyEdits(uri, edits);
    for (const dc of edit.documentChanges ?? []) if ('edits' in dc) this.applyEdits(dc.textDocument.uri, dc.edits as TextEdit[]);
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  /** The diagnostics published for the document's current version (waits for them). */
  diagnosticsFor(uri: string, ms = 15000, version = this.docs.get(uri)?.version): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics for ${uri} v${version}`, () => {
      for (let i = this.diagnostics.length - 1; i >= 0; i--) {
        const p = this.diagnostics[i];
        if (p.uri === uri) return version === undefined || p.version === version ? p.diagnostics : undefined;
      }
      return undefined;
    }, ms);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest<T>(method, params);
  }

  async shutdown(): Promise<number | null> {
    await this.conn.sendRequest('shutdown');
    this.conn.sendNotification('exit');
    const code = await Promise.race([this.exitCode, new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
    this.conn.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
    return code;
  }

  kill() {
    try {
      this.conn.dispose();
    } catch {
      // already closed
    }
    if (this.proc.exitCode === null) this.proc.kill();
  }
}
