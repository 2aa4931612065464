// The engine's vocabulary: claims found in one text, and findings about them across texts.
// Offsets are UTF-16 code-unit offsets (as JavaScript counts them) into the decoded text.

export interface Span {
  start: number;
  end: number;
}

/** How a figure was hedged in the text. */
export type Qualifier =
  | 'exact'
  | 'approx' // some, about, around, an estimated, nearly, closer to
  | 'at-least' // at least, no fewer than
  | 'more-than' // more than, over, upwards of
  | 'at-most' // at most, up to, no more than
  | 'less-than' // fewer than, under, less than
  | 'range' // between X and Y, X–Y, from X to Y
  | 'vague'; // several thousand, dozens, thousands of

/** `time`: a time of day, in minutes after midnight, its zone as `unit` when stated (timesOfDay.ts). */
export type QuantityKind = 'count' | 'percent' | 'money' | 'measure' | 'ordinal' | 'duration' | 'time';

export interface Quantity {
  kind: QuantityKind;
  /** The figure(s) as stated: one value, or two for a range. */
  low: number;
  high: number;
  qualifier: Qualifier;
  /** Place value of the last significant digit stated (1.28 million → 10,000; 600 → 100; 4,700 → 100). */
  precision: number;
  /**
   * One of the unit the figure was written in, in its unit now, when it was converted ("two minutes"
   * in seconds: 60): a figure written to its unit stands for that whole step (interval.ts).
   */
  unitStep?: number;
  /** Currency code for money ("USD"), unit lemma for measures ("km"), duration unit ("month"). */
  unit?: string;
  /** Read from a clock reading ("2:00:35"): a result to the second. */
  clock?: boolean;
  /** A score during a match ("put Argentina 2-0 up", "3-2 in the 108th minute"), not its result. */
  running?: boolean;
  /** For a span of years ("the 1991-2002 war"): its first and last year; low/high hold its length. */
  period?: [number, number];
  /**
   * A range that is the spread of what was measured ("temperatures ranged from minus 8 to 21
   * degrees"): both its ends are stated, not the bounds of one uncertain figure (interval.ts).
   */
  spread?: true;
  /** "almost half", "nearly 2,000": a hedge from below, so the figure is its band's upper end (interval.ts). */
  below?: true;
  /**
   * A time said to be just before or shortly after the one written ("just before 12:45 a.m.",
   * "shortly after 7pm"): the written time is an end of its band, not its middle (zones.ts).
   */
  side?: 'before' | 'after';
  /** A rate: so much per this unit of time ("40,000 a week", "$3 per hour"); see units.ts perUnit. */
  per?: string;
  /**
   * The figure's own conversion in brackets: "$5bn (£3.9bn)" (another currency), "19:00 (13:30
   * GMT)" (another zone). One claim with two readings, each checked against the other sources.
   */
  alt?: { unit?: string; low: number; high: number; precision: number };
}

