// Scores findings against an annotated corpus with the matching of the shared scorer: a finding matches an
// expected entry when the rule ids are equal and, for an anchored entry, the finding's lines overlap the anchor's
// lines widened by one line on each side; anchored entries are matched first; every unmatched scored finding is
// a false positive, duplicates included.

export interface ExpectedCase {
  draft: boolean;
  expect: Array<{ rule: string; anchor: string | null }>;
  notes?: string;
}

export interface ReportedFile {
  name: string;
  text: string;
  draft: boolean;
  diagnostics: Array<{ ruleId: string; line: number; endLine: number; message: string }>;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  classifiedRight: number;
  details: string[];
}

function anchorLines(text: string, anchor: string): [number, number] | null {
  const at = text.indexOf(anchor);
  if (at < 0) return null;
  const start = text.slice(0, at).split('\n').length;
  return [start, start + anchor.split('\n').length - 1];
}

export function score(cases: Record<string, ExpectedCase>, files: ReportedFile[], scored: Set<string>): Score {
  const byName = new Map(files.map((f) => [f.name, f]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let classifiedRight = 0;
  const details: string[] = [];
  for (const [name, c] of Object.entries(cases)) {
    const file = byName.get(name);
    if (!file) {
      details.push(`${name}: not linted`);
      continue;
    }
    if (file.draft === c.draft) classifiedRight++;
    else details.push(`${name}: classified draft=${file.draft}, expected ${c.draft}`);
    const findings = file.diagnostics.filter((d) => scored.has(d.ruleId)).map((d) => ({ ...d, used: false }));
    const wants = c.expect
      .filter((e) => scored.has(e.rule))
      .map((e) => ({ ...e, lines: e.anchor ? anchorLines(file.text, e.anchor) : null }))
      .sort((a, b) => (a.lines ? 0 : 1) - (b.lines ? 0 : 1));
    for (const w of wants) {
      const hit = findings.find(
        (f) => !f.used && f.ruleId === w.rule && (!w.lines || (f.endLine >= w.lines[0] - 1 && f.line <= w.lines[1] + 1)),
      );
      if (hit) {
        hit.used = true;
        tp++;
      } else {
        fn++;
        details.push(`${name}: missed ${w.rule}${w.lines ? ` at line ${w.lines[0]}` : ''}`);
      }
    }
    for (const f of findings.filter((x) => !x.used)) {
      fp++;
      details.push(`${name}: false ${f.ruleId} at line ${f.line}: ${f.message.slice(0, 100)}`);
    }
  }
  return {
    tp,
    fp,
    fn,
    precision: tp + fp ? tp / (tp + fp) : 1,
    recall: tp + fn ? tp / (tp + fn) : 1,
    classifiedRight,
    details,
  };
}
