// Facts about penlint itself that reports and docs need.
export const TOOL_NAME = 'penlint';
export const TOOL_VERSION = '0.1.0';
export const DOCS_BASE = 'https://github.com/penlint/penlint/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
