import { defineRule } from '../rule.js';
import type { Report } from '../types.js';
import { agencyWords, hasAgencyToken, sameAgency, CERTIFIED_CLAUSE, statutoryCertification, type ApplicationPartFacts, type Certification } from '../draft/application.js';

function problemsOf(c: Certification, facts: ApplicationPartFacts, text: string): string[] {
  const problems: string[] = [];
  if (c.relevanceWords) problems.push(`it says only that the information "${c.relevanceWords}" the investigation, where the statute requires that the information "is relevant" to it`);
  if (c.hedge) problems.push(`it is hedged ("${c.hedge.text}") where the statute requires that the information "is relevant"`);
  if (!c.ongoing) problems.push('it does not say the investigation is "ongoing"');
  if (!c.criminal) problems.push('it does not say the investigation is "criminal"');
  if (c.agencies.length) {
    // an agency the lists do not know, named in the certification, may be the identified agency's parent department or
    // unit in other words ("HSI" and "the Department of Homeland Security"): no mismatch is claimed from it
    const comparable = !c.agencies.some((a) => a.structural);
    if (comparable && facts.identifiedAgencies.length && !c.agencies.some((a) => facts.identifiedAgencies.some((b) => sameAgency(a, b)))) {
      const named = c.agencies[0].text;
      const other = facts.identifiedAgencies[0].text;
      problems.push(`it names ${named}, but the application identifies ${other} as the agency conducting the investigation`);
    }
  } else if (!c.agencyAnaphor && !c.agencyUnrecognised && facts.conductingAgencies.length && !hasAgencyToken(text, c.sentence)) {
    // (with no agency identified anywhere, the omission is app-missing-agency-identity's one finding)
    // the same paragraph saying who conducts the investigation ties it to "that agency"
    const sameBlock = facts.agencyBlocks.includes(c.sentence.block);
    if (!sameBlock) problems.push('it does not name the agency conducting the investigation');
  }
  return problems;
}

export default defineRule({
  id: 'app-certification-incomplete',
  severity: 'warning',
  citation: '18 U.S.C. § 3122(b)(2)',
  summary: 'The certification is hedged, drops "ongoing" or "criminal", or names another agency than the one identified.',
  docs: `The certification should track 18 U.S.C. § 3122(b)(2): the applicant certifies that the information likely to be
obtained *is* relevant to an *ongoing criminal* investigation being conducted by *that* agency, the one identified
under § 3122(b)(1). "May prove relevant", "could be relevant" or "potentially relevant" certify less than the statute
asks, and so does a statement that the information "will assist" or "would be useful to" the investigation; the
court's finding under § 3123(a) rests on the certification as made. The rule reports one finding per
application, at the hedge when there is one; an application with no certification at all is
\`app-missing-relevance-certification\` instead. The quick-fix rewrites the certified clause in the statutory words,
with the agency the identity paragraph names.`,
  examples: {
    valid: [
      {
        title: 'The statutory certification',
        text: `# APPLICATION

The investigation is being conducted by the Drug Enforcement Administration ("DEA"). The applicant certifies that the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by the DEA.
`,
      },
    ],
    invalid: [
      {
        title: 'Hedged',
        text: `# APPLICATION

HSI is conducting a criminal investigation of a smuggling organization.

I certify that the information likely to be obtained may prove relevant to the ongoing criminal investigation being conducted by HSI.
`,
        findings: [
          {
            at: 'may prove relevant',
            message: 'hedged',
            fixed: `# APPLICATION

HSI is conducting a criminal investigation of a smuggling organization.

I certify that ${CERTIFIED_CLAUSE('HSI')}.
`,
          },
        ],
      },
      {
        title: 'The applicant’s own hedged statement, without "certifies"',
        text: `# APPLICATION

Jane Roe, an Assistant United States Attorney, applies for an Order. The DEA is conducting the investigation.

The information sought could be relevant to the DEA's investigation of heroin distribution.
`,
        findings: [{ at: 'could be relevant', message: 'hedged' }],
      },
      {
        title: 'Another agency, and no "ongoing"',
        text: `# APPLICATION

The investigation is being conducted by the Federal Bureau of Investigation ("FBI").

The applicant certifies that the information likely to be obtained is relevant to a criminal investigation being conducted by the DEA.
`,
        findings: [{ at: 'a criminal investigation', message: 'ongoing' }],
      },
    ],
  },
  check(draft) {
    const out: Report[] = [];
    for (const facts of draft.application.parts ?? []) {
      const certs = facts.certifications;
      if (!certs.length) continue;
      const judged = certs.map((c) => ({ c, problems: problemsOf(c, facts, draft.text) }));
      if (judged.some((j) => !j.problems.length)) continue;
      const { c, problems } = judged[0];
      const agency = agencyWords(facts);
      // rewrite the certified clause (after "certifies that"), keeping the applicant's own subject and verb
      const sentenceStart = c.sentence.start;
      let clauseEnd = c.clauseEnd;
      while (clauseEnd > c.clauseStart && /[\s.;]/.test(draft.text[clauseEnd - 1])) clauseEnd--;
      // a statement without a certifying verb becomes the certification sentence (after its paragraph label)
      const whole = !c.explicit || c.clauseStart <= sentenceStart;
      const edit = whole
        ? { start: Math.max(c.clauseStart, sentenceStart), end: clauseEnd, text: statutoryCertification(agency).replace(/\.$/, '') }
        : { start: c.clauseStart, end: clauseEnd, text: CERTIFIED_CLAUSE(agency) };
      const span = c.hedge ?? { start: c.clauseStart, end: clauseEnd };
      out.push({
        start: span.start,
        end: span.end,
        message: `The certification should track 18 U.S.C. § 3122(b)(2) (the information likely to be obtained is relevant to an ongoing criminal investigation being conducted by that agency), but ${problems.join('; ')}.`,
        fixes: [{ title: 'Use the statutory certification', kind: 'suggestion', edits: [edit] }],
      });
    }
    return out;
  },
});
