// The "Statutory checklist" view: the statutory elements of the active draft (from penlint/checklist), grouped by
// part, each found / missing / not applicable; clicking one reveals it in the editor.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';

export interface ChecklistEntry {
  id: string;
  label: string;
  citation: string;
  part: 'application' | 'order';
  status: 'found' | 'missing' | 'not-applicable';
  message?: string;
  /** Present, but the rules named here find a defect in it. */
  defects?: string[];
  range?: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export type ChecklistNode = { kind: 'part'; part: 'application' | 'order'; entries: ChecklistEntry[] } | { kind: 'element'; entry: ChecklistEntry; uri: vscode.Uri };

const PART_LABEL = { application: 'Application (18 U.S.C. § 3122)', order: 'Order (18 U.S.C. § 3123)' } as const;
const STATUS_ICON = {
  found: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  missing: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  'not-applicable': new vscode.ThemeIcon('circle-slash'),
};
const DEFECT_ICON = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
const STATUS_TEXT = { found: 'found', missing: 'missing', 'not-applicable': 'not applicable' };

export const REVEAL_COMMAND = 'penlint.revealChecklistItem';

export class ChecklistProvider implements vscode.TreeDataProvider<ChecklistNode> {
  private readonly changed = new vscode.EventEmitter<ChecklistNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private entries: ChecklistEntry[] = [];
  private uri: vscode.Uri | undefined;
  private generation = 0;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** The document the checklist describes. */
  get document(): vscode.Uri | undefined {
    return this.uri;
  }

  /** Re-reads the checklist of the active Markdown editor. */
  async refresh(): Promise<ChecklistEntry[]> {
    const editor = vscode.window.activeTextEditor;
    const generation = ++this.generation;
    const client = this.client();
    let entries: ChecklistEntry[] = [];
    let uri: vscode.Uri | undefined;
    if (editor && editor.document.languageId === 'markdown' && client?.isRunning()) {
      uri = editor.document.uri;
      try {
        entries = (await client.sendRequest<ChecklistEntry[]>('penlint/checklist', { textDocument: { uri: uri.toString() } })) ?? [];
      } catch {
        entries = [];
      }
    }
    if (generation !== this.generation) return this.entries; // a newer refresh won
    this.entries = entries;
    this.uri = uri;
    this.changed.fire(undefined);
    return entries;
  }

  getChildren(node?: ChecklistNode): ChecklistNode[] {
    if (!node) {
      const parts = (['application', 'order'] as const)
        .map((part) => ({ kind: 'part' as const, part, entries: this.entries.filter((e) => e.part === part) }))
        .filter((p) => p.entries.some((e) => e.status !== 'not-applicable'));
      return parts;
    }
    if (node.kind === 'part' && this.uri) {
      const uri = this.uri;
      return node.entries.map((entry) => ({ kind: 'element' as const, entry, uri }));
    }
    return [];
  }

  getTreeItem(node: ChecklistNode): vscode.TreeItem {
    if (node.kind === 'part') {
      const missing = node.entries.filter((e) => e.status === 'missing').length;
      const defective = node.entries.filter((e) => e.status === 'found' && e.defects?.length).length;
      const item = new vscode.TreeItem(PART_LABEL[node.part], vscode.TreeItemCollapsibleState.Expanded);
      item.description = [missing ? `${missing} missing` : '', defective ? `${defective} to correct` : ''].filter(Boolean).join(', ') || 'complete';
      item.contextValue = 'penlintPart';
      return item;
    }
    const { entry } = node;
    const item = new vscode.TreeItem(entry.label, vscode.TreeItemCollapsibleState.None);
    const defective = entry.status === 'found' && entry.defects?.length;
    item.description = `${defective ? `found, to correct (${entry.defects!.join(', ')})` : STATUS_TEXT[entry.status]} · ${entry.citation}`;
    item.iconPath = defective ? DEFECT_ICON : STATUS_ICON[entry.status];
    item.tooltip = new vscode.MarkdownString(`**${entry.label}** (${entry.citation}): ${STATUS_TEXT[entry.status]}${entry.message ? `\n\n${entry.message}` : ''}`);
    item.contextValue = `penlintElement.${entry.status}`;
    if (entry.range) item.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [node.uri, entry.range] };
    return item;
  }
}
