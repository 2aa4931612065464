// wink-nlp's reading of a text, put together line by line from readings kept by each line's exact
// text. A folder of versions of one story repeats most lines from version to version (only some
// figures and days change), so the versions after the first are read mostly from memory.
//
// Why a line can be read alone: wink makes every line break a token of its own (type tabCRLF),
// its sentences are cut at those tokens (nlp.ts), and neither its tags nor its entities reach
// across one; so the reading of a text is the readings of its lines, one after the other, with
// offsets and token numbers moved. test/unit/readings.test.ts checks that on every real text in
// the repository and the shared corpora, token by token. Claims are extracted from the whole
// document's reading, as before, so everything that reads across lines (quotations, speakers,
// the document's date, the names a document is about) sees exactly what it saw before.
import { analyse, type Analysis } from './nlp';

/** Lines whose reading is kept (least recently used go first): a few stories' worth. */
const KEPT = 4096;

/** A line's reading, offsets from the line's start. */
type LineReading = Omit<Analysis, 'text' | 'sentenceOf'>;

/** What is kept of a line: its reading. */
interface Kept {
  reading: LineReading;
}

/**
 * Where the text's lines end: after a line break and the white space that follows it (a run of
 * line breaks, with spaces between them, is one token or several, and belongs with the line
 * before; cutting inside it would change the tokens).
 */
export function lineEnds(text: string): number[] {
  const out: number[] = [];
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) break;
    let end = nl + 1;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    out.push(end);
    at = end;
  }
  if (at < text.length || out.length === 0) out.push(text.length);
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x1680 || c === 0x205f;
}

export class Readings {
  private readonly kept = new Map<string, Kept>();

  /** The reading of `text`: equal to analyse(text), from kept lines where it can. */
  analyse(text: string): Analysis {
    const ends = lineEnds(text);
    if (ends.length === 1) return analyse(text);
    const out: Analysis = { text, values: [], types: [], pos: [], lemmas: [], lower: [], starts: [], ends: [], sentences: [], sentenceOf: [], entities: [] };
    let from = 0;
    for (const end of ends) {
      append(out, this.line(text.slice(from, end)).reading, from);
      from = end;
    }
    out.sentenceOf = sentenceOf(out);
    return out;
  }

  private line(line: string): Kept {
    const hit = this.kept.get(line);
    if (hit) {
      this.kept.delete(line); // most recently used goes last
      this.kept.set(line, hit);
      return hit;
    }
    const { text: _text, sentenceOf: _of, ...reading } = analyse(line);
    if (this.kept.size >= KEPT) this.kept.delete(this.kept.keys().next().value!);
    const k: Kept = { reading };
    this.kept.set(line, k);
    return k;
  }
}

/** Tokens outside every sentence (the line breaks) count as in the first, as in analyse(). */
function sentenceOf(an: Analysis): number[] {
  const out = new Array<number>(an.values.length).fill(0);
  an.sentences.forEach(([a, b], s) => {
    for (let i = a; i <= b; i++) out[i] = s;
  });
  return out;
}

/** Appends a line's reading at character offset `at`. */
function append(out: Analysis, r: LineReading, at: number): void {
  const base = out.values.length;
  for (let i = 0; i < r.values.length; i++) {
    out.values.push(r.values[i]);
    out.types.push(r.types[i]);
    out.pos.push(r.pos[i]);
    out.lemmas.push(r.lemmas[i]);
    out.lower.push(r.lower[i]);
    out.starts.push(r.starts[i] + at);
    out.ends.push(r.ends[i] + at);
  }
  for (const [a, b] of r.sentences) out.sentences.push([a + base, b + base]);
  for (const e of r.entities) out.entities.push({ type: e.type, first: e.first + base, last: e.last + base });
}
