// A mark rather than a tally: a record someone holds or that a clause reaches for, or a target.
import type { Analysis } from './nlp';
import { clauseOf, lemmaOf } from './context';
import { QUALIFIER_OR_DET } from './status';
import { isNumberWord } from './numbers';

/** Nouns that name a record ("Federer's record of eight titles", "Court's all-time mark of 24"). */
const RECORD_NOUNS = new Set(['record', 'mark']);
/** Verbs that reach for a record someone holds: its value is theirs, not the doer's own tally. */
const REACHING = new Set(['equal', 'match', 'tie', 'break', 'beat', 'surpass', 'eclipse', 'better', 'smash', 'shatter', 'overtake']);
/** Words that make a record new, the result itself ("set a new record of", "a pending record of"). */
const NEW_RECORD = new Set(['new', 'pending', 'set', 'sets', 'setting', 'establish', 'established']);

/** Words that bring a value near a target without reaching it. */
const NEARING = new Set(['nearly', 'almost', 'close', 'near', 'approach', 'flirt']);

/** Participles after a noun that make its figure what a result needs ("the 272 seats needed", "the four points required"). */
const NEEDED = new Set(['needed', 'required']);

/** Nouns that name a target to reach ("the magic number of 326 seats", "a target of 2%"). */
const TARGET_NOUNS = new Set(['threshold', 'target', 'goal']);

/**
 * A mark rather than a tally: a record that someone holds or that the clause reaches for ("match
 * Margaret Court's all-time mark of 24 Slams", "bidding to equal Federer's record of eight titles",
 * "breaking the record of 75 mph"), not what the story's own subject did ("23 titles over his
 * career"), nor a record the event sets ("set a new course record of 2:00:35", "a pending record
 * of"); or a target ("reached the magic number of 326 seats", "a target of 2%"), not the result.
 */
export function markOf(an: Analysis, first: number, last = first, nounLast = last): 'record' | 'target' | undefined {
  // "the 272 seats needed for a majority", "the 326 needed to govern", "at least four states needed
  // to vote Yes", "the four points required to reclaim the Ryder Cup": what a result is measured
  // against, not a result (not "240 of the 272 seats needed", whose needed seats are the whole's).
  let own = true;
  for (let k = last + 1; k <= nounLast; k++) if (an.types[k] === 'number') own = false;
  if (own && NEEDED.has(an.lower[nounLast + 1]) && (an.lower[first - 1] === 'the' ? /^(for|to)$/.test(an.lower[nounLast + 2]) : an.lower[nounLast + 2] === 'to')) return 'target';
  // "started the day four points from lifting the trophy": how far a result still is from a goal.
  // Not "prevented 500 people from dying", "70.4% of people from developing": the object of a verb.
  if (nounLast === last + 1 && an.pos[first - 1] !== 'VERB' && an.lower[nounLast + 1] === 'from' && /ing$/.test(an.lower[nounLast + 2] ?? '') && an.pos[nounLast + 2] !== 'PROPN') return 'target';
  if (needed(an, first)) return 'target';
  let k = first - 1;
  while (k >= 0 && QUALIFIER_OR_DET.has(an.lower[k])) k--;
  if (an.lower[k] !== 'of') return undefined;
  const noun = an.lower[k - 1];
  const target = TARGET_NOUNS.has(noun) || (noun === 'number' && an.lower[k - 2] === 'magic');
  if (!target && !RECORD_NOUNS.has(noun)) return undefined;
  const [c0] = clauseOf(an, k, k);
  if (target) {
    // A target neared ("nearly crossing the critical threshold of 1.5C", "flirted with the
    // threshold of") tells the value itself, roughly: no mark.
    for (let i = k - 2; i >= c0; i--) if (NEARING.has(an.lower[i]) || NEARING.has(lemmaOf(an, i))) return undefined;
    return 'target';
  }
  let held = false;
  for (let i = k - 2; i >= c0; i--) {
    if (NEW_RECORD.has(an.lower[i])) return undefined;
    // The holder named before the record ("Court's", "Kipchoge’s"), within its noun phrase.
    if (i >= k - 6 && an.pos[i] === 'PART' && /^['’]s$/.test(an.values[i])) held = true;
    if (an.pos[i] === 'VERB' && REACHING.has(lemmaOf(an, i))) held = true;
  }
  return held ? 'record' : undefined;
}

/** Verbs whose object is what a result must reach ("The bill required … 218 votes", "needs 60 votes to pass"). */
const NEEDING = new Set(['need', 'require']);

/**
 * Whether the figure at `first` is the object of a verb of need in its clause, with no other verb
 * or figure between: a threshold, not a count of what was cast or done ("required a simple majority, or 218 votes").
 */
function needed(an: Analysis, first: number): boolean {
  // "requires all 48 participating lotteries to submit": all of a set that exists, told to act.
  if (an.lower[first - 1] === 'all') return false;
  let [c0] = clauseOf(an, first, first);
  // "required a simple majority, or 218 votes": the same object said again after "or".
  if (an.lower[c0] === 'or' && an.values[c0 - 1] === ',') [c0] = clauseOf(an, c0 - 2, c0 - 2);
  for (let k = first - 1; k >= c0 && first - k <= 10; k--) {
    // "needed majorities in at least four of the six states": the first figure is the threshold; the six, its whole.
    if (an.types[k] === 'number' || isNumberWord(an.lower[k])) return false;
    if (an.pos[k] !== 'VERB' && an.pos[k] !== 'AUX') continue;
    return an.pos[k] === 'VERB' && NEEDING.has(lemmaOf(an, k));
  }
  return false;
}
