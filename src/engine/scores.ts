// The score of a match: "beat Chelsea 3-1", "won 2-1", "a 1-1 draw". Written as one token of two
// whole numbers joined by a dash, the larger (or equal) first, it is not a range, which runs from
// low to high: it is one result. Two scores of one match agree only when both numbers do, so a
// score is kept as one figure, the winner's goals and the loser's in half points (3-1 as 6,002), in a unit of its own.
import type { Analysis } from './nlp';
import type { Found } from './figures';
import type { Quantity } from './types';
import { unitAfter } from './figureUnits';
import { countedNoun } from './countedNoun';
import { hyphenAt } from './context';

export const SCORE = 'score';

/**
 * Two results whose winners' numbers lie more than three times apart are of two kinds of contest
 * ("won the series 4-1", "a 94-89 win"; sets and games, rounds and points): neither speaks of the other.
 */
export function otherContest(a: Quantity, b: Quantity): boolean {
  const x = winner(a.low);
  const y = winner(b.low);
  return Math.max(x, y) > 3 * Math.max(1, Math.min(x, y));
}

/**
 * Scores run to two digits a side, or three (a judge's card, "115-112", a basketball result,
 * "103-97", a vote's tally, "311-112", "385-34"); three digits against one ("240-6", a cricket
 * total and its wickets; "737-9", a model) are counts of their own.
 */
const MOST = 99;

/** A score at token `at`, or undefined. */
export function scoreAt(an: Analysis, at: number): Found | undefined {
  if (an.types[at] !== 'number') return undefined;
  const v = an.values[at];
  // Half points count in some contests ("16.5-11.5", "trailing 10.5-5.5").
  const m = v.length >= 3 && v.length <= 11 ? /^(\d{1,3}(?:\.5)?)[-–—‒](\d{1,3}(?:\.5)?)$/.exec(v) : null;
  const to = m ? undefined : withTo(an, at);
  if (!m && !to) return undefined;
  const a = Number(m ? m[1] : v);
  const b = Number(m ? m[2] : to![1]);
  const last = m ? at : at + 2;
  if (a < b || (a > MOST && b < 10) || unitAfter(an, last + 1)) return undefined;
  // "3-1 on aggregate", "a 3-1 win": what follows may name it; a unit ("2-1 km") makes it no score.
  const nounInfo = countedNoun(an, last + 1, at);
  const value = encode(a, b);
  return {
    q: { kind: 'count', unit: SCORE, low: value, high: value, qualifier: 'exact', precision: 1, ...(isRunning(an, at) ? { running: true } : {}) },
    first: at,
    last,
    nounInfo: nounInfo.noun ? nounInfo : { ...nounInfo, noun: SCORE, nounForm: SCORE, last },
  };
}

/**
 * "The 216-to-210 vote", "won 6-to-1": a result written with "to" between hyphens (wink reads
 * "216", "-", "to-210"), the same result as "216-210".
 */
function withTo(an: Analysis, at: number): RegExpExecArray | null {
  if (!/^\d{1,3}$/.test(an.values[at]) || !/^[-–]$/.test(an.values[at + 1] ?? '') || !hyphenAt(an, at + 1)) return null;
  return /^to[-–](\d{1,3})$/i.exec(an.values[at + 2] ?? '');
}

/**
 * "at 1-0 on a 23rd-minute penalty", "put Argentina 2-0 up", "Leading 2-0", "make it 3-3", "3-2 in
 * the 108th minute": the score at a moment of a match, which moves; a report's other scores of the
 * same match are other moments, not contradictions. Only results ("won 4-2", "ended 3-3", "a 3-3
 * draw") are set against each other.
 */
function isRunning(an: Analysis, at: number): boolean {
  const before = an.lower[at - 1] ?? '';
  if (RUNNING_BEFORE.has(before) || (before === 'it' && /^(make|made|making|makes)$/.test(an.lower[at - 2] ?? ''))) return true;
  if (RUNNING_AFTER.has(an.lower[at + 1] ?? '')) return true;
  // "3-2 in the 108th minute", "2-0 at half-time", "2-0 after 73 minutes"
  for (let k = at + 1; k <= at + 4 && k < an.lower.length; k++) if (MOMENT.has(an.lower[k])) return true;
  return false;
}

const RUNNING_BEFORE = new Set(['at', 'leading', 'led', 'lead', 'trailing', 'trailed', 'down']);
const RUNNING_AFTER = new Set(['up', 'down', 'lead', 'ahead', 'behind']);
const MOMENT = new Set(['minute', 'minutes', 'half-time', 'halftime', 'interval', 'break']);

/**
 * The side a score was against, lower case: the name just before it ("beat co-hosts Australia
 * 3-1"), or before its comma after "to" or a verb ("finished second to China, 48-36"), or after
 * "to", "against", "over" or "by" just after it ("fell 2-0 to the United States").
 */
export function opponentOf(an: Analysis, at: number): string | undefined {
  let k = at - 1;
  while (an.pos[k] === 'PROPN' && an.types[k] === 'word') k--;
  if (k < at - 1) return an.lower.slice(k + 1, at).join(' ');
  // "finished second to China, 48-36": the side named after "to" (or a verb) just before the comma.
  if (an.values[at - 1] === ',') {
    k = at - 2;
    while (an.pos[k] === 'PROPN' && an.types[k] === 'word') k--;
    if (k < at - 2 && (AGAINST.has(an.lower[k]) || an.pos[k] === 'VERB')) return an.lower.slice(k + 1, at - 1).join(' ');
  }
  let j = at + 1;
  if (!AGAINST.has(an.lower[j] ?? '')) return undefined;
  j += an.pos[j + 1] === 'DET' ? 2 : 1;
  let e = j;
  while (an.pos[e] === 'PROPN' && an.types[e] === 'word') e++;
  return e > j ? an.lower.slice(j, e).join(' ') : undefined;
}

const AGAINST = new Set(['to', 'against', 'over', 'by']);

/** "3-1" for a score kept as 6,002, "16.5-11.5" for 33,023. */
export function formatScore(v: number): string {
  return `${winner(v)}-${(v % 1000) / 2}`;
}

/** A score as one number: each side in half points, the winner's thousands above the loser's. */
const encode = (a: number, b: number) => 2 * a * 1000 + 2 * b;

/** The winner's number of a score (see encode). */
const winner = (v: number) => Math.floor(v / 1000) / 2;
