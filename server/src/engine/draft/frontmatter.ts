// Front matter: `penlint: {kind: [application, order], jurisdiction: federal, date: 2022-01-10}` states facts
// the text may not. Only the `penlint` key is read; malformed YAML is ignored (the text still decides).
import { parse as parseYaml } from 'yaml';
import type { Jurisdiction, PartKind } from '../types.js';

export interface FrontmatterFacts {
  /** The front matter has a `penlint:` key: the file is a draft. */
  present: boolean;
  kinds?: PartKind[];
  jurisdiction?: Jurisdiction;
  /** The date of the application or order (YYYY-MM-DD), for retroactivity. */
  date?: string;
}

const KINDS: PartKind[] = ['application', 'order', 'affidavit'];

export function readFrontmatter(value: string | undefined): FrontmatterFacts {
  if (value === undefined) return { present: false };
  let data: unknown;
  try {
    data = parseYaml(value, { maxAliasCount: 50 });
  } catch {
    return { present: false };
  }
  if (!data || typeof data !== 'object' || !('penlint' in data)) return { present: false };
  const p = (data as { penlint: unknown }).penlint;
  const facts: FrontmatterFacts = { present: true };
  if (p && typeof p === 'object') {
    const o = p as Record<string, unknown>;
    const kinds = (Array.isArray(o.kind) ? o.kind : o.kind !== undefined ? [o.kind] : [])
      .map((k) => String(k).toLowerCase())
      .filter((k): k is PartKind => (KINDS as string[]).includes(k));
    if (kinds.length) facts.kinds = kinds;
    if (o.jurisdiction === 'federal' || o.jurisdiction === 'state') facts.jurisdiction = o.jurisdiction;
    if (o.date instanceof Date) facts.date = o.date.toISOString().slice(0, 10);
    else if (typeof o.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(o.date)) facts.date = o.date;
  }
  return facts;
}