/** What a figure is about, as read from its sentence. */
export interface ClaimContext {
  /** Lemma of the counted noun ("troop"), if the figure counts something. */
  noun?: string;
  /** The head noun as written, lower case ("troops"): word vectors know plurals better. */
  nounForm?: string;
  /** The counted phrase as written ("North Korean troops"). */
  phrase?: string;
  /** An ordinal that ranks among a superlative ("the third deadliest"): its noun is the superlative. */
  superlative?: boolean;
  /**
   * What an ordinal ranks among, when the text says: the span ("history", "60 years", "since 1966")
   * and the deed ("score hat-trick final"), as "span|deed" (see ordinals.ts rankScope).
   */
  scope?: string;
  /** An ordinal whose report names other ordinals of its noun: a member of a series (extract.ts markMembers). */
  member?: boolean;
  /** A weekday whose report names other weekdays too: one day of a story told over days (extract.ts markDays). */
  severalDays?: boolean;
  /** A vague figure or a bound that its own report states exactly elsewhere (restatements.ts): it defers to that figure. */
  statedExactly?: boolean;
  /** A count its report gave before and names again with "the" ("600 of the 922 who died"): it defers to that figure (restatements.ts). */
  referredBack?: boolean;
  /** A headline's figure that the report's body gives again: the body's claim, whose finding it takes (restatements.ts). */
  inHeadline?: string;
  /** Names and nouns in that phrase that narrow it to a part ("devices revenue" → devices), not the document's own subject. */
  narrowing?: string[];
  /** The words of a participle that narrows the counted noun from after it ("countries neighboring the DRC" → neighboring, drc). */
  narrowedBy?: string[];
  /** Event lemmas that govern the figure (send, kill, wound, deploy). */
  events: string[];
  /** Content lemmas of the clause, for similarity with other claims. */
  words: string[];
  /** The length of a run ("17th straight", "three consecutive", "in a row"; runs.ts): compared only with runs. */
  run?: boolean;
  /** An item of a list of bare whole numbers ("10, 33, 41, 47 and 56"; figureLists.ts labelsListed): compared only with such items. */
  label?: boolean;
  /** The age group the figure is of ("under the age of 25": "<25"; ages.ts ageGroupAt). */
  ageGroup?: string;
  /** additional/another/more: an increment, not a total; 'rest': the others besides those named ("six other cities"). */
  increment?: boolean | 'rest';
  /** "up from 71%", "compared with 55% in 2019": an earlier value given for comparison; for a date, the period a change is measured from ("rose 1% from May"). */
  previous?: boolean;
  /** A mark, not a tally (status.ts markOf): a record held ("Court's all-time mark of 24 Slams") or a target ("the magic number of 326 seats"). */
  mark?: 'record' | 'target';
  /** will/could/plans to: a projection, not a count so far. */
  projection?: boolean;
  /** What one side led or won by ("led by as many as 10 points"), what was left ("with seven overs to spare"), or the mark a rank is counted by ("the sixth quarterback to win three Super Bowls"): not a tally (margins.ts). */
  margin?: boolean;
  /** "six days later", "two hours earlier": a time since or before an event told before, no length of anything (neighbours.ts toldLater). */
  reckoned?: 'later' | 'earlier';
  /** A projection told as a guess ("could be", "expects"), not a plan (status.ts isGuess). */
  guess?: boolean;
  /** A date of what will or may happen ("will be debated on Wednesday"), not of what happened. */
  future?: boolean;
  /** A day someone ordered or scheduled something to happen on ("ordered the release to occur Monday"). */
  ordered?: boolean;
  /** A weekday's night ("on Saturday night"), which runs past midnight into the next day. */
  night?: boolean;
  /** A rate of change ("up 5.5%", "fell 9%"), not a share or a level, with its direction when said. */
  change?: 'up' | 'down' | 'change';
  /** The side a score was against ("beat co-hosts Australia 3-1": australia; scores.ts opponentOf). */
  opponent?: string;
  /** The record a span is told over ("the shortest-tenured speaker in 147 years": shortest; ordinals.ts recordSpanOf). */
  recordSpan?: string;
  /** The dimension a measure gives ("185 kilometers wide": width; dimensions.ts). */
  dimension?: string;
  /** The place a length is measured to ("45 km from the capital": capital; dimensions.ts referenceAfter). */
  reference?: string;
  /** A measure hyphened before the noun it measures ("the 295-foot spire", "69-meter (226-foot) bell towers"). */
  describes?: boolean;
  /** The side of a vote a share was cast for ("64% voted against", "58% in favour"; stance.ts). */
  stance?: 'for' | 'against';
  /** A share of a change ("half of the monthly increase"): compared only with such shares (fractions.ts shareOfChange). */
  ofChange?: boolean;
  /** A change from the period just before ("from the previous quarter"), not from a year before. */
  sequential?: boolean;
  /** Named by the part before its bracket ("government (a 71,000-job increase)"): its narrowing is that part. */
  owner?: boolean;
  /** A count said to have risen to it ("the death toll rose to 55"): the latest of a changing count. */
  risen?: boolean;
  /** Said "as of" a moment ("As of 7.30 this morning, Labour have 410 seats"): a count so far, which a higher count elsewhere may have passed. */
  asOf?: boolean;
  /** One side of a tally: "432 votes to 202". */
  tally?: boolean;
  /** "prosecutors sought 30 years": what someone asked for, not what was given or done. */
  requested?: boolean;
  /** Put on the table rather than asked for ("Ford offered raises of 9%"): a request of the other side. */
  offered?: boolean;
  /** Who asked for it ("prosecutor", "defense"), when the text says. */
  requester?: string;
  /** What analysts expected: a forecast, which others' forecasts may rightly differ from. */
  forecast?: boolean;
  /** "bettered his own timing by 50 seconds": measured on the subject's own mark, not another's. */
  own?: boolean;
  /** "of that initial deployment": a part of something, not the whole. */
  part?: boolean;
  /** "four of the six states", "48 of its 365 seats": the whole a part was counted of. */
  whole?: boolean;
  /** "according to partial results": a reading of a count under way, not its final figure. */
  interim?: boolean;
  /** A count hyphened before a plural noun ("3-point attempts"): a kind of thing, no count the story keeps (quantities.ts namesAKind). */
  kind?: boolean;
  /** The nouns of the figures listed with this one ("40 gold, 27 silver and 24 bronze": gold and bronze for 27 silver; figureLists.ts). */
  listedWith?: string[];
  /** What is left after what went the other way ("net migration"), or the whole ("total immigration", "gross profit"): counting.ts basisOf. */
  basis?: 'net' | 'gross';
  /** A mean over many games or days ("he averaged 21.4 points"; counting.ts isAverage), not one total. */
  average?: boolean;
  /** How far the count under way had gone ("With 97.6% of votes tallied": 97.6; counting.ts countProgress). */
  counted?: number;
  /** The figure is that share of ballots counted itself, no share of anyone's votes. */
  progress?: boolean;
  /** "Of the 6.9 million accounts hacked, 5.5 million contained …": the figure of the whole it is a part of. */
  within?: Quantity;
  /** Time the figure refers to, as written ("in three months", "last October"). */
  time?: string;
  /**
   * The day that time names, when it names one ("on Friday"; "on 21 July" and "yesterday" against
   * the document's own date): figures said of two different days are two figures (frame.ts).
   */
  day?: DateValue;
  /** Set when that day is not the figure's own but its report's risen count's (extract.ts markDocument). */
  dayOfReport?: boolean;
  /** The figure it is listed with ("171 guests and 6 crew members": "6 crew"), its value and noun. */
  partner?: string;
  /** Place the figure refers to, as written ("to Russia", "in Pyongyang"). */
  place?: string;
  /** A row of a list of names ("4. India: 26%" under "the full list of reciprocal tariffs:"); see listRows.ts. */
  row?: boolean;
  /** Set when the document splits figures of this kind among parties: whose share this is (see shares.ts). */
  share?: string;
  /** The party that won, took or received the figure ("Sisi won 21,835,378 votes" → "sisi"; "?" for "he"). */
  agent?: string;
  /** Who the text says gave the figure ("South Korea's spy agency"). */
  attribution?: string;
  /** The named party that did what the figure counts ("Delta cancelled 455 flights" → "Delta"; see doers.ts). */
  doer?: string;
  /** The doer owns what the figure measures ("China's population was 114.4 crore"), rather than did it. */
  owns?: boolean;
  /** The figure tells what its doer is ("Oncor, a utility that serves more than 10 million customers"): a standing size, no count of the story's events. */
  described?: boolean;
  /** That doer is not the party its document is about ("Microsoft announced 10,000 job cuts" in a report on Alphabet's): see doers.ts asideOf. */
  aside?: boolean;
  /** For a figure with no doer: the party its document is about, when its clause names it (doers.ts partyIn). */
  party?: string;
  /** For a date: what the deed of its day was done to ("found Card's car late Wednesday": car; see dateEvents.ts). */
  object?: string;
  /** The moment of the thing its verb names: "opened at $56.10" (start), "closed at $63.59" (end); see doers.ts. */
  moment?: string;
  /**
   * A time of day that stamps the reading of a count of its sentence ("2,629,684 customers were
   * experiencing outages at 9:44 a.m. ET"): when a source read a changing count, not when anything
   * happened (extract.ts markStamps).
   */
  stamp?: boolean;
}

