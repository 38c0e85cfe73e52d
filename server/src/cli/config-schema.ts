// The JSON Schema of penlint's configuration. It is built from the rule registry (so the rule ids it lists are
// exactly the public ids) and shipped as schemas/penlintrc.schema.json for editors (VS Code completes and checks
// config files with it); test/cli/config.test.ts fails when the shipped file is stale. Only rule ids go into the
// schema, not rule summaries, so a rule's wording can change without touching the schema.
//   Regenerate: npx tsx server/src/cli/config-schema.ts --write
import { writeFileSync } from 'node:fs';
import { rules } from '../engine/index.js';
import { ruleDocsUrl } from '../engine/meta.js';

export const CONFIG_SCHEMA_PATH = 'schemas/penlintrc.schema.json';
export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const;
export const RULE_ID_PATTERN = '^[a-z][a-z0-9]*(-[a-z0-9]+)*$';

export function buildConfigSchema(): Record<string, unknown> {
  const ids = rules.map((r) => r.id).sort();
  const ruleProperties: Record<string, unknown> = {};
  for (const id of ids) {
    ruleProperties[id] = {
      $ref: '#/definitions/severity',
      description: `Severity of the rule ${id} (see ${ruleDocsUrl(id)}).`,
    };
  }
  const globs = (what: string) => ({
    type: 'array',
    description: what,
    items: { type: 'string', minLength: 1 },
    uniqueItems: true,
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://penlint.invalid/schemas/penlintrc.schema.json',
    title: 'penlint configuration',
    description:
      'Configuration of penlint, the linter for pen-register and trap-and-trace drafts: .penlintrc.json, .penlintrc.yaml or the "penlint" key of package.json. The nearest file walking up from a draft applies (up to the repository root). Data only: nothing in it is executed.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The JSON Schema this file follows (for editors).' },
      rules: {
        type: 'object',
        description: 'Severity per rule id: "off", "info", "warning" or "error". Unlisted rules keep their default severity.',
        propertyNames: { pattern: RULE_ID_PATTERN },
        properties: ruleProperties,
        additionalProperties: false,
      },
      jurisdiction: {
        enum: ['federal', 'state'],
        description:
          'Treat every draft as federal (18 U.S.C. § 3122(a)(1)) or State (§ 3122(a)(2)) instead of deciding from what the draft cites.',
      },
      maxDurationDays: {
        type: 'integer',
        minimum: 1,
        maximum: 60,
        default: 60,
        description:
          'The longest period an order may authorize, in days. 18 U.S.C. § 3123(c)(1) allows at most sixty; a State may allow less. It can lower the limit, never raise it.',
      },
      placeholders: {
        type: 'array',
        description:
          'Extra placeholder patterns (JavaScript regular expressions, e.g. "\\\\{\\\\{[A-Z_]+\\\\}\\\\}") that count as unfilled text, besides [BRACKETED CAPITALS], TBD, XX/XX/20XX and ____.',
        items: { type: 'string', minLength: 1 },
        uniqueItems: true,
      },
      include: globs(
        'Globs (relative to this file\'s folder) of files that are always drafts, whatever their title says. "exclude" wins over "include".',
      ),
      exclude: globs('Globs (relative to this file\'s folder) of files that are never drafts: they get no findings.'),
    },
    definitions: {
      severity: {
        enum: [...SEVERITY_SETTINGS],
        description: '"off" disables the rule; "info", "warning" and "error" set the severity of its findings.',
      },
    },
  };
}

export function configSchemaText(): string {
  return JSON.stringify(buildConfigSchema(), null, 2) + '\n';
}

// `npx tsx server/src/cli/config-schema.ts --write` regenerates the shipped file.
if (process.argv[1] && /config-schema\.ts$/.test(process.argv[1]) && process.argv.includes('--write')) {
  writeFileSync(CONFIG_SCHEMA_PATH, configSchemaText());
  console.log(`wrote ${CONFIG_SCHEMA_PATH}`);
}
