// Identifiers of target facilities: telephone numbers in their common forms, e-mail addresses, IP addresses,
// IMEI/IMSI numbers and account identifiers. Each is normalised so the application's and the order's can be compared.
import type { Span } from '../types.js';
import type { Sentence } from '../parse.js';

export type IdentifierKind = 'phone' | 'email' | 'ip' | 'imei' | 'imsi' | 'account';

export interface Identifier extends Span {
  kind: IdentifierKind;
  text: string;
  /** Comparable form: digits only for numbers (NANP without the leading 1), lower case for addresses. */
  normalized: string;
  sentence: Sentence;
}

const PATTERNS: Array<{ kind: IdentifierKind; re: RegExp; normalize: (m: RegExpExecArray) => string | undefined }> = [
  { kind: 'email', re: /(?<![\w.+-])[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g, normalize: (m) => m[0].toLowerCase() },
  {
    kind: 'ip',
    re: /(?<![\d.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\d.]*\d)/g,
    normalize: (m) => m[0],
  },
  { kind: 'ip', re: /(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){2,7}(?::?[0-9A-Fa-f]{1,4}|:)(?![\w:])/g, normalize: (m) => m[0].toLowerCase() },
  { kind: 'imei', re: /\bIMEI(?:\s+(?:number|no\.))?:?\s*(\d{14,16}|\d{2}-\d{6}-\d{6}-\d)\b/gi, normalize: (m) => m[1].replace(/\D/g, '') },
  { kind: 'imsi', re: /\bIMSI(?:\s+(?:number|no\.))?:?\s*(\d{14,15})\b/gi, normalize: (m) => m[1] },
  {
    // (704) 555-0143, 704-555-0143, 704.555.0143, +1 704 555 0143, 1-704-555-0143
    kind: 'phone',
    re: /(?<![\w$.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w-]|\.\d)/g,
    normalize: (m) => m[0].replace(/\D/g, '').replace(/^1(?=\d{10}$)/, ''),
  },
  {
    // international: +86 138 0013 8000, +52 55 1234 5678, +853 6612 3456
    kind: 'phone',
    re: /(?<![\w+])\+(?!1[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4})\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,5}(?![\w-])/g,
    normalize: (m) => m[0].replace(/\D/g, ''),
  },
  {
    // account IDs: "account ID 1234567", "account number LF-20-88417", "user ID: jdoe_77", "username xyz"
    kind: 'account',
    re: /\b(?:account|user(?:name)?|subscriber|customer|screen\s*name|handle)\s+(?:ID|identifier|number|no\.|name)?:?\s*[“"']?((?=[\w.@-]*\d)[A-Za-z0-9][\w.@-]{3,}|@[\w.]{2,})/gi,
    normalize: (m) => m[1].toLowerCase().replace(/[.,;:]+$/, ''),
  },
];

export function extractIdentifiers(sentences: Sentence[]): Identifier[] {
  const out: Identifier[] = [];
  for (const s of sentences) {
    const text = s.text;
    if (!/[\d@]/.test(text)) continue;
    const taken: Array<[number, number]> = [];
    for (const { kind, re, normalize } of PATTERNS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        let a = m.index;
        let b = a + m[0].length;
        if (kind === 'imei' || kind === 'imsi' || kind === 'account') {
          a = m.index + m[0].lastIndexOf(m[1]);
          b = a + m[1].length;
        }
        if (taken.some(([x, y]) => a < y && b > x)) continue;
        const normalized = normalize(m);
        if (!normalized) continue;
        taken.push([a, b]);
        out.push({ kind, start: s.toSource(a), end: s.toSource(b), text: text.slice(a, b), normalized, sentence: s });
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