export type MonthPart = 'early' | 'mid' | 'late';

export type DateValue =
  | { type: 'weekday'; weekday: number } // 0 = Sunday
  | { type: 'absolute'; year?: number; month?: number; day?: number; season?: string; /** The last day of a span of days ('12-13 June'). */ dayTo?: number; /** The year is the report's own, the text giving none ('on Oct. 2'). */ yearOfReport?: boolean; /** A third of the month ('late June': days 21 to 30). */ part?: MonthPart }
  | { type: 'relative'; text: string; unit: 'day' | 'week' | 'month' | 'year' | 'weekday'; offset: number; month?: number; weekday?: number; resolved?: { year?: number; month?: number; day?: number } };

interface ClaimBase {
  id: string;
  /** Exact span of the claim's words. */
  span: Span;
  text: string;
  /** Span of the sentence that holds it. */
  sentence: Span;
  /** Set when the claim sits in a passage the same document already said word for word. */
  repeatOf?: string;
}

export interface QuantityClaim extends ClaimBase {
  kind: 'quantity';
  quantity: Quantity;
  context: ClaimContext;
  /** Where a time's own conversion is written ("9pm GMT" of "6pm (9pm GMT)"): a slip in it alone is pointed at there. */
  altSpan?: Span;
}

export interface DateClaim extends ClaimBase {
  kind: 'date';
  date: DateValue;
  context: ClaimContext;
}

