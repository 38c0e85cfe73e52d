// Command-line arguments (DESIGN.md, "CLI contract"). Every mistake is a UsageError: exit code 2 and a message
// that says what to type instead.
import { availableParallelism } from 'node:os';
import { getRule } from '../engine/index.js';
import type { Jurisdiction, SeveritySetting } from '../engine/types.js';
import { FORMATS, type Format } from './formatters.js';
import { editDistance } from './config-files.js';
import { rules } from '../engine/index.js';

export class UsageError extends Error {}

export interface CliOptions {
  paths: string[];
  format: Format;
  output?: string;
  config?: string;
  noConfig: boolean;
  rules: Record<string, SeveritySetting>;
  jurisdiction?: Jurisdiction;
  maxWarnings: number;
  quiet: boolean;
  fix: boolean;
  fixDryRun: boolean;
  stdin: boolean;
  stdinFilename?: string;
  jobs: number;
  shard?: { index: number; count: number };
  cache: boolean;
  cacheLocation?: string;
  listRules: boolean;
  printConfig?: string;
  version: boolean;
  help: boolean;
  color?: boolean;
}

export const HELP = `Usage: penlint [options] [paths...]

Lints Markdown drafts of pen-register and trap-and-trace applications and orders
(18 U.S.C. §§ 3121-3127). Paths are files, folders (searched for *.md and *.markdown)
or globs; the default is the current folder. node_modules and .git are skipped, and
.penlintignore (gitignore syntax) is honoured.

Output:
  --format stylish|json|sarif|github   report format (default: stylish)
  --output FILE                        write the report to FILE instead of standard output
  --quiet                              report errors only
  --max-warnings N                     exit 1 when there are more than N warnings
  --color, --no-color                  force colours on or off (default: on for a terminal, unless NO_COLOR)

Configuration:
  --config FILE                        use this config file instead of looking one up
  --no-config                          use no config file
  --rule ID=SEVERITY                   set a rule's severity: off, info, warning or error (repeatable)
  --jurisdiction federal|state         treat every draft as federal or State
  --print-config FILE                  print the configuration that applies to FILE and exit

Fixing:
  --fix                                apply safe fixes to the files (written atomically)
  --fix-dry-run                        print the safe fixes as a diff; change nothing

Input:
  --stdin                              lint standard input
  --stdin-filename NAME                the name standard input is reported (and configured) as

Large runs:
  --jobs N                             files linted at once (default: the number of cores)
  --shard I/N                          lint only the I-th of N stable slices of the files (CI matrices)
  --cache                              skip files whose content, config and penlint are unchanged
  --cache-location FILE                where the cache lives (default: .penlintcache)

Other:
  --list-rules                         list the rules and exit
  --version                            print penlint's version
  --help                               print this help

Exit codes: 0 no errors (and warnings within --max-warnings); 1 findings that fail;
2 usage, configuration or file errors.
`;

const SEVERITIES: SeveritySetting[] = ['off', 'info', 'warning', 'error'];

function closestRule(id: string): string {
  let best = '';
  let distance = Infinity;
  for (const r of rules) {
    const d = editDistance(id, r.id);
    if (d < distance) [best, distance] = [r.id, d];
  }
  return distance <= Math.max(2, Math.floor(id.length / 5)) ? ` (did you mean "${best}"?)` : '';
}

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = {
    paths: [],
    format: 'stylish',
    noConfig: false,
    rules: {},
    maxWarnings: -1,
    quiet: false,
    fix: false,
    fixDryRun: false,
    stdin: false,
    jobs: Math.max(1, availableParallelism()),
    cache: false,
    listRules: false,
    version: false,
    help: false,
  };
  const rest = [...argv];
  while (rest.length) {
    const arg = rest.shift()!;
    if (arg === '--') {
      o.paths.push(...rest.splice(0));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      o.paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    const inline = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = rest.shift();
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${name} needs a value.`);
      return v;
    };
    const flag = () => {
      if (inline !== undefined) throw new UsageError(`${name} takes no value.`);
    };
    const integer = (min: number): number => {
      const v = value();
      if (!/^-?\d+$/.test(v) || Number(v) < min) throw new UsageError(`${name} needs a whole number${min > 0 ? ` of at least ${min}` : min === 0 ? ' (0 or more)' : ''}, not "${v}".`);
      return Number(v);
    };
    switch (name) {
      case '--format':
      case '-f': {
        const v = value();
        if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${v}".`);
        o.format = v as Format;
        break;
      }
      case '--output':
      case '-o':
        o.output = value();
        break;
      case '--config':
      case '-c':
        o.config = value();
        break;
      case '--no-config':
        flag();
        o.noConfig = true;
        break;
      case '--rule': {
        const v = value();
        const m = /^([^=:]+)[=:](.+)$/.exec(v.trim());
        if (!m) throw new UsageError(`--rule needs ID=SEVERITY (e.g. --rule scope-full-url=error), not "${v}".`);
        const [, id, severity] = m;
        if (!getRule(id.trim())) throw new UsageError(`--rule: unknown rule id "${id.trim()}"${closestRule(id.trim())}; penlint --list-rules lists them.`);
        if (!(SEVERITIES as string[]).includes(severity.trim())) throw new UsageError(`--rule ${id}: the severity must be one of ${SEVERITIES.join(', ')}, not "${severity}".`);
        o.rules[id.trim()] = severity.trim() as SeveritySetting;
        break;
      }
      case '--jurisdiction': {
        const v = value();
        if (v !== 'federal' && v !== 'state') throw new UsageError(`--jurisdiction must be federal or state, not "${v}".`);
        o.jurisdiction = v;
        break;
      }
      case '--max-warnings':
        o.maxWarnings = integer(-1);
        break;
      case '--quiet':
        flag();
        o.quiet = true;
        break;
      case '--fix':
        flag();
        o.fix = true;
        break;
      case '--fix-dry-run':
        flag();
        o.fixDryRun = true;
        break;
      case '--stdin':
        flag();
        o.stdin = true;
        break;
      case '--stdin-filename':
        o.stdinFilename = value();
        break;
      case '--jobs':
      case '-j':
        o.jobs = integer(1);
        break;
      case '--shard': {
        const v = value();
        const m = /^(\d+)\/(\d+)$/.exec(v);
        const index = m ? Number(m[1]) : 0;
        const count = m ? Number(m[2]) : 0;
        if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard needs I/N with 1 ≤ I ≤ N (e.g. --shard 2/4), not "${v}".`);
        o.shard = { index, count };
        break;
      }
      case '--cache':
        flag();
        o.cache = true;
        break;
      case '--cache-location':
        o.cacheLocation = value();
        break;
      case '--list-rules':
        flag();
        o.listRules = true;
        break;
      case '--print-config':
        o.printConfig = value();
        break;
      case '--version':
      case '-v':
        flag();
        o.version = true;
        break;
      case '--help':
      case '-h':
        flag();
        o.help = true;
        break;
      case '--color':
        flag();
        o.color = true;
        break;
      case '--no-color':
        flag();
        o.color = false;
        break;
      default:
        throw new UsageError(`unknown option ${name}.`);
    }
  }
  if (o.config && o.noConfig) throw new UsageError('--config and --no-config cannot be used together.');
  if (o.fix && o.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together.');
  if (o.stdin && o.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to see the fixes.');
  if (o.stdin && o.paths.length) throw new UsageError('--stdin lints standard input: give no paths with it.');
  if (o.stdinFilename !== undefined && !o.stdin) throw new UsageError('--stdin-filename goes with --stdin.');
  if (o.cacheLocation !== undefined && !o.cache) o.cache = true;
  return o;
}
