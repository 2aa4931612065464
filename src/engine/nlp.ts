// One pass of wink-nlp over a text, flattened into arrays that the extractors index by token.
import winkNLP from 'wink-nlp';
import { lastAtOrBefore } from './sorted';
import { DASHES } from './lexicon';

/** Sentences, parts of speech and named entities: all that the extractors read of wink's reading. */
const READ = ['sbd', 'pos', 'ner'];

/**
 * wink-nlp with its model, loaded at the first read: a process that only compares (the command
 * line's main thread while workers extract) never holds the model (some 50 MB).
 */
let loaded: { nlp: ReturnType<typeof winkNLP>; its: ReturnType<typeof winkNLP>['its'] } | undefined;
function wink(): NonNullable<typeof loaded> {
  if (!loaded) {
    // wink's sentiment and negation steps, a sixth of its reading, are left out.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nlp = winkNLP(require('wink-eng-lite-web-model'), READ);
    loaded = { nlp, its: nlp.its };
  }
  return loaded;
}

/**
 * Each token's lemma, remembered across documents by the token's entry in wink's vocabulary and
 * its part of speech, which are all wink's lemma reads of a token that is no contraction: versions
 * of one story and reports of one event repeat their words, and lemmatizing every token again was
 * a seventh of extraction. The lemma under the part of speech the entry was first read with sits
 * in the entry's record (wordsOf); under any other, in a Map.
 */
function lemmasOf(tokens: any, ids: number[], words: Word[], pos: string[], its: NonNullable<typeof loaded>['its']): string[] {
  const contracted = tokens.out(its.contractionFlag) as boolean[];
  const out = new Array<string>(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const w = words[i];
    const p = posIndex(pos[i]) + 1;
    const memo = !contracted[i] && id < LEMMA_MEMO_MAX;
    let lemma = !memo ? undefined : w.pos === p ? w.lemma : otherLemmas.get(id * 64 + p);
    if (lemma === undefined) {
      // wink types its.lemma as a span function; on a token it yields the token's lemma.
      lemma = tokens.itemAt(i).out(its.lemma as unknown as typeof its.value) as string;
      if (memo && w.pos === 0) {
        w.pos = p;
        w.lemma = lemma;
      } else if (memo) otherLemmas.set(id * 64 + p, lemma);
    }
    out[i] = lemma;
  }
  return out;
}

const otherLemmas = new Map<number, string>();
/** Vocabulary entries past this (wink's own vocabulary is some 60,000 words, and grows with each new word read) are not remembered. */
const LEMMA_MEMO_MAX = 500_000;

/** What is remembered of an entry of wink's vocabulary; `pos` is 1 + the part of speech of `lemma`, 0 before any. */
interface Word {
  value: string;
  type: string;
  lower: string;
  /** Whether the value holds a line break (wink's line-break tokens). */
  br: boolean;
  pos: number;
  lemma: string;
}

/**
 * Each token's value, wink's type and the value in lower case, remembered by the token's entry in
 * wink's vocabulary (all three are the entry's own): one string for each entry, so the tables of
 * words every reader asks (stopwords, verbs, units) hash it once and keep its hash, and wink is not
 * asked again for what it gave before.
 */
function wordsOf(tokens: any, ids: number[], its: NonNullable<typeof loaded>['its']): { values: string[]; types: string[]; lower: string[]; words: Word[] } {
  const n = ids.length;
  const values = new Array<string>(n);
  const types = new Array<string>(n);
  const lower = new Array<string>(n);
  const words = new Array<Word>(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    let w = id < LEMMA_MEMO_MAX ? wordById[id] : undefined;
    if (w === undefined) {
      const item = tokens.itemAt(i);
      const value = item.out(its.value) as string;
      w = { value, type: item.out(its.type) as string, lower: value.toLowerCase(), br: value.includes('\n'), pos: 0, lemma: '' };
      if (id < LEMMA_MEMO_MAX) {
        // Grown in order, so the array stays dense (an entry far past its end would make it a dictionary).
        while (wordById.length <= id) wordById.push(undefined);
        wordById[id] = w;
      }
    }
    values[i] = w.value;
    types[i] = w.type;
    lower[i] = w.lower;
    words[i] = w;
  }
  return { values, types, lower, words };
}
const wordById: (Word | undefined)[] = [];

/** The characters wink reads as the spaces before a token (its tokenizer's own class). */
function isWinkSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

const POS_INDEX = new Map<string, number>();
function posIndex(p: string): number {
  let k = POS_INDEX.get(p);
  if (k === undefined) POS_INDEX.set(p, (k = POS_INDEX.size));
  return k;
}