export interface QuoteClaim extends ClaimBase {
  kind: 'quote';
  /** The quoted words without the quotation marks. */
  quoted: string;
  /** Who said it, as the text names them. */
  speaker?: string;
  /** The speaker was named only through "according to …": often the outlet that carried the words. */
  carrier?: boolean;
  /** True for reported speech carried without quotation marks ("…, Kim said"). */
  unmarked?: boolean;
}

export type Claim = QuantityClaim | DateClaim | QuoteClaim;

export interface DocumentClaims {
  path: string;
  claims: Claim[];
  /** Passages the document repeats word for word. */
  repetitions: { first: Span; again: Span }[];
  /** The document's own date when it states one, used to resolve relative dates. */
  documentDate?: { year: number; month?: number; day?: number };
}

export type FindingType =
  | 'conflict'
  | 'agreement'
  | 'quote-variant'
  | 'quote-corroborated'
  | 'quote-speaker'
  | 'single-source'
  | 'repetition'
  | 'later-count';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type Relation = 'conflicts' | 'agrees' | 'same' | 'differs';

export interface Related {
  path: string;
  start: number;
  end: number;
  text: string;
  relation: Relation;
  /** One line on what this source says ("about 12,000 (20% lower)"). */
  note: string;
  /**
   * How many more sources say the same as this one and are not listed (see listing.ts): set on
   * the last source listed of each group that was cut.
   */
  more?: number;
}

export interface Finding {
  type: FindingType;
  severity: Severity;
  /** 0..1: how sure the engine is that the related claims speak of the same thing. */
  confidence: number;
  message: string;
  claim: { path: string; start: number; end: number; text: string; id: string };
  related: Related[];
  /** Sources left out of `related` (the sum of its `more`), when some were. */
  more?: number;
  /** For quote-variant: the word-level difference with the closest other source. */
  diff?: { op: 'same' | 'added' | 'removed'; text: string }[];
}

/** Host services the engine may use; all optional so tests can run bare. */
export interface EngineHost {
  log?(message: string): void;
  /** Word vectors for meaning-based matching ("troops" ≈ "soldiers"). */
  vectors?: WordVectors;
}

export interface WordVectors {
  /** Cosine similarity in [-1, 1], or undefined when either word is unknown. */
  similarity(a: string, b: string): number | undefined;
}
