// Rows of a list of names with their figures, under a line that says what the list gives:
//
//   This is the full list of reciprocal tariffs that Trump announced:
//   1. China: 34%
//   4. India: 26%
//
// Each row's figure is what the lead-in names (a tariff), of the row's name (India), as "a 26%
// tariff on India" says it. A row alone names only the name, which is no thing measured.
import type { Analysis } from './nlp';
import { lemmaOf, spanText } from './context';
import type { Phrase } from './subjects';

/** Rows read back to the lead-in, at most: a list longer than this is a table, read as rows. */
const MOST_ROWS = 80;

/** Words that name a list rather than what it gives ("the full list of reciprocal tariffs"). */
const LISTS = new Set(['list', 'table', 'breakdown', 'rundown', 'tally', 'ranking', 'roundup', 'summary']);

/** The name a row opens with before its colon ("India: 26%", "European Union: 20%"), as tokens. */
function rowName(an: Analysis, colon: number): [number, number] | undefined {
  if (colon < 0 || an.values[colon] !== ':') return undefined;
  const s0 = an.sentences[an.sentenceOf[colon]][0];
  if (colon === s0) return undefined;
  for (let k = s0; k < colon; k++) if (an.pos[k] !== 'PROPN' && !(k > s0 && an.values[k] === '-')) return undefined;
  return isRow(an, an.sentenceOf[colon]) ? [s0, colon - 1] : undefined;
}

/** A sentence of a list: after a marker of its own ("4.", "-", "•") or a row before it. */
function isRow(an: Analysis, s: number): boolean {
  const [s0] = an.sentences[s];
  if (/^[-•*–]$/.test(an.values[s0])) return true;
  if (s === 0) return false;
  const [p0, p1] = an.sentences[s - 1];
  return p1 === p0 + 1 && an.types[p0] === 'number' && /^[.)]$/.test(an.values[p1]);
}

/** A marker sentence ("4.") or a row with a figure after a colon. */
function inList(an: Analysis, s: number): boolean {
  const [s0, s1] = an.sentences[s];
  if (s1 === s0 + 1 && an.types[s0] === 'number' && /^[.)]$/.test(an.values[s1])) return true;
  for (let k = s0; k < s1; k++) if (an.values[k] === ':' && an.types[k + 1] === 'number') return true;
  return false;
}

/** The head noun a list's lead-in gives it: of the phrase after "list of", else the last noun before its colon. */
function leadNoun(an: Analysis, s: number): number | undefined {
  const [s0, s1] = an.sentences[s];
  if (an.values[s1] !== ':') return undefined;
  for (let k = s0; k < s1 - 1; k++) {
    if (!LISTS.has(lemmaOf(an, k)) || an.lower[k + 1] !== 'of') continue;
    let e = k + 2;
    while (e < s1 && (an.pos[e] === 'ADJ' || an.pos[e] === 'DET')) e++;
    let head = -1;
    for (; e < s1 && an.pos[e] === 'NOUN'; e++) head = e;
    if (head >= 0) return head;
  }
  for (let k = s1 - 1; k >= s0; k--) if (an.pos[k] === 'NOUN') return k;
  return undefined;
}

/**
 * What the row whose colon is at `colon` gives: the head noun of the lead-in's phrase (its
 * modifiers, "reciprocal", name no part: the list gives tariffs, all of them reciprocal), and the
 * row's name as its place.
 */
export function listRow(an: Analysis, colon: number): { noun?: Phrase; place: string } | undefined {
  const name = rowName(an, colon);
  if (!name) return undefined;
  const place = spanText(an, name[0], name[1]);
  for (let s = an.sentenceOf[colon] - 1, n = 0; s >= 0 && n < MOST_ROWS; s--, n++) {
    if (inList(an, s)) continue;
    const head = leadNoun(an, s);
    if (head === undefined) return { place };
    return { noun: { noun: lemmaOf(an, head), nounForm: an.lower[head], phrase: spanText(an, head, head), span: [head, head] }, place };
  }
  return { place };
}
