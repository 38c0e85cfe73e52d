import { defineRule } from '../rule.js';
import type { Report } from '../types.js';
import { titleOf, type SectionRef } from '../draft/citations.js';

// The subsection structure of chapter 206 (18 U.S.C. §§ 3121–3127), from the statute's text (LEGAL.md §§ 1–3).
// A leaf is `true`; an object lists the next level down.
type Tree = true | { [sub: string]: Tree };
const leaves = (...keys: string[]): Tree => Object.fromEntries(keys.map((k) => [k, true as Tree]));
const CHAPTER_206: Record<string, Tree> = {
  '3121': { a: true, b: leaves('1', '2', '3'), c: true, d: true },
  '3122': { a: leaves('1', '2'), b: leaves('1', '2') },
  '3123': {
    a: { '1': true, '2': true, '3': { A: leaves('i', 'ii', 'iii', 'iv'), B: true } },
    b: { '1': leaves('A', 'B', 'C', 'D'), '2': true },
    c: leaves('1', '2'),
    d: leaves('1', '2'),
  },
  '3124': leaves('a', 'b', 'c', 'd', 'e', 'f'),
  '3125': { a: { '1': leaves('A', 'B', 'C', 'D'), '2': true }, b: true, c: true, d: true },
  '3126': leaves('1', '2', '3', '4', '5'),
  '3127': { '1': true, '2': { A: leaves('i', 'ii', 'iii', 'iv'), B: true }, '3': true, '4': true, '5': true, '6': true },
};
// Sections after the chapter's end and before chapter 207 (§ 3141) do not exist.
const NONEXISTENT = new Set(['3128', '3129', '3130']);

function describe(node: Tree): string {
  if (node === true) return 'no subdivisions';
  const keys = Object.keys(node);
  if (keys.length === 1) return `only (${keys[0]})`;
  if (keys.length === 2) return `(${keys[0]}) and (${keys[1]})`;
  return `(${keys[0]}) through (${keys[keys.length - 1]})`;
}

/** The first step of the path that does not exist, with the deepest valid prefix. */
function firstBadStep(section: string, path: string[]): { valid: string[]; bad: string; parent: Tree } | undefined {
  let node: Tree = CHAPTER_206[section];
  const valid: string[] = [];
  for (const step of path) {
    if (node === true) return { valid, bad: step, parent: node };
    const keys = Object.keys(node);
    // exact, or the same letter in the other case ("(B)(1)" for "(b)(1)"): never flag a sloppily capitalised cite
    const match = keys.find((k) => k === step) ?? (keys.filter((k) => k.toLowerCase() === step.toLowerCase()).length === 1 ? keys.find((k) => k.toLowerCase() === step.toLowerCase()) : undefined);
    if (!match) return { valid, bad: step, parent: node };
    valid.push(match);
    node = node[match];
  }
  return undefined;
}

type LabelKind = 'lower' | 'digit' | 'upper' | 'roman';
function kindsOf(label: string): LabelKind[] {
  if (/^\d+$/.test(label)) return ['digit'];
  if (/^[ivx]+$/.test(label)) return label.length === 1 ? ['roman', 'lower'] : ['roman'];
  if (/^[a-z]+$/.test(label)) return ['lower'];
  return ['upper'];
}

/** "§ 3123(c)(1), (2)": a bare continuation takes the place of the previous path's label of the same kind. */
function resolvePath(ref: SectionRef, previous: SectionRef | undefined): string[] {
  if (!previous || previous.section !== ref.section || !ref.text.trim().startsWith('(') || !ref.path.length) return ref.path;
  const kinds = kindsOf(ref.path[0]);
  for (let k = previous.path.length - 1; k >= 0; k--) {
    if (kindsOf(previous.path[k]).some((x) => kinds.includes(x))) return [...previous.path.slice(0, k), ...ref.path];
  }
  return ref.path;
}

function cite(section: string, path: string[]): string {
  return `§ ${section}${path.map((p) => `(${p})`).join('')}`;
}

