// The side of a vote a share or a count of voters was cast for. "64% voted against the second
// offer" and "voted 58% in favour", "71 Republicans … voted against" and "passed with support from
// 44 Democrats", are the two sides of votes, not one figure told twice: the no side of one vote and
// the yes side of another (or of the same vote) never contradict each other.
import type { Analysis } from './nlp';
import { lemmaOf } from './context';

export type Stance = 'for' | 'against';

/** Verbs whose subject or agent casts the share on one side (to support or back is no vote). */
const FOR_VERBS = new Set(['approve', 'accept', 'ratify', 'endorse']);
const AGAINST_VERBS = new Set(['reject', 'oppose']);
const BE = new Set(['was', 'were', 'are', 'is']);
/** What a share of a vote counts when a noun is named: the voters, their ballots, the margin. */
const VOTE_NOUNS = new Set(['member', 'voter', 'vote', 'ballot', 'margin', 'majority', 'delegate', 'shareholder', 'worker', 'participant', 'elector']);
/** Tokens either side of the figure that its clause's stance word may stand in. */
const REACH = 9;
/** Words that end the figure's clause. */
const CLAUSE_END = new Set([';', ':', 'while', 'whereas', 'but']);
/** Where the scan stops: the clause ends, or another share's words begin ("voted 58% in favour and includes a 38% pay rise"). */
const stops = (an: Analysis, i: number) => CLAUSE_END.has(an.lower[i]) || (an.types[i] === 'number' && /^(%|percent|per)$/.test(an.lower[i + 1] ?? ''));

/**
 * The side a share of a vote was cast for, told by the nearest word of voting for or against in
 * its clause ("rejected … by a 64% margin", "59% … agreed to approve", "58% in favour", "voted
 * against"); undefined for any other share or when its clause names both sides. `last`: the
 * figure's last token or its noun's; `noun`: the counted noun, which for a share must be of voting;
 * `count`: a count, of voters whatever they are called, read only by words of voting.
 */
export function stanceAt(an: Analysis, first: number, last: number, noun: string | undefined, count = false): Stance | undefined {
  if (!count && noun && !VOTE_NOUNS.has(noun)) return undefined;
  // A count of people has a side where words of voting say it, or a verb of voting done ("joined
  // 149 Republicans in approving it"), not one still to come ("has to be approved by 57,000 union
  // members", "vote to ratify"), nor a verb that is no vote ("sent 15,000 troops to support"). A
  // count of votes has the side of any verb, as a share does ("Sixty votes were required to approve").
  const people = count && noun !== 'vote' && noun !== 'ballot';
  const s = an.sentences[an.sentenceOf[first]];
  let found: Stance | undefined;
  let distance = Infinity;
  const look = (i: number, d: number) => {
    const side = sideAt(an, i, people);
    if (!side || d > distance) return;
    // Both sides as near: no one side.
    found = d === distance && found !== side ? undefined : side;
    distance = d;
  };
  // Before the figure, "and" opens another predicate ("… in favour and includes a 38% pay rise").
  for (let i = first - 1, d = 1; i >= Math.max(s[0], first - REACH) && !stops(an, i) && an.lower[i] !== 'and'; i--, d++) look(i, d);
  for (let i = last + 1, d = 1; i <= Math.min(s[1], last + REACH) && !stops(an, i); i++, d++) look(i, d);
  return found;
}

/** `done`: only a verb of a vote cast ("approving", "rejected"), not one to come ("to be approved"). */
function sideAt(an: Analysis, i: number, done: boolean): Stance | undefined {
  const w = an.lower[i];
  // "in favour", "in favor"; "voted against", "votes for", "voted no"; "with support from", "were opposed"
  if ((w === 'favour' || w === 'favor') && an.lower[i - 1] === 'in') return 'for';
  if (w === 'support' && an.lower[i + 1] === 'from') return 'for';
  if (w === 'opposed' && BE.has(an.lower[i - 1])) return 'against';
  if (w === 'against' || w === 'for' || w === 'no' || w === 'yes') {
    // "voting against" may be read as a noun, whose lemma stays "voting".
    if (lemmaOf(an, i - 1) !== 'vote' && an.lower[i - 1] !== 'voting') return undefined;
    return w === 'against' || w === 'no' ? 'against' : 'for';
  }
  if (an.pos[i] !== 'VERB') return undefined;
  if (done && (!/(ed|ing)$/.test(w) || /^(be|been|being|to)$/.test(an.lower[i - 1] ?? ''))) return undefined;
  const lemma = lemmaOf(an, i);
  return FOR_VERBS.has(lemma) ? 'for' : AGAINST_VERBS.has(lemma) ? 'against' : undefined;
}
