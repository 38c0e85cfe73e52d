// The penlint VS Code extension: starts the bundled language server over IPC and shows what it finds. No linting
// logic here (the server is the same one Neovim and Emacs run), no telemetry, no network.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import { ChecklistProvider, REVEAL_COMMAND, type ChecklistEntry } from './checklist.js';

interface Status {
  uri: string;
  version: number;
  isDraft: boolean;
  ignored?: boolean;
  errors: number;
  warnings: number;
  infos: number;
}

const CONFIG_TEMPLATE = '{\n  "rules": {},\n  "maxDurationDays": 60\n}\n';

let client: LanguageClient | undefined;

export interface PenlintApi {
  /** The checklist view's entries for the active editor (refreshed). */
  checklist(): Promise<ChecklistEntry[]>;
  /** The rows the checklist view shows (parts, then their elements), as labels and descriptions. */
  checklistView(): Array<{ label: string; description?: string; children: Array<{ label: string; description?: string }> }>;
  statusText(): string;
  isRunning(): boolean;
}

export async function activate(context: vscode.ExtensionContext): Promise<PenlintApi> {
  const serverModule = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'penlint' },
    outputChannelName: 'penlint',
  };
  const statuses = new Map<string, Status>();
  const status = vscode.window.createStatusBarItem('penlint.status', vscode.StatusBarAlignment.Left, 50);
  status.name = 'penlint';
  status.command = 'penlint.showChecklist';
  context.subscriptions.push(status);

  const checklist = new ChecklistProvider(() => client);
  const view = vscode.window.createTreeView('penlintChecklist', { treeDataProvider: checklist, showCollapseAll: true });
  context.subscriptions.push(view);

  const updateStatus = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      status.hide();
      return;
    }
    const enabled = vscode.workspace.getConfiguration('penlint', editor.document.uri).get<boolean>('enable', true);
    const s = statuses.get(editor.document.uri.toString());
    if (!enabled) {
      status.text = '$(circle-slash) penlint: off';
      status.tooltip = 'penlint is disabled (setting penlint.enable)';
    } else if (!s) {
      status.text = '$(sync~spin) penlint';
      status.tooltip = 'penlint is checking this file';
    } else if (s.ignored) {
      status.text = '$(dash) penlint: ignored';
      status.tooltip = '.penlintignore skips this file, in CI and here.';
    } else if (!s.isDraft) {
      status.text = '$(dash) penlint: not a draft';
      status.tooltip = 'This Markdown file is not a pen-register / trap-and-trace draft; penlint has nothing to say.';
    } else if (!s.errors && !s.warnings) {
      status.text = `$(check) penlint${s.infos ? ` (${s.infos} info)` : ''}`;
      status.tooltip = 'No errors or warnings in this draft. Click for the statutory checklist.';
    } else {
      status.text = `$(error) ${s.errors} $(warning) ${s.warnings} penlint`;
      status.tooltip = `${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info. Click for the statutory checklist.`;
    }
    status.show();
  };

  let refreshTimer: NodeJS.Timeout | undefined;
  const refreshChecklist = () => {
    if (refreshTimer) clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => void checklist.refresh(), 100);
  };

  const startClient = async () => {
    client = new LanguageClient('penlint', 'penlint', serverOptions, clientOptions);
    client.onNotification('penlint/status', (s: Status) => {
      statuses.set(s.uri, s);
      updateStatus();
      if (vscode.window.activeTextEditor?.document.uri.toString() === s.uri) refreshChecklist();
    });
    await client.start();
  };

  const activeUri = (): vscode.Uri | undefined => {
    const editor = vscode.window.activeTextEditor;
    return editor && editor.document.languageId === 'markdown' ? editor.document.uri : undefined;
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(() => {
      updateStatus();
      refreshChecklist();
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => statuses.delete(doc.uri.toString())),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('penlint')) updateStatus();
    }),
    vscode.commands.registerCommand('penlint.fixAll', async () => {
      const uri = activeUri();
      if (!uri || !client) return;
      const result = await client.sendRequest<{ applied: boolean; fixed: number }>('workspace/executeCommand', { command: 'penlint.server.fixAll', arguments: [uri.toString()] });
      if (!result?.fixed) void vscode.window.showInformationMessage('penlint: no safe fixes to apply in this draft.');
    }),
    vscode.commands.registerCommand('penlint.lintWorkspace', async () => {
      if (!client) return;
      const result: { files: number; drafts: number; findings: number } | undefined = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'penlint: linting the workspace' }, () =>
        client!.sendRequest<{ files: number; drafts: number; findings: number }>('workspace/executeCommand', { command: 'penlint.server.lintWorkspace', arguments: [] }),
      );
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      if (result) void vscode.window.showInformationMessage(`penlint: ${result.drafts} draft(s) among ${result.files} Markdown file(s); ${result.findings} finding(s) in Problems.`);
    }),
    vscode.commands.registerCommand('penlint.showChecklist', async () => {
      await checklist.refresh();
      await vscode.commands.executeCommand('penlintChecklist.focus');
    }),
    vscode.commands.registerCommand('penlint.createConfig', async () => {
      const folder = activeUri() ? vscode.workspace.getWorkspaceFolder(activeUri()!) : vscode.workspace.workspaceFolders?.[0];
      if (!folder) {
        void vscode.window.showWarningMessage('penlint: open a folder first; the config file goes at its root.');
        return;
      }
      const target = vscode.Uri.joinPath(folder.uri, '.penlintrc.json');
      try {
        await vscode.workspace.fs.stat(target);
      } catch {
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(CONFIG_TEMPLATE));
      }
      await vscode.window.showTextDocument(target);
    }),
    vscode.commands.registerCommand('penlint.restartServer', async () => {
      statuses.clear();
      updateStatus();
      if (client) await client.restart();
      else await startClient();
      refreshChecklist();
    }),
    vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: vscode.Uri, range: ChecklistEntry['range']) => {
      if (!range) return;
      const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
      await vscode.window.showTextDocument(uri, { selection: r, preserveFocus: false });
    }),
  );

  await startClient();
  updateStatus();
  refreshChecklist();

  return {
    checklist: () => checklist.refresh(),
    checklistView: () =>
      checklist.getChildren().map((part) => {
        const item = checklist.getTreeItem(part);
        return {
          label: String(item.label),
          description: typeof item.description === 'string' ? item.description : undefined,
          children: checklist.getChildren(part).map((el) => {
            const child = checklist.getTreeItem(el);
            return { label: String(child.label), description: typeof child.description === 'string' ? child.description : undefined };
          }),
        };
      }),
    statusText: () => status.text,
    isRunning: () => Boolean(client?.isRunning()),
  };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
