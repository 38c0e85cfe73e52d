// The regular-expression audit (issue 8): every regular-expression literal in server/src, found with TypeScript's
// own scanner, compiled, and run against adversarial pump strings (long runs of the characters patterns quantify
// over, each followed by a character that makes the match fail). A pattern whose time grows faster than the input
// is reported. Run it by hand: `npx tsx test/robustness/regex-audit.ts` (it measures time, so it is not a test;
// test/robustness/regex.test.ts asserts the results of the patterns it found and fixed).
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) tsFiles(full, out);
    else if (name.endsWith('.ts')) out.push(full);
  }
  return out;
}

/** Every regular-expression literal in the shipped sources. */
export function findRegexLiterals(dir = join(ROOT, 'server/src')): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of tsFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const end = lit.lastIndexOf('/');
        found.push({ file: relative(ROOT, file), line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, source: lit.slice(1, end), flags: lit.slice(end + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** Pump strings: runs of one or two characters a pattern may quantify over, then a character that fails it. */
export const PUMPS = ['a', 'A', ' ', '1', 'a ', 'A ', '1 ', '(', '§', '§ ', '- ', '_', '[', 'Aa', '1-', '1,', ', ', '. ', 'a.', 'A.', '\t', '\n', '* ', '> ', '|', 'the ', 'of ', 'and ', 'day ', 'sixty '];

function timeOf(re: RegExp, input: string): number {
  const t0 = performance.now();
  if (re.global || re.sticky) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = re.exec(input)) && guard++ < 100000) if (m[0].length === 0) re.lastIndex++;
  } else re.test(input);
  return performance.now() - t0;
}

export interface Suspect extends FoundRegex {
  pump: string;
  ms: number;
  growth: number;
}

/** Patterns whose time on a pump string of 8,000 characters is over `minMs` and grows super-linearly. */
export function audit(found: FoundRegex[], minMs = 20): Suspect[] {
  const suspects: Suspect[] = [];
  for (const f of found) {
    let re: RegExp;
    try {
      re = new RegExp(f.source, f.flags);
    } catch {
      continue;
    }
    for (const pump of PUMPS) {
      const small = pump.repeat(Math.ceil(2000 / pump.length)) + '\u0001!';
      const big = pump.repeat(Math.ceil(8000 / pump.length)) + '\u0001!';
      const a = timeOf(re, small);
      const b = timeOf(re, big);
      if (b > minMs && b / Math.max(a, 0.05) > 6) {
        suspects.push({ ...f, pump, ms: b, growth: b / Math.max(a, 0.05) });
        break;
      }
    }
  }
  return suspects;
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  const found = findRegexLiterals();
  console.log(`${found.length} regular-expression literals in server/src`);
  for (const s of audit(found)) console.log(`${s.file}:${s.line} /${s.source.slice(0, 120)}/${s.flags}  pump ${JSON.stringify(s.pump)}: ${s.ms.toFixed(0)} ms at 8,000 chars, ×${s.growth.toFixed(1)} for 4× the input`);
}
