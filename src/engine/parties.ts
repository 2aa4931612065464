// Who a figure is of or from: the party that asked for it, won it or holds it, and the source the
// sentence names for it ("according to X", the subject of a verb of saying).
import type { Analysis } from './nlp';
import { REPORTING } from './lexicon';
import { attributionRange, beforeAuxiliaries, clauseOf, fold, lemmaOf, spanText, wordBetween } from './context';

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

/**
 * The party a figure belongs to, when the text says a named party won, took or received it: "Sisi
 * won 21,835,378 votes", "Moussa Mostafa Moussa, Sisi's sole contender, won 656,534", "swept to a
 * second term with 97 percent". A pronoun ("He won 2.92%") gives "?": a party, unnamed.
 */
export function agentOf(an: Analysis, first: number): string | undefined {
  const [s0] = an.sentences[an.sentenceOf[first]];
  let v = first - 1;
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
    // "won a second term with 97 percent": the verb of the clause the "with" phrase hangs on.
    for (v = first - 2; v > s0 && v > first - 10 && !(an.pos[v] === 'VERB' && ACQUIRE.has(lemmaOf(an, v))); v--);
  } else {
    for (let k = 0; k < 3 && v > s0 && an.pos[v] !== 'VERB'; k++) {
      if (!['DET', 'ADJ', 'ADV', 'PART', 'SYM', 'NUM'].includes(an.pos[v]) && an.types[v] !== 'currency') return undefined;
      v--;
    }
  }
  if (an.pos[v] !== 'VERB' || !ACQUIRE.has(lemmaOf(an, v))) return undefined;
  let j = beforeAuxiliaries(an, v - 1, s0 + 1);
  // "Moussa Mostafa Moussa, Sisi's sole contender in the election, won": over one appositive.
  if (an.values[j] === ',') {
    let k = j - 1;
    while (k > s0 && an.values[k] !== ',' && j - k < 12) k--;
    if (an.values[k] === ',') j = k - 1;
  }
  // "challenger Tomas Reyl, who took 44.1%": the relative pronoun stands for the name before it.
  if (/^(who|which|that)$/.test(an.lower[j])) {
    j--;
    if (an.values[j] === ',') j--;
  }
  if (an.pos[j] === 'PRON' && /^(he|she|they|it)$/.test(an.lower[j])) return '?';
  if (an.pos[j] !== 'PROPN') return undefined;
  return an.lower[j].replace(/['’]s$/, '').replace(/^.*-/, '');
}

/** Who the sentence says gave the information: "according to X", or the subject of a verb of saying. */
export function attributionOf(an: Analysis, sentence: number, at?: number): string | undefined {
  const [s0, s1] = an.sentences[sentence];
  const r = attributionRange(an, s0, s1);
  if (r && (at === undefined || coversClause(an, r, s0, s1, at))) return spanText(an, r[0] + 2, r[1]);
  for (let i = s0; i <= s1; i++) {
    if (an.pos[i] !== 'VERB' || !REPORTING.has(an.lemmas[i].toLowerCase())) continue;
    // "The prosecution had sought 30 years while Chauvin's defense argued for probation": a verb of
    // saying past "while" or "but" speaks for its own clause, not for the figure's.
    if (at !== undefined && wordBetween(an, i, at, CONTRAST)) continue;
    // Subject: the noun phrase just before the verb ("Western officials said", "South Korea believes").
    const j = beforeAuxiliaries(an, i - 1, s0);
    let k = j;
    while (k >= s0 && ['NOUN', 'PROPN', 'ADJ', 'DET', 'PART'].includes(an.pos[k]) && an.types[k] === 'word') k--;
    if (k < j && (an.pos[j] === 'NOUN' || an.pos[j] === 'PROPN')) return spanText(an, k + 1, j);
  }
  return undefined;
}

const CONTRAST = new Set(['while', 'whereas', 'but', 'although', 'though']);
