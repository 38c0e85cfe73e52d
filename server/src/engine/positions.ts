// Offsets ↔ 1-based lines and UTF-16 columns (as LSP counts them), computed once per text.
import { location } from 'vfile-location';

export interface Position {
  line: number;
  column: number;
}

export interface PositionIndex {
  toPosition(offset: number): Position;
  toOffset(position: Position): number;
}

export function positionIndex(text: string): PositionIndex {
  const loc = location(text);
  return {
    toPosition(offset) {
      const clamped = Math.max(0, Math.min(text.length, offset));
      const p = loc.toPoint(clamped);
      if (p) return { line: p.line, column: p.column };
      // vfile-location returns nothing for the very end of the text
      const lines = text.split(/\r?\n|\r/);
      return { line: lines.length, column: lines[lines.length - 1].length + 1 };
    },
    toOffset(position) {
      const o = loc.toOffset({ line: position.line, column: position.column });
      return o === undefined ? text.length : o;
    },
  };
}
