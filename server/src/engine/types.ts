// Shared types of the engine. Offsets are UTF-16 code-unit offsets into the original text
// (what JavaScript strings index); lines and columns are computed only at the edges (CLI, LSP).

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  text: string;
}

export interface Fix {
  title: string;
  /** `safe` fixes are applied by `--fix` and "Fix all"; `suggestion`s are offered as quick-fixes only. */
  kind: 'safe' | 'suggestion';
  edits: TextEdit[];
}

export interface RelatedInformation extends Span {
  message: string;
}

/** What a rule's check returns; the runner adds the rule id, severity and citation. */
export interface Report extends Span {
  message: string;
  fixes?: Fix[];
  related?: RelatedInformation[];
  /** Overrides the rule's default severity for this one finding (e.g. a warning where the law is unsettled). */
  severity?: Severity;
}

export interface Finding extends Report {
  ruleId: string;
  severity: Severity;
  citation?: string;
}

export type Jurisdiction = 'federal' | 'state';

export type PartKind = 'application' | 'order' | 'affidavit';
