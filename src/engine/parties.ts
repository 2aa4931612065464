// Who a figure is of or from: the party that asked for it, won it or holds it, and the source the
// sentence names for it ("according to X", the subject of a verb of saying).
import type { Analysis } from './nlp';
import { DASHES, REPORTING, isDayName } from './lexicon';
import { ordinalValue } from './numbers';
import { attributionRange, beforeAuxiliaries, clauseOf, fold, lemmaOf, saysAt, spanText, wordBetween } from './context';

/** Words of a request that put a figure on the table rather than ask for it ("Ford offered raises of 9%"). */
export const OFFER = new Set(['offered', 'offering', 'proposed', 'proposing']);
const REQUEST = new Set(['sought', 'seek', 'seeking', 'seeks', 'hoping', 'hoped', 'requested', 'demanded', 'demanding', 'urged', 'asked', 'asking', ...OFFER]);

/**
 * What was asked for or offered is not what was given ("prosecutors asked for Cahill to sentence him
 * to 360 months", "Ford offered raises of 9%"): the token of the request word for tokens [a, b]
 * ("sought", "asked", "request", "offered"), or -1.
 */
export function requestAt(an: Analysis, a: number, b: number): number {
  const [c0] = clauseOf(an, a, b);
  // "asked Cahill to sentence Chauvin, age 45, to a 30-year prison term": a clause that opens with
  // "to" is the end of a verb's phrase before it, past the aside.
  const from = an.lower[c0] === 'to' ? an.sentences[an.sentenceOf[a]][0] : c0;
  for (let i = from; i < a; i++) if (REQUEST.has(an.lower[i]) && !(OFFER.has(an.lower[i]) && attributive(an, i))) return i;
  // "prosecutors' request of 30 years"
  return an.lower[a - 1] === 'of' && /^requests?$/.test(an.lower[a - 2] ?? '') ? a - 2 : -1;
}

