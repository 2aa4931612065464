// Where quotations stand in a text: their opening and closing marks, of any style (curly, straight,
// single with apostrophes such as martyrs' inside, guillemets), over paragraphs, or to the end of
// a paragraph when the closing mark is missing.
import { table } from './lexicon';

// A closing mark that opens ("”So far, …”", as some typesetting does) pairs with itself; so does
// the German »…«; a double prime set for an opening mark ("″Thank you everyone …,”", as some copy
// systems write one) closes with the curly mark or another prime.
const PAIRS: Record<string, string> = table({ '“': '”', '«': '»', '„': '“', '‘': '’', '"': '"', "'": "'", '‹': '›', '”': '”', '»': '«', '″': '”' });
export const LETTER = /[\p{L}\p{N}]/u;
const MARKS = new RegExp(`[${Object.keys(PAIRS).join('')}]`, 'g');

export interface RawQuote {
  open: number;
  close: number; // index of the closing mark
}

function isOpening(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1];
  const after = text[i + 1] ?? ' ';
  // “‘Barbie’ and ‘Oppenheimer’ are …”: a quotation that opens with a title in single marks.
  const titled = (text[i] === '“' || text[i] === '"') && /['‘]/.test(after) && LETTER.test(text[i + 2] ?? ' ');
  return !LETTER.test(before) && (LETTER.test(after) || /[\[(….]/.test(after) || titled);
}

/** A single closing mark is a closer, not an apostrophe, if no letter follows it. */
function closerStrength(text: string, i: number): 0 | 1 | 2 {
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  if (/\s/.test(before) || LETTER.test(after)) return 0;
  // "martyrs' families": a plural possessive looks like a closer followed by a word.
  if (before === 's' && /[ \t]/.test(after) && LETTER.test(text[i + 2] ?? '')) return 1;
  return 2;
}

export function findQuotations(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  let i = 0;
  while (i < text.length) {
    // Straight to the next mark that may open a quotation: most characters are none.
    MARKS.lastIndex = i;
    if (!MARKS.exec(text)) break;
    i = MARKS.lastIndex - 1;
    const c = text[i];
    const closeWith = PAIRS[c];
    if (!closeWith || !isOpening(text, i)) {
      i++;
      continue;
    }
    const single = c === "'" || c === '‘' || c === '‹';
    // Double quotations may run over paragraphs (each new paragraph reopens with a mark);
    // single ones stay inside their paragraph.
    const limit = single ? paragraphEnd(text, i) : Math.min(text.length, i + 5000);
    let weak = -1;
    let close = -1;
    for (let j = i + 1; j < limit; j++) {
      const d = text[j];
      // "will go down in the history books.'': two apostrophes stand for a closing double mark.
      if (!single && (d === "'" || d === '’') && text[j + 1] === d && !/\p{L}/u.test(text[j + 2] ?? '')) {
        close = j;
        break;
      }
      if (d === closeWith || (closeWith === '’' && d === "'") || (closeWith === "'" && d === '’') || (!single && mixedCloser(text, c, j))) {
        if (!single) {
          close = j;
          break;
        }
        const s = closerStrength(text, j);
        if (s === 2) {
          close = j;
          break;
        }
        if (s === 1) weak = j;
      }
      if (!single && d === '\n') {
        // A quotation that runs on reopens each new paragraph with its opening mark.
        let k = j + 1;
        while (k < limit && /\s/.test(text[k])) k++;
        if (text[k] !== c) break;
        j = k;
      }
    }
    // No sure closing mark: the last possible one, since a possessive ("workers' demands") comes first.
    if (close < 0) close = weak;
    if (close < 0 && runsToParagraphEnd(text, i, single)) {
      const end = paragraphEnd(text, i);
      let last = end - 1;
      while (last > i && /\s/.test(text[last])) last--;
      if (last - i > 20 && /[.!?]/.test(text[last])) close = last;
    }
    if (close < 0 || close - i < 2) {
      i++;
      continue;
    }
    out.push({ open: i, close });
    i = close + 1;
  }
  return out;
}

/**
 * A copy that mixes straight and curly double marks (“… Oppenheimer's world," said Murphy … "I'd
 * like … peacemakers.”) closes a quotation with the other style's mark: a curly opening with a
 * straight mark that ends a clause, a straight opening with a curly closing mark; and a curly
 * opening with a single closing mark after a word and before a clause's end, when no double
 * closing mark follows in the paragraph (“exceptional’, adding …): a possessive ("the workers’
 * demands") stands before a word.
 */
function mixedCloser(text: string, open: string, j: number): boolean {
  const d = text[j];
  if (open === '"') return d === '”';
  if (open === '″') return d === '″' || d === '"';
  if (open === '“' && d === '’') return /\p{L}/u.test(text[j - 1] ?? '') && /[,.;:!?]/.test(text[j + 1] ?? '') && !text.slice(j, paragraphEnd(text, j)).includes('”');
  return open === '“' && d === '"' && /[,.!?]/.test(text[j - 1] ?? '') && /\s/.test(text[j + 1] ?? ' ');
}

/**
 * Whether a quotation with no closing mark runs to the end of its paragraph, its last character
 * standing for the closing mark: one that opens after a colon ("Mrs May told the Commons: ‘The
 * House has spoken …": a cut text, or one that runs on); a double one that opens its paragraph or a
 * sentence, with no closing mark in the paragraph (each paragraph of a quotation that runs on
 * reopens with the mark and only the last closes it, so a copy that lost the last mark, or was cut,
 * still quotes each paragraph: "… he says. ”The technology issue …"); and a double one that a verb
 * of saying brings in ("said that “a suspected shooter fired …": the attribution stands where the
 * colon would).
 */
function runsToParagraphEnd(text: string, i: number, single: boolean): boolean {
  if (/:\s*$/.test(text.slice(Math.max(0, i - 3), i))) return true;
  if (single || /["”»]/.test(text.slice(i + 1, paragraphEnd(text, i)))) return false;
  return /(^|\n|[.!?]["”’]?\s)[ \t]*$/.test(text.slice(Math.max(0, i - 8), i)) || SAYING_BEFORE.test(text.slice(Math.max(0, i - 40), i));
}

/** A verb of saying just before a quotation mark, past one word of its object and "that": "said that “", "told reporters “". */
const SAYING_BEFORE = /\b(?:said|says|told|tells|added|adds|wrote|writes|stated|states|declared|explained|warned|insisted)(?:\s+\p{L}+)?(?:\s+that)?,?\s*$/u;

function paragraphEnd(text: string, i: number): number {
  const n = text.indexOf('\n', i);
  return n < 0 ? text.length : n;
}

