// Configuration: the schema's defaults and the merge of config layers into what a lint run uses.
// Config is data only; nothing in it is ever executed (so untrusted workspaces are safe).
import type { Jurisdiction, SeveritySetting } from './types.js';

export interface PenlintConfig {
  rules?: Record<string, SeveritySetting>;
  jurisdiction?: Jurisdiction;
  /** Lowers the sixty-day limit (a State may allow less); never raises it. */
  maxDurationDays?: number;
  /** Extra placeholder patterns (regular expression sources). */
  placeholders?: string[];
  include?: string[];
  exclude?: string[];
}

export interface ResolvedConfig {
  rules: Record<string, SeveritySetting>;
  jurisdiction?: Jurisdiction;
  maxDurationDays: number;
  placeholders: RegExp[];
  include: string[];
  exclude: string[];
}

export const STATUTORY_MAX_DAYS = 60;

/** Merges layers, later ones winning (defaults < config file < command line). */
export function resolveConfig(...layers: Array<PenlintConfig | undefined>): ResolvedConfig {
  const out: ResolvedConfig = { rules: {}, maxDurationDays: STATUTORY_MAX_DAYS, placeholders: [], include: [], exclude: [] };
  for (const layer of layers) {
    if (!layer) continue;
    Object.assign(out.rules, layer.rules ?? {});
    if (layer.jurisdiction) out.jurisdiction = layer.jurisdiction;
    if (typeof layer.maxDurationDays === 'number' && Number.isFinite(layer.maxDurationDays)) {
      out.maxDurationDays = Math.max(1, Math.min(STATUTORY_MAX_DAYS, Math.floor(layer.maxDurationDays)));
    }
    for (const p of layer.placeholders ?? []) {
      try {
        out.placeholders.push(new RegExp(p, 'g'));
      } catch {
        // validated earlier; an invalid pattern that slipped through is ignored rather than crash a lint
      }
    }
    if (layer.include) out.include = [...layer.include];
    if (layer.exclude) out.exclude = [...layer.exclude];
  }
  return out;
}