export default defineRule({
  id: 'cite-unknown-section',
  severity: 'warning',
  citation: '—',
  summary: 'A citation to a section or subsection of 18 U.S.C. §§ 3121–3127 that does not exist.',
  docs: `A citation to a provision that does not exist (18 U.S.C. § 3123(c)(3), § 3122(b)(3), § 3123(e), § 3129) is
usually a typo for a real one (extensions are § 3123(c)(2)) and undermines the draft before a magistrate judge. The
rule checks every citation to chapter 206 against the statute's subsection structure: § 3121(a)–(d) with (b)(1)–(3);
§ 3122(a)(1)–(2), (b)(1)–(2); § 3123(a)(1)–(3) with (a)(3)(A)(i)–(iv) and (B), (b)(1)(A)–(D) and (b)(2), (c)(1)–(2),
(d)(1)–(2); § 3124(a)–(f); § 3125(a)–(d) with (a)(1)(A)–(D) and (a)(2); § 3126(1)–(5); § 3127(1)–(6) with
(2)(A)(i)–(iv) and (2)(B). The chapter ends at § 3127.`,
  examples: {
    valid: [
      {
        title: 'Real provisions',
        text: `# APPLICATION

Extensions may be granted under 18 U.S.C. § 3123(c)(2). This Court is a court of competent jurisdiction under 18 U.S.C. § 3127(2)(A)(i). See also §§ 3121(c), 3123(a)(3)(B), 3124(a)-(f), 3125(a)(1)(A), and 3126(5).
`,
      },
    ],
    invalid: [
      {
        title: '§ 3123(c) has two paragraphs',
        text: `# APPLICATION

An extension may be granted under 18 U.S.C. § 3123(c)(3) upon a new application.
`,
        findings: [{ at: '3123(c)(3)', message: 'has (1) and (2)', fixed: '# APPLICATION\n\nAn extension may be granted under 18 U.S.C. § 3123(c) upon a new application.\n' }],
      },
      {
        title: 'No § 3129',
        text: `# APPLICATION

The Government relies on 18 U.S.C. § 3129.
`,
        findings: [{ at: '3129', message: 'does not exist' }],
      },
    ],
  },
  check(draft) {
    const out: Report[] = [];
    for (const c of draft.citations) {
      if (c.state || c.rule) continue;
      let previous: SectionRef | undefined;
      for (const original of c.refs as SectionRef[]) {
        const ref = { ...original, path: resolvePath(original, previous) };
        previous = ref;
        if (titleOf(ref) !== 18) continue;
        if (NONEXISTENT.has(ref.section)) {
          out.push({
            start: ref.start,
            end: ref.end,
            message: `18 U.S.C. § ${ref.section} does not exist: the pen register chapter runs from § 3121 to § 3127. Check the citation.`,
          });
          continue;
        }
        if (!(ref.section in CHAPTER_206)) continue;
        const bad = firstBadStep(ref.section, ref.path);
        if (!bad) continue;
        const validCite = cite(ref.section, bad.valid);
        const message =
          bad.parent === true
            ? `18 U.S.C. ${cite(ref.section, [...bad.valid, bad.bad])} does not exist: ${validCite} has no subdivisions. Check the citation.`
            : `18 U.S.C. ${cite(ref.section, [...bad.valid, bad.bad])} does not exist: ${validCite} has ${describe(bad.parent)}. Check the citation.`;
        // offer the deepest provision that does exist (the drafter decides whether it is the one meant)
        const refText = draft.text.slice(ref.start, ref.end);
        const sectionAt = refText.indexOf(ref.section);
        const fixes =
          sectionAt >= 0
            ? [
                {
                  title: `Cite ${validCite}`,
                  kind: 'suggestion' as const,
                  edits: [{ start: ref.start + sectionAt, end: ref.end, text: `${ref.section}${bad.valid.map((p) => `(${p})`).join('')}` }],
                },
              ]
            : undefined;
        out.push({ start: ref.start, end: ref.end, message, fixes });
      }
    }
    return out;
  },
});