export interface Analysis {
  text: string;
  /** Token values, types ('word', 'number', 'punctuation', …), POS tags and lemmas. */
  values: string[];
  types: string[];
  pos: string[];
  lemmas: string[];
  /** Lower-cased values, computed once. */
  lower: string[];
  /** Character offsets of each token in text. */
  starts: number[];
  ends: number[];
  /** Token index ranges [first, last] of each sentence. */
  sentences: [number, number][];
  /** Sentence index of each token. */
  sentenceOf: number[];
  /** wink's entities (DATE, DURATION, ORDINAL, CARDINAL, MONEY, PERCENT, …) as token ranges. */
  entities: { type: string; first: number; last: number }[];
  /** lemmaOf's and contextWords' answers per token, filled as they are asked for (context.ts). */
  lemmaKeys?: string[];
  /** clauseOf's answer for each single token, filled as asked for (context.ts). */
  clauses?: [number, number][];
  contentWords?: string[];
}

/** Verbs that take an amount, which a tagger may read as plural nouns ("costs", "totals", "tops"). */
const AMOUNT_VERBS = new Set(['cost', 'total', 'top']);

const NUMERIC = /^\d[\d.,\u00a0\u202f']*(?:[-–—‒]\d[\d.,]*)?$/;

export function analyse(text: string): Analysis {
  const { nlp, its } = wink();
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const ids = tokens.out(its.uniqueId) as number[];
  const n = ids.length;
  const { values, types, lower, words } = wordsOf(tokens, ids, its);
  const pos = tokens.out(its.pos) as string[];
  const lemmas = lemmasOf(tokens, ids, words, pos, its);
  const starts = new Array<number>(n);
  const ends = new Array<number>(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    // The spaces wink puts before a token, read off the text (wink would make a string of them).
    while (isWinkSpace(text.charCodeAt(at))) at++;
    // wink keeps the text's own characters; if a normaliser ever changed one, find it again.
    if (text.startsWith(values[i], at) === false) {
      const found = text.indexOf(values[i], at);
      if (found >= 0) at = found;
    }
    starts[i] = at;
    at += values[i].length;
    ends[i] = at;
  }
  /** A number above one, in figures or in words, and no year: what a plural noun may follow. */
  const pluralNumber = (k: number) => (types[k] === 'number' || pos[k] === 'NUM') && !/^(1|one|(1[89]|20)\d\d)$/i.test(values[k]);
  // wink remembers each new token's type from the first time it met it, so one odd text can leave
  // "500" typed as a word for the rest of the process: digits are numbers, whatever came before.
  for (let i = 0; i < n; i++) {
    const c = values[i].charCodeAt(0);
    if (c >= 48 && c <= 57 && types[i] !== 'number' && NUMERIC.test(values[i])) {
      types[i] = 'number';
      pos[i] = 'NUM';
    }
    // "A year's supply of Leqembi costs $26,500": after a noun and before an amount, a verb of
    // amount in -s is the verb, which the tagger, reading a run of nouns, takes for one more.
    if (pos[i] === 'NOUN' && (types[i + 1] === 'currency' || types[i + 1] === 'number' || pos[i + 1] === 'SYM') && (pos[i - 1] === 'NOUN' || pos[i - 1] === 'PROPN') && values[i].endsWith('s') && AMOUNT_VERBS.has(lemmas[i])) pos[i] = 'VERB';
    // "a 34-match streak", "a 12-vote margin": a word hyphened to a figure names what it counts;
    // the tagger, seeing the word alone, reads a verb.
    if (i > 1 && pos[i] === 'VERB' && types[i - 2] === 'number' && DASHES.has(values[i - 1]) && starts[i - 1] === ends[i - 2] && starts[i] === ends[i - 1] && lemmas[i] === values[i]) pos[i] = 'NOUN';
    // "with 16 rebounds": a verb in -s cannot follow a plural number that is its subject, so a word
    // in -s just after a number above one is a plural noun, which the tagger, knowing the word as a
    // verb, misses ("five catches"). Not after a name or a noun: "the S&P 500 rises" names an index
    // by its number; nor after a year, which is one: "2024 marks a turning point".
    if (i > 1 && pos[i] === 'VERB' && pluralNumber(i - 1) && /^[a-z]+s$/.test(values[i]) && pos[i - 2] !== 'PROPN' && pos[i - 2] !== 'NOUN') pos[i] = 'NOUN';
    // "won seven Super Bowls": so is a capitalised one that ends the name after such a number.
    else if (i > 2 && pos[i] === 'VERB' && /^\p{Lu}\p{Ll}+s$/u.test(values[i]) && pos[i - 1] === 'PROPN' && pluralNumber(i - 2)) pos[i] = 'PROPN';
    // "Alec Douglas-Home, who served": a capitalised word hyphened to a name ends the name, which
    // the tagger, reading the word alone, takes for a common noun.
    if (i > 1 && pos[i] === 'NOUN' && pos[i - 2] === 'PROPN' && DASHES.has(values[i - 1]) && starts[i - 1] === ends[i - 2] && starts[i] === ends[i - 1] && /^\p{Lu}\p{Ll}+$/u.test(values[i])) pos[i] = 'PROPN';
  }
  const sentences: [number, number][] = [];
  const sentenceOf = new Array<number>(n).fill(0);
  // Spans by collection, not item by item: wink builds an object for each item it hands to each().
  for (const [a, b] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    // A line break ends a sentence too: headings and datelines carry no full stop.
    let from = a;
    for (let i = a; i <= b; i++) {
      const lineBreak = words[i].br;
      if (lineBreak && i > from) {
        pushSentence(from, i - 1);
        from = i + 1;
      } else if (lineBreak) {
        from = i + 1;
      } else if (i < b && unitStop(i)) {
        pushSentence(from, i);
        from = i + 1;
      }
    }
    if (from <= b) pushSentence(from, b);
  }
  // "fell 3% to 120p. Repairs will …", "about 2,500ft. Then": a unit after a figure that kept the
  // full stop, before a capital, ends a sentence that wink went on with ("5 p.m. Monday" does not).
  function unitStop(i: number): boolean {
    return types[i] === 'word' && types[i - 1] === 'number' && /^\p{L}+\.$/u.test(values[i]) && /^\p{Lu}/u.test(values[i + 1] ?? '');
  }
  function pushSentence(a: number, b: number) {
    for (let i = a; i <= b; i++) sentenceOf[i] = sentences.length;
    sentences.push([a, b]);
  }
  const found = doc.entities();
  const spans = found.out(its.span) as unknown as [number, number][];
  const kinds = found.out(its.type) as string[];
  const entities: Analysis['entities'] = spans.map(([first, last], k) => ({ type: kinds[k], first, last })).filter((e) => !(e.type === 'DATE' && e.first === e.last && notAWeekday(values, pos, e.first)));
  return rejoinDecimals(splitClitics(joinAbbreviations({ text, values, types, pos, lemmas, lower, starts, ends, sentences, sentenceOf, entities })));
}

/**
 * wink reads "Sun." as Sunday wherever it stands: "more massive than the sun.", "that of the Sun."
 * A weekday cut short has a capital and no article before it; "the sun", "sat." are none.
 */
function notAWeekday(values: string[], pos: string[], i: number): boolean {
  return SHORT_WEEKDAY.test(values[i]) && (!/^\p{Lu}/u.test(values[i]) || pos[i - 1] === 'DET');
}

const SHORT_WEEKDAY = /^(sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\.?$/i;

/** Letters with points between them and the last point cut off: "U.S" of "U.S.". */
const ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;

function cutAbbreviation(an: Analysis, i: number): boolean {
  return an.values[i + 1] === '.' && an.ends[i] === an.starts[i + 1] && ABBREVIATION.test(an.values[i]);
}

/**
 * wink reads "U.S." whole, until it has met "U.S" without its last point ("the 2008 U.S Open"):
 * from then on it cuts every "U.S." of every text into "U.S" and ".". Joined again, so that a
 * reading does not depend on what the process read before.
 */
function joinAbbreviations(an: Analysis): Analysis {
  if (!an.values.some((_, i) => cutAbbreviation(an, i))) return an;
  const joined = new Set<number>();
  const out = retokenize(an, (out, i) => {
    if (!cutAbbreviation(an, i)) return copy(an, out, i);
    const v = `${an.values[i]}.`;
    joined.add(out.values.length);
    push(out, v, an.types[i], an.pos[i], v, an.starts[i], an.ends[i + 1]);
    return 2;
  });
  // The cut point may have ended a sentence: as wink reads "U.S." whole, a name goes on with it
  // ("the 2008 U.S. Open"), where "in the U.S. The next day" still ends there.
  const sentences: [number, number][] = [];
  for (const [a, b] of out.sentences) {
    const prev = sentences[sentences.length - 1];
    if (prev && joined.has(prev[1]) && out.pos[a] === 'PROPN') prev[1] = b;
    else sentences.push([a, b]);
  }
  if (sentences.length === out.sentences.length) return out;
  out.sentences = sentences;
  sentences.forEach(([a, b], k) => out.sentenceOf.fill(k, a, b + 1));
  return out;
}

/** "magnitude-4" as wink reads "magnitude-4.9": a word, a hyphen and the whole part of a number. */
const HYPHEN_NUMBER = /^(\p{L}+)([-–])(\d+)$/u;
/** "M6.8", a magnitude as seismologists write it: wink cuts it into "M6", "." and "8". */
const MAGNITUDE = /^M(\d)$/;

/** A point that opens a number, after a space or a bracket: ".005", not the end of "2.": wink cuts it off. */
function leadingPoint(an: Analysis, i: number): boolean {
  return an.values[i] === '.' && an.ends[i] === an.starts[i + 1] && /^\d+$/.test(an.values[i + 1] ?? '') && (i === 0 || /[\s(]/.test(an.text[an.starts[i] - 1] ?? ' '));
}

/** Whether tokens i, i+1, i+2 are "magnitude-4" (or "M6"), ".", "9" written together. */
function cutDecimal(an: Analysis, i: number): boolean {
  return an.values[i + 1] === '.' && an.ends[i] === an.starts[i + 1] && an.ends[i + 1] === an.starts[i + 2] && /^\d+$/.test(an.values[i + 2] ?? '') && (HYPHEN_NUMBER.test(an.values[i]) || MAGNITUDE.test(an.values[i]));
}

/**
 * "S$2.9 billion", "HK$3m": a dollar sign written after its country's letters, which wink keeps
 * for "US$", "A$" and "C$" only and otherwise cuts off, leaving a "$" that reads as US dollars.
 */
function cutCurrency(an: Analysis, i: number): boolean {
  return an.values[i + 1] === '$' && an.ends[i] === an.starts[i + 1] && an.ends[i + 1] === an.starts[i + 2] && an.types[i + 2] === 'number' && /^[A-Z]{1,3}$/.test(an.values[i]) && !/\p{L}/u.test(an.text[an.starts[i] - 1] ?? ' ');
}

/**
 * wink cuts "a magnitude-4.9 aftershock" into "magnitude-4", "." and "9", and may end a sentence
 * there: read again as "magnitude", "-" and "4.9", in one sentence. So too a number written
 * without its nought and a dollar sign after its country's letters (cutCurrency).
 */
function rejoinDecimals(an: Analysis): Analysis {
  if (!an.values.some((_, i) => cutDecimal(an, i) || leadingPoint(an, i) || cutCurrency(an, i))) return an;
  return retokenize(an, (out, i) => {
    if (cutCurrency(an, i)) {
      const sign = `${an.values[i]}$`;
      push(out, sign, 'currency', 'SYM', sign.toLowerCase(), an.starts[i], an.ends[i + 1]);
      return 2;
    }
    // "won by .005 seconds", "(.784)": a fraction written without its nought, one number.
    if (leadingPoint(an, i)) {
      const number = `0.${an.values[i + 1]}`;
      push(out, number, 'number', 'NUM', number, an.starts[i], an.ends[i + 1]);
      return 2;
    }
    if (!cutDecimal(an, i)) return copy(an, out, i);
    const s = an.starts[i];
    const m = MAGNITUDE.exec(an.values[i]);
    if (m) {
      push(out, 'M', 'word', 'PROPN', 'm', s, s + 1);
      const number = `${m[1]}.${an.values[i + 2]}`;
      push(out, number, 'number', 'NUM', number, s + 1, an.ends[i + 2]);
      return 3;
    }
    const [, word, dash, whole] = HYPHEN_NUMBER.exec(an.values[i])!;
    push(out, word, 'word', 'NOUN', word.toLowerCase(), s, s + word.length);
    push(out, dash, 'punctuation', 'PUNCT', dash, s + word.length, s + word.length + 1);
    const number = `${whole}.${an.values[i + 2]}`;
    push(out, number, 'number', 'NUM', number, s + word.length + 1, an.ends[i + 2]);
    return 3;
  });
}

/**
 * The analysis read again token by token: `emit` pushes the new tokens for the old one at i and
 * gives how many old tokens they stand for (more than one when it joins them). Sentences and
 * entities follow the tokens; a sentence that ended inside joined tokens goes on past them.
 */
function retokenize(an: Analysis, emit: (out: Analysis, i: number) => number): Analysis {
  const n = an.values.length;
  const out: Analysis = { text: an.text, values: [], types: [], pos: [], lemmas: [], lower: [], starts: [], ends: [], sentences: [], sentenceOf: [], entities: [] };
  // The first and last new token of each old one.
  const from = new Array<number>(n);
  const to = new Array<number>(n);
  for (let i = 0; i < n; ) {
    const start = out.values.length;
    const used = emit(out, i);
    from[i] = start;
    for (let k = i; k < i + used; k++) {
      if (k > i) from[k] = out.values.length - 1;
      to[k] = out.values.length - 1;
    }
    i += used;
  }
  for (const [a, b] of an.sentences) {
    const prev = out.sentences[out.sentences.length - 1];
    if (prev && from[a] <= prev[1]) prev[1] = to[b];
    else out.sentences.push([from[a], to[b]]);
  }
  out.sentenceOf = new Array<number>(out.values.length).fill(0);
  out.sentences.forEach(([a, b], k) => {
    for (let i = a; i <= b; i++) out.sentenceOf[i] = k;
  });
  out.entities = an.entities.map((e) => ({ type: e.type, first: from[e.first], last: to[e.last] }));
  return out;
}

/** A word with its "'s" still on it ("AP's"): wink splits these, unless it learned the whole. */
const CLITIC = /^[\p{L}\p{N}][\p{L}\p{N}.&-]*['’]s$/iu;

/** Most tokens are ruled out by their last letter, before the pattern is tried. */
function hasClitic(an: Analysis, i: number): boolean {
  const v = an.values[i];
  return v.length > 2 && (v.charCodeAt(v.length - 1) | 32) === 115 && an.types[i] === 'word' && CLITIC.test(v);
}

/**
 * wink learns a new token the first time it meets it: once "AP's." has ended a sentence somewhere,
 * "AP's" stays whole in every text read after, where before it was "AP" and "'s". So that a
 * reading does not depend on what the process read before, the "'s" is always split off, as wink
 * does when it has learned nothing.
 */
function splitClitics(an: Analysis): Analysis {
  if (!an.values.some((_, i) => hasClitic(an, i))) return an;
  return retokenize(an, (out, i) => {
    if (!hasClitic(an, i)) return copy(an, out, i);
    const v = an.values[i];
    const head = v.slice(0, -2);
    // A learned whole in lower case ("earth’s", once "Earth’s," was read) is tagged as an unknown
    // name; split, as wink splits it when it has learned nothing, it is a common noun.
    const pos = an.pos[i] === 'PROPN' && /^\p{Ll}/u.test(head) ? 'NOUN' : an.pos[i];
    push(out, head, 'word', pos, lemmaAlone(head), an.starts[i], an.starts[i] + head.length);
    push(out, v.slice(-2), 'word', 'PART', v.slice(-2), an.ends[i] - 2, an.ends[i]);
    return 1;
  });
}

const alone = new Map<string, string>();

/**
 * The lemma wink gives a word read alone, as it gives the word it splits from its "'s": the learned
 * whole ("Australia's") has the lemma of an unknown word, in lower case ("australia"), where wink
 * keeps a known name as written ("Australia").
 */
function lemmaAlone(word: string): string {
  let lemma = alone.get(word);
  if (lemma === undefined) {
    const { nlp, its } = wink();
    const tokens = nlp.readDoc(word).tokens();
    lemma = tokens.length() === 1 ? (tokens.itemAt(0).out(its.lemma as unknown as typeof its.value) as string) : word;
    alone.set(word, lemma);
  }
  return lemma;
}

/** Token i as it stands, one old token for one new. */
function copy(an: Analysis, out: Analysis, i: number): number {
  push(out, an.values[i], an.types[i], an.pos[i], an.lemmas[i], an.starts[i], an.ends[i]);
  return 1;
}

function push(an: Analysis, value: string, type: string, pos: string, lemma: string, start: number, end: number): void {
  an.values.push(value);
  an.types.push(type);
  an.pos.push(pos);
  an.lemmas.push(lemma);
  an.lower.push(value.toLowerCase());
  an.starts.push(start);
  an.ends.push(end);
}

/** The last token that starts at or before `offset` (the token a claim's span opens on). */
export function tokenAt(an: Analysis, offset: number): number {
  return lastAtOrBefore(an.starts, offset);
}

/** Lets the model go (the command line once every file is read): it is loaded again if needed. */
export function unloadModel(): void {
  loaded = undefined;
}

/** Loads the model now rather than at the first read (a server that extracted on workers until then). */
export function loadModel(): void {
  wink();
}

let asShipped: ReturnType<typeof winkNLP> | undefined;

/**
 * wink-nlp's own reading of a text, as wink ships it (its whole default pipeline): the yardstick
 * that extraction is measured against in `npm run bench`.
 */
export function readDocOnly(text: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (asShipped ??= winkNLP(require('wink-eng-lite-web-model'))).readDoc(text);
}
