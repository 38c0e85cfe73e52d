// The shape of a rule: one file per rule, named after its id, exporting its metadata, docs, examples and check.
import type { Draft } from './draft/index.js';
import type { Report, Severity } from './types.js';
import type { ResolvedConfig } from './config.js';

export interface RuleContext {
  config: ResolvedConfig;
  /** The severity this run gives the rule (config may override the default). */
  severity: Severity;
}

export interface RuleExample {
  /** What the example shows, for the docs. */
  title?: string;
  text: string;
}

export interface ExpectedFinding {
  /** A substring of the example that the finding's range must overlap (omit for document-level findings). */
  at?: string;
  /** A substring the message must contain. */
  message?: string;
  /** The example's text after applying this finding's first fix. */
  fixed?: string;
}

export interface InvalidExample extends RuleExample {
  /** Exactly the findings this rule must produce on the example, in order. */
  findings: ExpectedFinding[];
}

export interface Rule {
  /** kebab-case, from RULES.md: a public contract. */
  id: string;
  severity: Severity;
  citation: string;
  summary: string;
  /** Markdown: what the rule checks and the legal reason. */
  docs: string;
  examples: { valid: RuleExample[]; invalid: InvalidExample[] };
  check(draft: Draft, context: RuleContext): Report[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