/** "Theresa May's proposed Brexit deal", "the offered terms": a participle that qualifies a noun, not a verb. */
function attributive(an: Analysis, i: number): boolean {
  const before = an.values[i - 1] ?? '';
  return an.pos[i - 1] === 'DET' || /^['’]s?$/.test(before) || an.pos[i - 1] === 'ADJ';
}

/**
 * Who asked: "Prosecutors had sought 30 years" → prosecutor, "the defense asked for 10 years" →
 * defense, "prosecutors' request of 30 years" → prosecutor. Two parties' requests are two figures.
 */
export function requesterOf(an: Analysis, request: number): string | undefined {
  let k = request - 1;
  while (k >= 0 && (an.pos[k] === 'AUX' || an.pos[k] === 'ADV' || an.pos[k] === 'PART' || /^['’]s?$/.test(an.values[k]))) k--;
  if (k < 0 || (an.pos[k] !== 'NOUN' && an.pos[k] !== 'PROPN') || an.types[k] !== 'word') return undefined;
  return fold(an.lower[k].replace(/['’]s?$/, ''));
}


/**
 * "According to officials, …" and "…, according to officials." speak for the whole sentence; one in
 * the middle ("the fourth deadliest in India according to available records, happened … 250 km
 * south of Kolkata") only for its own clause.
 */
function coversClause(an: Analysis, r: [number, number], s0: number, s1: number, at: number): boolean {
  const [c0, c1] = clauseOf(an, at, at);
  if (r[0] >= c0 && r[0] <= c1) return true;
  const opens = r[0] <= s0 + 1;
  let end = r[1] + 1;
  while (end <= s1 && an.types[end] === 'punctuation') end++;
  return opens || end > s1;
}

/** Verbs by which a party comes to hold a figure: what it won, took or received is its share. */
const ACQUIRE = new Set([
  'win', 'take', 'get', 'receive', 'score', 'earn', 'garner', 'secure', 'clinch', 'collect', 'gain', 'obtain', 'capture', 'poll', 'sweep', 'claim', 'grab', 'bag',
  // a result: "Kiptum clocked 2:00:35", "Hassan ran 2:13:44", "Kipruto finished in 2:04:02"
  'clock', 'run', 'finish', 'complete', 'post',
]);

/** Verbs of a place in a result, whose "with" phrase gives the party's figure: "Hou trailed with 33.5 percent". */
const PLACED = new Set(['trail', 'lead', 'come', 'finish', 'end', 'place', 'rank']);

/**
 * The party a figure belongs to, when the text says a named party won, took or received it: "Sisi
 * won 21,835,378 votes", "Moussa Mostafa Moussa, Sisi's sole contender, won 656,534", "swept to a
 * second term with 97 percent". A pronoun ("He won 2.92%") gives "?": a party, unnamed.
 */
export function agentOf(an: Analysis, first: number): string | undefined {
  const [s0] = an.sentences[an.sentenceOf[first]];
  let v = restated(an, first - 1, s0);
  // "won in 2:13:44", "finished second in 2:04:02": a result given after "in".
  if (an.lower[v] === 'in' && an.pos[v - 1] !== 'NOUN') {
    v--;
    if (an.pos[v] === 'ADJ' || an.pos[v] === 'ADV' || an.pos[v] === 'NUM') v--;
  } else if (an.lower[v] === 'in') {
    // "won the women's race in 2:13:44", "won last April's London Marathon in 2:01:25": over the race.
    let k = v - 1;
    while (k > s0 && v - k < 8 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM'].includes(an.pos[k])) k--;
    if (an.pos[k] === 'VERB' && ACQUIRE.has(lemmaOf(an, k))) v = k;
  }
  if (an.lower[v] === 'with') {
    const w = v;
    // "ranked Croatia first with 337 points", "Israel was only 12th with 52 points": the name
    // before a rank that the phrase follows.
    const ranked = rankedBefore(an, w);
    if (ranked !== undefined) return nameBefore(an, ranked, s0);
    // "won a second term with 97 percent": the verb of the clause the "with" phrase hangs on.
    for (v = w - 1; v > s0 && v > w - 9 && !(an.pos[v] === 'VERB' && (ACQUIRE.has(lemmaOf(an, v)) || PLACED.has(lemmaOf(an, v)))); v--);
    // "Hou Yu-ih (侯友宜) of the Kuomintang (KMT) with 4.6 million": the name the phrase follows.
    if (an.pos[v] !== 'VERB') return nameBefore(an, w, s0);
  } else {
    for (let k = 0; k < 3 && v > s0 && an.pos[v] !== 'VERB'; k++) {
      if (!['DET', 'ADJ', 'ADV', 'PART', 'SYM', 'NUM'].includes(an.pos[v]) && an.types[v] !== 'currency') return undefined;
      v--;
    }
  }
  if (an.pos[v] !== 'VERB' || !(ACQUIRE.has(lemmaOf(an, v)) || (PLACED.has(lemmaOf(an, v)) && an.lower[first - 1] === 'with'))) return undefined;
  // "Lai Ching-te of the DPP won …, receiving 5,586,019 votes": a participle after a comma is of
  // the sentence's subject.
  if (an.values[v - 1] === ',' && an.lower[v].endsWith('ing')) return subjectName(an, s0, v);
  let j = beforeAuxiliaries(an, v - 1, s0 + 1);
  // "Moussa Mostafa Moussa, Sisi's sole contender in the election, won": over one appositive.
  if (an.values[j] === ',') {
    let k = j - 1;
    while (k > s0 && an.values[k] !== ',' && j - k < 12) k--;
    if (an.values[k] === ',') j = k - 1;
  }
  j = pastLedBy(an, j, s0);
  // "challenger Tomas Reyl, who took 44.1%": the relative pronoun stands for the name before it.
  if (/^(who|which|that)$/.test(an.lower[j])) {
    j--;
    if (an.values[j] === ',') j--;
  }
  // "While the BJP still emerged as the largest, it secured just 240": "it" is the name its sentence
  // opened with, when one did; otherwise a party, unnamed.
  if (an.pos[j] === 'PRON' && /^(he|she|they|it)$/.test(an.lower[j])) return nameOpening(an, s0, j) ?? '?';
  // "William Lai (賴清德) received", "Hou You-yi (侯友宜) won": the name before its bracket.
  if (an.values[j] === ')') return nameBefore(an, j + 1, s0);
  // "Lai Ching-te polled": a name whose last part, after a hyphen, the tagger took for a noun.
  if (an.pos[j] === 'NOUN' && an.values[j - 1] === '-' && an.ends[j - 2] === an.starts[j - 1] && an.ends[j - 1] === an.starts[j] && an.pos[j - 2] === 'PROPN') {
    let k = j - 2;
    while (k > s0 && an.pos[k - 1] === 'PROPN') k--;
    return `${an.lower.slice(k, j - 1).join(' ')}-${an.lower[j]}`;
  }
  if (an.pos[j] === 'NOUN') return nameInPhrase(an, j, s0);
  if (an.pos[j] !== 'PROPN') return undefined;
  return an.lower[j].replace(/['’]s$/, '').replace(/^.*-/, '');
}

/**
 * "the DPP's presidential ticket won", "the then-KMT presidential ticket garnering": a party's
 * ticket, candidate or list is the party, named in the noun phrase before its head.
 */
function nameInPhrase(an: Analysis, head: number, s0: number): string | undefined {
  // "The BJP-led alliance": a group a party leads is not that party, but a party of its own.
  for (let k = head - 1; k > s0 + 1 && head - k < 4; k--) {
    if (an.lower[k] === 'led' && DASHES.has(an.values[k - 1]) && an.starts[k - 1] === an.ends[k - 2] && an.pos[k - 2] === 'PROPN') return `${an.lower[k - 2]}-led`;
  }
  // "the opposition INDIA alliance", "the Labour party": a name just before a group's noun is the group's.
  if (GROUPS.has(an.lower[head]) && an.pos[head - 1] === 'PROPN' && /^\p{Lu}/u.test(an.values[head - 1])) return nameBefore(an, head, s0);
  let k = head - 1;
  while (k > s0 && (an.pos[k] === 'ADJ' || an.pos[k] === 'NOUN' || /^['’]s$/.test(an.values[k]))) k--;
  return an.pos[k] === 'PROPN' && k < head - 1 ? nameBefore(an, k + 1, s0) : undefined;
}

/**
 * "The opposition INDIA alliance led by Rahul Gandhi's Congress party won", "The National
 * Democratic Alliance (NDA) led by the BJP won": from the word before the verb, back past a phrase
 * of "led by" or "headed by" to the noun it follows, the subject; `j` when there is none.
 */
export function pastLedBy(an: Analysis, j: number, s0: number): number {
  for (let k = j; k > s0 + 1 && j - k < 10 && an.values[k] !== ','; k--) {
    if ((an.lower[k - 1] === 'led' || an.lower[k - 1] === 'headed') && an.lower[k] === 'by' && (an.pos[k - 2] === 'NOUN' || an.pos[k - 2] === 'PROPN' || an.values[k - 2] === ')')) return k - 2;
  }
  return j;
}

/** The name that opens the clause before a comma at `j` ("While the BJP still emerged …, it"), if any. */
function nameOpening(an: Analysis, s0: number, j: number): string | undefined {
  if (an.values[j - 1] !== ',') return undefined;
  let k = s0;
  if (an.pos[k] === 'SCONJ' || an.pos[k] === 'ADV') k++;
  if (an.pos[k] === 'DET') k++;
  if (an.pos[k] !== 'PROPN' || !/^\p{Lu}/u.test(an.values[k])) return undefined;
  let e = k;
  while (an.pos[e + 1] === 'PROPN' && e + 1 < j) e++;
  return nameBefore(an, e + 1, s0);
}

/** Nouns of a group that a name before them names ("the INDIA alliance", "the Labour party"). */
const GROUPS = new Set(['alliance', 'coalition', 'bloc', 'front', 'party', 'camp', 'ticket']);

/**
 * The party a figure belongs to, told after it: "the 54.71% achieved by López Obrador in 2018" (a
 * passive of winning, with its agent), "the 53.2% that his predecessor, Andrés Manuel López
 * Obrador, obtained" (a clause of "that" or "which" whose subject won it). `last`: the figure's
 * last token (its noun's, when it has one).
 */
export function agentAfter(an: Analysis, last: number): string | undefined {
  const [, s1] = an.sentences[an.sentenceOf[last]];
  let v = last + 1;
  if (an.pos[v] === 'VERB' && WON.has(lemmaOf(an, v)) && an.lower[v + 1] === 'by') return nameAfter(an, v + 2, s1);
  if (an.lower[v] !== 'that' && an.lower[v] !== 'which') return undefined;
  let name: string | undefined;
  for (v++; v <= s1 && v < last + 16 && an.pos[v] !== 'VERB' && an.pos[v] !== 'AUX'; v++) if (an.pos[v] === 'PROPN' && an.pos[v - 1] !== 'PROPN') name = nameAfter(an, v, s1);
  return name && an.pos[v] === 'VERB' && WON.has(lemmaOf(an, v)) ? name : undefined;
}

/** What a party comes to hold, told in a passive or a relative clause: the verbs of ACQUIRE, and "achieve". */
const WON = new Set([...ACQUIRE, 'achieve']);

/** The run of proper names that starts at token k, in lower case; not a day or a month ("achieved by March"), which is when. */
function nameAfter(an: Analysis, k: number, s1: number): string | undefined {
  let e = k;
  while (e <= s1 && an.pos[e] === 'PROPN') e++;
  return e > k && !isDayName(an.lower[k]) ? an.lower.slice(k, e).join(' ') : undefined;
}

const HEDGES = new Set(['over', 'about', 'around', 'nearly', 'almost', 'some', 'roughly', 'approximately', 'than', 'more', 'less', 'under']);

/**
 * Back over the figure this one restates ("with 4.6 million or 33.49%", "5.5 million votes, or
 * around 40.06%"), to the word before it: the share is the same party's.
 */
function restated(an: Analysis, v: number, s0: number): number {
  if (an.pos[v] === 'ADV' && an.lower[v - 1] === 'or') v--;
  // "scored 4,671, 021, (33.5 per cent)", "polled 5,586,013 representing 40.1 percent": a figure in
  // brackets or after "representing" restates the one before, as "or" does.
  if (an.lower[v] !== 'or' && an.lower[v] !== 'representing' && an.values[v] !== '(') return v;
  let k = v - 1;
  if (an.values[k] === ',' || DASHES.has(an.values[k])) k--;
  // Thousands grouped by a comma and a space ("4,671, 021") are one number.
  const grouped = (i: number) => an.values[i] === ',' && an.types[i - 1] === 'number' && an.types[i + 1] === 'number';
  while (k > s0 && v - k < 6 && (an.pos[k] === 'NUM' || an.types[k] === 'number' || an.pos[k] === 'NOUN' || an.pos[k] === 'ADV' || an.pos[k] === 'SYM' || grouped(k))) k--;
  // Past its hedge too: "secured over 5.5 million votes".
  while (k > s0 && HEDGES.has(an.lower[k])) k--;
  return an.types[k + 1] === 'number' || an.pos[k + 1] === 'NUM' || HEDGES.has(an.lower[k + 1]) ? k : v;
}

/**
 * For "with" at token w after a rank ("Croatia first", "Ukraine in third", "Switzerland was fifth"),
 * the token after the name before the rank; undefined when no rank and name stand there.
 */
function rankedBefore(an: Analysis, w: number): number | undefined {
  let k = w - 1;
  // "ranked Switzerland as the number one act with 365 points": a rank told in a phrase of "as".
  let as = k;
  while (as > w - 7 && an.lower[as] !== 'as' && an.types[as] === 'word') as--;
  if (as < k && an.lower[as] === 'as' && /^(the|a|an|their|its)$/.test(an.lower[as + 1]) && an.pos[as - 1] === 'PROPN' && /^\p{Lu}/u.test(an.values[as - 1])) return as;
  if (ordinalValue(an.lower[k] ?? '') === undefined) return undefined;
  k--;
  while (RANK_LEAD.has(an.lower[k] ?? '')) k--;
  return /^\p{Lu}/u.test(an.values[k] ?? '') && an.pos[k] === 'PROPN' ? k + 1 : undefined;
}

const RANK_LEAD = new Set(['in', 'only', 'was', 'is', 'were', 'just']);

/**
 * The name a "with" phrase follows, past brackets and "of the X": "Hou Yu-ih (侯友宜) of the
 * Kuomintang (KMT) with 4.6 million" → "hou yu-ih"; "Ko Wen-je … with 3.6 million" → "ko wen-je".
 */
function nameBefore(an: Analysis, w: number, s0: number): string | undefined {
  // A name's words start with a capital, or hang on one by a hyphen ("Yu-ih", which wink cuts in
  // three) or an "'s" ("Taiwan People's Party").
  const capital = (i: number) => i >= s0 && /^\p{Lu}/u.test(an.values[i]) && an.pos[i] !== 'DET';
  const inName = (i: number) => capital(i) || (an.values[i] === '-' && capital(i - 1)) || (an.values[i - 1] === '-' && capital(i - 2)) || (/^['’]s$/.test(an.values[i]) && capital(i - 1) && capital(i + 1));
  let k = w - 1;
  let name: [number, number] | undefined;
  while (k >= s0) {
    if (an.values[k] === ')') {
      while (k > s0 && an.values[k] !== '(') k--;
      k--;
      continue;
    }
    if (!inName(k)) break;
    const end = k;
    while (k > s0 && inName(k - 1)) k--;
    name = [k, end];
    // "… of the Kuomintang": the party of the name before it.
    if (an.lower[k - 1] === 'the' && an.lower[k - 2] === 'of') k -= 3;
    else if (an.lower[k - 1] === 'of') k -= 2;
    else break;
  }
  return name ? an.lower.slice(name[0], name[1] + 1).join(' ').replace(/ - /g, '-').replace(/ ['’]s/g, "'s") : undefined;
}

/** The name that opens a sentence's subject, before token `v`: "Incumbent Vice-President Lai Ching-te of the DPP won …". */
function subjectName(an: Analysis, s0: number, v: number): string | undefined {
  for (let k = s0; k < v; k++) {
    if (an.pos[k] === 'VERB' || an.pos[k] === 'AUX') return undefined;
    if (an.pos[k] !== 'PROPN') continue;
    let e = k;
    while (e + 1 < v && (an.pos[e + 1] === 'PROPN' || an.values[e + 1] === '-' || an.values[e] === '-')) e++;
    // "India's captain Rohit Sharma began …, scoring 47 runs": a name in the possessive owns the
    // head of the phrase; a name set beside that head is the subject.
    if (/^['’]s$/.test(an.values[e + 1] ?? '')) {
      let m = e + 2;
      while (m < v && (an.pos[m] === 'NOUN' || an.pos[m] === 'ADJ')) m++;
      if (m > e + 2 && m < v && an.pos[m] === 'PROPN') {
        k = m - 1;
        continue;
      }
    }
    // Read back from its end, as a name before "with" is ("Lai Ching-te" of "… Lai Ching-te of the DPP").
    return nameBefore(an, e + 1, s0);
  }
  return undefined;
}

/** Who the sentence says gave the information: "according to X", or the subject of a verb of saying. */
export function attributionOf(an: Analysis, sentence: number, at?: number): string | undefined {
  const [s0, s1] = an.sentences[sentence];
  const r = attributionRange(an, s0, s1);
  if (r && (at === undefined || coversClause(an, r, s0, s1, at))) return spanText(an, r[0] + 2, r[1]);
  for (let i = s0; i <= s1; i++) {
    if (an.pos[i] !== 'VERB' || !REPORTING.has(an.lemmas[i].toLowerCase())) continue;
    // "the US economy added 184,000 jobs", "the reactions released 3.15 megajoules": things, not words.
    if (!saysAt(an, i)) continue;
    // "The prosecution had sought 30 years while Chauvin's defense argued for probation": a verb of
    // saying past "while" or "but" speaks for its own clause, not for the figure's.
    if (at !== undefined && wordBetween(an, i, at, CONTRAST)) continue;
    // Subject: the noun phrase just before the verb ("Western officials said", "South Korea believes").
    const j = pastDay(an, beforeAuxiliaries(an, i - 1, s0), s0);
    let k = j;
    while (k >= s0 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'PART'].includes(an.pos[k]) && an.types[k] === 'word') k--;
    if (k < j && (an.pos[j] === 'NOUN' || an.pos[j] === 'PROPN')) {
      const subject = spanText(an, k + 1, j);
      // "Passengers reported", "Officials said": a capital that only opens the sentence, on a word
      // the text writes in lower case elsewhere, names no one (sources.ts named()).
      return k + 1 === s0 && writesLower(an, an.lower[s0]) ? subject[0].toLowerCase() + subject.slice(1) : subject;
    }
  }
  return undefined;
}

const lowerWords = new WeakMap<Analysis, Set<string>>();

/** Whether the text writes this word in lower case somewhere. */
function writesLower(an: Analysis, word: string): boolean {
  let words = lowerWords.get(an);
  if (!words) {
    words = new Set();
    for (let i = 0; i < an.values.length; i++) if (an.values[i] === an.lower[i]) words.add(an.lower[i]);
    lowerWords.set(an, words);
  }
  return words.has(word);
}

/**
 * "Prime Minister Shehbaz Sharif on Thursday expressed condolences": a day set between the subject
 * and its verb is when, not who; the token before it, or j itself when it ends no such day.
 */
function pastDay(an: Analysis, j: number, s0: number): number {
  let k = j;
  let day = false;
  for (; k > s0 && (isDayName(an.lower[k]) || an.types[k] === 'number'); k--) day ||= isDayName(an.lower[k]);
  return day && /^(on|in|at|last)$/.test(an.lower[k]) ? k - 1 : j;
}

const CONTRAST = new Set(['while', 'whereas', 'but', 'although', 'though']);
