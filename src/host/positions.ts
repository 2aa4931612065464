// Offset → line/character for texts that are not open in the editor (related sources), and for
// the command line's file:line:column. Lines end at LF, CRLF or a lone CR; characters count UTF-16
// code units, as LSP positions do.
import { lastAtOrBefore } from '../engine/sorted';

/** Zero-based line and UTF-16 character, the shape of an LSP Position. */
export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10) this.starts.push(i + 1);
    }
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = lastAtOrBefore(this.starts, o);
    return { line, character: o - this.starts[line] };
  }
}

/** One LineIndex per path, rebuilt when the path's text changes. */
export class LineIndexCache {
  private readonly cache = new Map<string, LineIndex>();

  get(path: string, text: string): LineIndex {
    let idx = this.cache.get(path);
    if (!idx || idx.text !== text) {
      idx = new LineIndex(text);
      this.cache.set(path, idx);
    }
    return idx;
  }

  delete(path: string): void {
    this.cache.delete(path);
  }
}
