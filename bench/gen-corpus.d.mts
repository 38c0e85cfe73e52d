/** Draft `index` of the deterministic synthetic corpus (see gen-corpus.mjs). */
export function generateDraft(seed: number, index: number, options?: { huge?: boolean; defects?: number }): string;
