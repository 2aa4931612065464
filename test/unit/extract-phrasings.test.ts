// A table of news-style phrasings and the claim each must yield: figures with their qualifier,
// unit and context; things that look like figures but are not; dates; quotations and speakers.
// The sentences are written for this table (invented floods, elections, budgets, strikes...).
import * as assert from 'node:assert/strict';
import { extractClaims } from '../../src/engine';
import type { DateValue, QuantityClaim, QuantityKind, Qualifier, QuoteClaim, DateClaim } from '../../src/engine';
import { eventScore } from '../../src/engine/similarity';
import { formatNumber, formatQuantity } from '../../src/engine/format';
import { AGE } from '../../src/engine/ages';
import { defaultVectorsFile, loadVectors } from '../../src/host/vectors';

const vectors = loadVectors(defaultVectorsFile());

interface Q {
  kind: QuantityKind;
  low: number;
  high?: number; // defaults to low
  qualifier: Qualifier;
  unit?: string;
  /** null: no counted noun. */
  noun?: string | null;
  precision?: number;
  increment?: boolean;
  projection?: boolean;
  /** The length of a run ("17th straight", "in a row"): left out, no run. */
  run?: boolean;
}

type Case =
  | { text: string; figure: string; q: Q }
  | { text: string; noCount: number[]; why: string }
  | { text: string; date: string; d: Partial<Record<string, unknown>> & { type: DateValue['type'] } }
  | { text: string; quote: string; speaker?: RegExp | null; unmarked?: boolean };

const q = (text: string, figure: string, spec: Q): Case => ({ text, figure, q: spec });
const none = (text: string, why: string, ...values: number[]): Case => ({ text, noCount: values, why });
const date = (text: string, dateText: string, d: Partial<Record<string, unknown>> & { type: DateValue['type'] }): Case => ({ text, date: dateText, d });
const quote = (text: string, quoted: string, speaker?: RegExp | null, unmarked = false): Case => ({ text, quote: quoted, speaker, unmarked });

const CASES: Case[] = [
  // Exact counts.
  // An ordinal in digits before a noun, whatever the tagger reads it as (a pronoun, here).
  q('Talvor scored a penalty in the 118th minute.', '118th', { kind: 'ordinal', low: 118, qualifier: 'exact', noun: 'minute' }),
  q('Talvor birdied the 13th, 15th and 16th holes to take the lead.', '15th', { kind: 'ordinal', low: 15, qualifier: 'exact', noun: 'hole' }),
  q('Talvor scored in the 29th minute and the 89th minute, and Okafor won his 15th title. Okafor had a chance to level in the 68th but hit the post.', '68th', { kind: 'ordinal', low: 68, qualifier: 'exact', noun: 'minute' }),
  // A hyphened count before a name counts what makes up the named whole ("story", not "Space").
  q('The 32-story Space Launch System (SLS) rocket surged off the launch pad at Marendi.', '32-story', { kind: 'count', low: 32, qualifier: 'exact', noun: 'story' }),
  q('Kipchoge, a two-time Olympic champion, watched the race.', 'two', { kind: 'count', low: 2, qualifier: 'exact', noun: 'time' }),
  q('The film went into the ceremony with the most nominations at 13 and took home seven.', '13', { kind: 'count', low: 13, qualifier: 'exact', noun: 'nomination' }),
  q('The port is a city of more than a million people.', 'a million', { kind: 'count', low: 1e6, qualifier: 'more-than', noun: 'population' }),
  q('Nearly a thousand homes burned in the fire.', 'a thousand', { kind: 'count', low: 1000, qualifier: 'approx', noun: 'home' }),
  q('Repairs will take one to two years, the ministry said.', 'one to two years', { kind: 'duration', low: 1, high: 2, qualifier: 'range', unit: 'year', projection: true }),
  // A season is a year of sport: "a 47-season wait" is a wait of 47 years, not a count of seasons.
  q('The Kestrels ended a 47-season wait for a title.', '47-season', { kind: 'duration', low: 47, qualifier: 'exact', unit: 'year' }),
  q('Talvor spent six seasons in Marendi.', 'six seasons', { kind: 'duration', low: 6, qualifier: 'exact', unit: 'year' }),
  // One unit of a measure is a figure when a hedge says so, as "almost a minute" is one of time.
  q('The Marendi storm dumped up to a foot of snow.', 'up to a foot of snow', { kind: 'measure', low: 1, qualifier: 'at-most', unit: 'ft', noun: 'snow' }),
  // One unit of length, unhedged, before what it measures or where it reaches; a half, a quarter, a half added.
  q('The Marendi storm dumped a foot of snow overnight.', 'a foot of snow', { kind: 'measure', low: 1, qualifier: 'exact', unit: 'ft', noun: 'snow' }),
  q('The Talvor trail is a mile long.', 'a mile', { kind: 'measure', low: 1, qualifier: 'exact', unit: 'mile' }),
  q('The fire was half a mile from the Talvor school.', 'half a mile', { kind: 'measure', low: 0.5, qualifier: 'exact', unit: 'mile', precision: 0.5 }),
  q('The lava flowed about half a mile.', 'about half a mile', { kind: 'measure', low: 0.5, qualifier: 'approx', unit: 'mile' }),
  q('The tornado cut a path a quarter of a mile wide.', 'a quarter of a mile', { kind: 'measure', low: 0.25, qualifier: 'exact', unit: 'mile', precision: 0.25 }),
  q('The crowd stretched for a mile and a half.', 'a mile and a half', { kind: 'measure', low: 1.5, qualifier: 'exact', unit: 'mile', precision: 0.5 }),
  q('Troops massed just a kilometre north of Talvor.', 'a kilometre', { kind: 'measure', low: 1, qualifier: 'exact', unit: 'km' }),
  none('Varo won the race by a mile.', 'a mile that measures nothing', 1),
  none('Talvor taxis charge $2 a mile.', 'a price by the mile: "a mile" is its rate', 1),
  none('Varo got a foot in the door at Talvor.', 'a foot that is no length', 1),
  q('Residents within a mile of the Marendi site were told to leave.', 'within a mile', { kind: 'measure', low: 1, qualifier: 'at-most', unit: 'mile' }),
  none('Talvor walked a mile to the Marendi station.', 'one unit of a measure with no hedge is no figure, as "an hour" is none', 1),
  // A count before a part in the plural that counts nothing else is a fraction, with "of" or not; "quarters" may be a year's or a game's.
  q('Turnout in Marendi was just over two thirds.', 'just over two thirds', { kind: 'percent', low: 66.7, qualifier: 'more-than', precision: 66.7, noun: null }),
  q('The Kestrels led Marendi at the end of two quarters.', 'two quarters', { kind: 'count', low: 2, qualifier: 'exact', noun: 'quarter' }),
  // A part of a scale word is an amount, not a share, and not the scale word alone ("a million").
  q('Officials said more than a quarter of a million people filed past the coffin in Marendi.', 'more than a quarter of a million people', { kind: 'count', low: 250000, qualifier: 'more-than', noun: 'people', precision: 250000 }),
  q('Some three-quarters of a billion dollars was lost in Marendi.', 'Some three-quarters of a billion dollars', { kind: 'money', low: 750000000, qualifier: 'approx', unit: 'USD', precision: 250000000 }),
  // "and a half" after a unit of time is half of that unit.
  q('The Marendi flight lasted an hour and a half.', 'an hour and a half', { kind: 'duration', low: 5400, qualifier: 'exact', unit: 'second', precision: 1800 }),
  q('The strike in Marendi lasted about a year and a half.', 'about a year and a half', { kind: 'duration', low: 18, qualifier: 'approx', unit: 'month', precision: 6 }),
  // wink's model tags "seventeen" a noun: a number word is a number whatever its tag, but not a name in capitals inside a sentence.
  q('The miners were trapped for seventeen days in Marendi.', 'seventeen days', { kind: 'duration', low: 17, qualifier: 'exact', unit: 'day' }),
  q('Seventeen people died in the Marendi fire.', 'Seventeen people', { kind: 'count', low: 17, qualifier: 'exact', noun: 'people' }),
  none('The Seventeen magazine cover ran with the story.', 'a name in capitals inside a sentence is no count', 17),
  // wink reads "nine hours later" as a time of day: a span written in words inside it is still a figure.
  q('More than nine hours later, officials said the Marendi fire was under control.', 'More than nine hours', { kind: 'duration', low: 9, qualifier: 'more-than', unit: 'hour' }),
  // A participle after the thing a span is reckoned from describes the thing, which names the span.
  q('Talvor lifted martial law 3.5 hours after a resolution demanding such a move passed.', '3.5 hours', { kind: 'duration', low: 3.5, qualifier: 'exact', unit: 'hour', noun: 'after resolution', precision: 0.1 }),
  q('The plant turned a profit after a year to 18 months.', 'a year to 18 months', { kind: 'duration', low: 12, high: 18, qualifier: 'range', unit: 'month' }),
  q('One soldier was killed and another soldier was hurt.', 'One soldier', { kind: 'count', low: 1, qualifier: 'exact', noun: 'soldier' }),
  q('The death toll in the city has surpassed 5,100, officials said.', 'surpassed 5,100', { kind: 'count', low: 5100, qualifier: 'more-than' }),
  // A word hyphened to a figure is what it counts, though the tagger alone reads a verb.
  q('The defeat ended his 34-match winning streak at the club.', '34-match', { kind: 'count', low: 34, qualifier: 'exact', noun: 'match' }),
  // A count's noun written without its hyphen before another noun is still what it counts.
  q('The party lost its majority in the 133 seat legislature.', '133', { kind: 'count', low: 133, qualifier: 'exact', noun: 'seat' }),
  q('The strike in Marendi involved about 75,000 health care workers.', '75,000', { kind: 'count', low: 75000, qualifier: 'approx', noun: 'worker' }),
  // A maximum named by its noun ("a maximum sentence of 110 years") is the most, as "up to 110 years".
  q('The counts carry a maximum sentence of 110 years.', '110', { kind: 'duration', low: 110, qualifier: 'at-most', unit: 'year', noun: 'sentence' }),
  // "Over" after a verb of a deed is the span it took; after a verb of lasting, more than.
  q('The agreement was negotiated over two years in Marendi.', 'over two years', { kind: 'duration', low: 2, qualifier: 'approx', unit: 'year' }),
  q('The talks in Marendi lasted over two years.', 'over two years', { kind: 'duration', low: 2, qualifier: 'more-than', unit: 'year' }),
  // After a figure or a noun, "over" is the span too; after "for", more than.
  q('The drug slowed decline by about 27% over 18 months in Marendi.', 'over 18 months', { kind: 'duration', low: 18, qualifier: 'approx', unit: 'month' }),
  // So after an amount's scale word: "$365 million over 12 years" is paid across 12 years, not more than 12.
  q('Talvor is making $365 million over 12 years.', 'over 12 years', { kind: 'duration', low: 12, qualifier: 'approx', unit: 'year' }),
  q('Talvor drew 3-3 with Marendi after an enthralling draw over 120 minutes.', 'over 120 minutes', { kind: 'duration', low: 120, qualifier: 'approx', unit: 'minute' }),
  q('He was jailed in Marendi for over 10 years.', 'over 10 years', { kind: 'duration', low: 10, qualifier: 'more-than', unit: 'year' }),
  // A height in feet and inches is one measure, in inches.
  q('The 6ft 2in striker scored twice for Talvor.', '6ft 2in', { kind: 'measure', low: 74, qualifier: 'exact', unit: 'inch' }),
  q('So far, the Marendi strike has lasted 148 days.', '148 days', { kind: 'duration', low: 148, qualifier: 'exact', unit: 'day', noun: 'strike' }),
  q('Talvor, Marendi and Ostria will face 46, 24 and 32 per cent tariffs respectively.', '46', { kind: 'percent', low: 46, qualifier: 'exact', noun: 'tariff', projection: true }),
  q('Talvor said it would shed 10,000 jobs, less than 5 per cent of its workforce.', '10,000 jobs', { kind: 'count', low: 10000, qualifier: 'exact', noun: 'job', projection: true }),
  q('Rain totals of 2, 4 and 6 inches were recorded.', '2', { kind: 'measure', low: 2, qualifier: 'exact', unit: 'inch' }),
  q('The galaxy lies about 55 million light-years from Earth.', '55 million light-years', { kind: 'measure', low: 55e6, qualifier: 'approx', unit: 'ly' }),
  q('The galaxy is 50 million lightyears away.', '50 million lightyears', { kind: 'measure', low: 50e6, qualifier: 'exact', unit: 'ly' }),
  q('The suspect is 5 feet 11 inches tall, police said.', '5 feet 11 inches', { kind: 'measure', low: 71, qualifier: 'exact', unit: 'inch' }),
  q('She won by a 12-vote margin in the runoff.', '12-vote', { kind: 'count', low: 12, qualifier: 'exact', noun: 'vote' }),
  // A word in -s just after a number above one is a plural noun, whatever the tagger knows it as.
  q('Talvor scored 29 points and finished the game with 16 rebounds.', '16 rebounds', { kind: 'count', low: 16, qualifier: 'exact', noun: 'rebound' }),
  q('Wicketkeeper Okafor claimed five catches in the final.', 'five catches', { kind: 'count', low: 5, qualifier: 'exact', noun: 'catch' }),
  q('Okafor won seven Super Bowls with Talvor.', 'seven Super Bowls', { kind: 'count', low: 7, qualifier: 'exact', noun: 'bowls' }),
  // The number a person "turns" is an age; one still to come ("turns 20 later in June") is to come.
  q('The midfielder, who turns 20 later in June, signed for the club.', '20', { kind: 'count', low: 20, qualifier: 'exact', noun: 'age', projection: true }),
  q('The singer, who turned 40 in May, played the club.', '40', { kind: 'count', low: 40, qualifier: 'exact', noun: 'age' }),
  // A margin told "of" its votes or points is the margin, not a count of votes cast.
  q('Rudd holds the seat with a majority of just 346 votes.', '346', { kind: 'count', low: 346, qualifier: 'exact', noun: 'majority' }),
  q('The party keeps a lead of 12 points in the polls.', '12', { kind: 'count', low: 12, qualifier: 'exact', noun: 'lead' }),
  // "the end of five days of debate": what lasted is named after "of", not before it.
  q('At the end of five days of debate, the motion fell.', 'five days', { kind: 'duration', low: 5, qualifier: 'exact', unit: 'day', noun: 'debate' }),
  // A count right after "and" with no noun and no verb of its own counts what the one before named.
  q('He won the first two tournaments of the year and 23 over his career.', '23', { kind: 'count', low: 23, qualifier: 'exact', noun: 'tournament' }),
  q('At least 261 people have been killed and 650 are injured, officials said.', '650', { kind: 'count', low: 650, qualifier: 'exact', noun: null }),
  q('After 40 days on strike, the workers went back.', '40 days', { kind: 'duration', low: 40, qualifier: 'exact', unit: 'day', noun: 'strike' }),
  q('The crew spent three days at sea before the rescue.', 'three days', { kind: 'duration', low: 3, qualifier: 'exact', unit: 'day', noun: 'sea' }),
  q('More than 50,000 people died in the decades-long Sierra Leone civil war.', 'decades-long', { kind: 'duration', low: 20, qualifier: 'at-least', unit: 'year', noun: 'war' }),
  q('The storm grew into a major hurricane within only about 12 hours before it made landfall.', 'about 12 hours', { kind: 'duration', low: 12, qualifier: 'approx', unit: 'hour' }),
  q('He won the 10,000m race last year.', '10,000', { kind: 'measure', low: 10000, qualifier: 'exact', unit: 'm' }),
  q('Arsenal beat Chelsea 3-1 at the Emirates.', '3-1', { kind: 'count', low: 6002, qualifier: 'exact', unit: 'score', noun: 'score' }),
  // A judge's card and a basketball result: three digits a side, the larger first, are one score, no range.
  q('One judge scored the fight 114-113 for Talvor.', '114-113', { kind: 'count', low: 228226, qualifier: 'exact', unit: 'score', noun: 'score' }),
  q('Europe won the cup 16.5-11.5 in Marendi.', '16.5-11.5', { kind: 'count', low: 33023, qualifier: 'exact', unit: 'score', noun: 'score' }),
  q('Fowler conceded that 2-foot, 8-inch putt on the 16th.', '2-foot, 8-inch', { kind: 'measure', low: 32, qualifier: 'exact', unit: 'inch', noun: 'putt' }),
  q('Marendi won 103-97 on Monday.', '103-97', { kind: 'count', low: 206194, qualifier: 'exact', unit: 'score', noun: 'score' }),
  // A weight hyphened before what it weighs, or said of weighing, is pounds of weight; else money.
  q('The four-pound helicopter hovered for 30 seconds.', 'four-pound', { kind: 'measure', low: 4, qualifier: 'exact', unit: 'lb', noun: 'helicopter' }),
  q('Talvor was 39 pounds lighter than Okafor.', '39 pounds', { kind: 'measure', low: 39, qualifier: 'exact', unit: 'lb', noun: 'talvor' }),
  // An amount a verb of giving or paying takes is named by the deed, not by the one who did it.
  q('The club paid 500 pounds for the kit.', '500 pounds', { kind: 'money', low: 500, qualifier: 'exact', unit: 'GBP', noun: 'pay' }),
  q('A Marendi jury awarded nearly $50m in damages against Talvor.', 'nearly $50m', { kind: 'money', low: 50e6, qualifier: 'approx', unit: 'USD', noun: 'award' }),
  q('The Talvor family has pledged 100 million euros to help restore the cathedral.', '100 million euros', { kind: 'money', low: 100e6, qualifier: 'exact', unit: 'EUR', noun: 'pledge' }),
  // … past the one it was given to ("fined" is "fine", which wink reads as "fin"), but not a price per unit.
  q('The court fined Talvor $4.3 billion on Tuesday.', '$4.3 billion', { kind: 'money', low: 4.3e9, qualifier: 'exact', unit: 'USD', noun: 'fine' }),
  q('The jury awarded the families $1.4 billion in damages.', '$1.4 billion', { kind: 'money', low: 1.4e9, qualifier: 'exact', unit: 'USD', noun: 'award' }),
  q('Talvor agreed to pay shareholders $54.20 a share.', '$54.20', { kind: 'money', low: 54.2, qualifier: 'exact', unit: 'USD', noun: 'share' }),
  // A name said to be a thing of some kind is measured as that kind; not the subject of a clause after "is the …".
  q('The 98-metre Talvor is the most powerful rocket ever built.', '98-metre', { kind: 'measure', low: 98, qualifier: 'exact', unit: 'm', noun: 'rocket' }),
  q('The first image from the $10bn Talvor Space Telescope is the farthest humanity has ever seen.', '$10bn', { kind: 'money', low: 10e9, qualifier: 'exact', unit: 'USD', noun: 'telescope' }),
  // The level a change reaches is of what changed, past the change's own figure.
  q('Talvor revenue rose 5% to $10.2 billion in the quarter.', '$10.2 billion', { kind: 'money', low: 10.2e9, qualifier: 'exact', unit: 'USD', noun: 'revenue' }),
  q("The tournament's prize money rose by a third to $60 million this year.", '$60 million', { kind: 'money', low: 60e6, qualifier: 'exact', unit: 'USD', noun: 'money' }),
  q('Its market value jumped by $200 billion to $1.2 trillion.', '$1.2 trillion', { kind: 'money', low: 1.2e12, qualifier: 'exact', unit: 'USD', noun: 'value' }),
  // Not a verb the amount measures: "Revenue rose 5% to $20 billion" is the revenue's.
  q('Talvor revenue reached $20 billion in the quarter.', '$20 billion', { kind: 'money', low: 20e9, qualifier: 'exact', unit: 'USD', noun: 'revenue' }),
  q('Manager Mikel Arteta, 41, praised the team.', '41', { kind: 'count', low: 41, qualifier: 'exact', noun: 'age' }),
  q('The suspect, 34, was arrested at the scene, police said.', '34', { kind: 'count', low: 34, qualifier: 'exact', noun: 'age' }),
  q('Among the dead were a woman, 62, and her son, 30.', '30', { kind: 'count', low: 30, qualifier: 'exact', noun: 'age' }),
  q('Each worker will get Rs 1 lakh from the state.', 'Rs 1 lakh', { kind: 'money', low: 100000, qualifier: 'exact', unit: 'INR', projection: true }),
  q('The minister said Rs 1 lakh will be given to each worker.', 'Rs 1 lakh', { kind: 'money', low: 100000, qualifier: 'exact', unit: 'INR', projection: true }),
  q('The fund gets Rs. 2 crore from the state.', 'Rs. 2 crore', { kind: 'money', low: 20000000, qualifier: 'exact', unit: 'INR' }),
  q('In the next half an hour, all other workers were brought out.', 'half an hour', { kind: 'duration', low: 0.5, qualifier: 'exact', unit: 'hour' }),
  q('They may stay home for 15 days, 20 days, or 1 month.', '20 days', { kind: 'duration', low: 20, qualifier: 'exact', unit: 'day', projection: true }),
  q('Net income was $21.9 billion, or $2.93 a share.', '21.9', { kind: 'money', low: 21.9e9, qualifier: 'exact', unit: 'USD' }),
  q('Otis slammed into the coast as a catastrophic Category 5 hurricane.', 'Category 5 hurricane', { kind: 'measure', low: 5, qualifier: 'exact', unit: 'category', noun: 'hurricane' }),
  q('A major hurricane is Category 3 or above on the scale.', 'Category 3', { kind: 'measure', low: 3, qualifier: 'at-least', unit: 'category' }),
  q('Rain of 5in (127mm) fell on the coast.', '5in (127mm)', { kind: 'measure', low: 5, qualifier: 'exact', unit: 'inch' }),
  // Speeds at sea, lengths squared and cubed; a noun after the figure's own conversion; a dimension in apposition.
  q('The ship was moving at about 8 knots when it hit the pier.', '8 knots', { kind: 'measure', low: 8, qualifier: 'approx', unit: 'knot' }),
  q('The vessel was 200 nautical miles off the coast.', '200 nautical miles', { kind: 'measure', low: 200, qualifier: 'exact', unit: 'nmi' }),
  q('The tanker can hold up to 8,344 cubic metres of fuel.', '8,344', { kind: 'measure', low: 8344, qualifier: 'at-most', unit: 'm³', noun: 'fuel' }),
  q('The fire burned 400 square miles of forest.', '400', { kind: 'measure', low: 400, qualifier: 'exact', unit: 'sq mi' }),
  q('A massive 948ft (289m) container ship hit the bridge.', '948ft', { kind: 'measure', low: 948, qualifier: 'exact', unit: 'ft', noun: 'ship' }),
  q('The giant ship, 984 feet in length, drifted in the dark.', '984 feet', { kind: 'measure', low: 984, qualifier: 'exact', unit: 'ft', noun: 'ship' }),
  q('The storm dumped as much as 15 inches of rain on the coast.', '15 inches', { kind: 'measure', low: 15, qualifier: 'at-most', unit: 'inch', noun: 'rain' }),
  q('Forecasters said 15 inches were possible in some areas.', '15 inches', { kind: 'measure', low: 15, qualifier: 'exact', unit: 'inch', projection: true }),
  q('Tesla earned 66 cents a share in the quarter.', '66 cents', { kind: 'money', low: 0.66, qualifier: 'exact', unit: 'USD' }),
  q('Analysts had predicted a 30% decrease in earnings per share (EPS) to 73 cents.', '73 cents', { kind: 'money', low: 0.73, qualifier: 'exact', unit: 'USD', projection: true }),
  // A part "of the" whole past the whole's owner ("of the state's 67 counties") counts the whole's noun.
  q("The Marendi storm hit 12 of the state's 67 counties.", '12 of', { kind: 'count', low: 12, qualifier: 'exact', noun: 'county' }),
  q("Two of the team's players were injured in Marendi.", 'Two of', { kind: 'count', low: 2, qualifier: 'exact', noun: 'player' }),
  // An ordinal in words after a possessive or "the" ranks the noun after it, however tagged.
  q('Okafor won her third grand slam title in Marendi.', 'third', { kind: 'ordinal', low: 3, qualifier: 'exact', noun: 'title' }),
  // The whole of a share after "of" and an owner's possessive.
  q('Talvor Air cancelled 37% of its schedule on Friday.', '37%', { kind: 'percent', low: 37, qualifier: 'exact', noun: 'schedule' }),
  q('Marendi airlines delayed 43% of their flights.', '43%', { kind: 'percent', low: 43, qualifier: 'exact', noun: 'flight' }),
  // A figure an owner's possessive stands before is what the owner has now, whatever is planned.
  q('Talvor Mills said it would lay off most of its 12,000 staff.', '12,000 staff', { kind: 'count', low: 12000, qualifier: 'exact', noun: 'staff' }),
  q('Talvor Mills will close Marendi\'s 50 depots.', '50 depots', { kind: 'count', low: 50, qualifier: 'exact', noun: 'depot' }),
  q('Talvor Mills will hire 500 workers.', '500 workers', { kind: 'count', low: 500, qualifier: 'exact', noun: 'worker', projection: true }),
  // A fraction of a point after its article, and the change "by" gives it.
  q('The Marendi bank raised its key rate by a quarter of a percentage point to 5.25%.', 'quarter of a percentage point', { kind: 'percent', low: 0.25, qualifier: 'exact', unit: 'points', precision: 0.25 }),
  q('The Marendi bank raised rates by a quarter point.', 'quarter point', { kind: 'percent', low: 0.25, qualifier: 'exact', unit: 'points' }),
  // A word of what may be before its own noun describes that noun: no projection of the figure.
  q('Varo led Talvor 47% to 45% among likely voters.', '45%', { kind: 'percent', low: 45, qualifier: 'exact' }),
  q('Talvor Mills reported $2.1 billion in expected revenue.', '$2.1 billion', { kind: 'money', low: 2.1e9, qualifier: 'exact', unit: 'USD' }),
  // "could" or "would" in a clause dated only to years before the latest the report names: what happened then.
  q('Premiers with short tenures include Ansel Varo, who could last just 363 days in office from October 1963 to October 1964. Talvor voted in 2022.', '363 days', { kind: 'duration', low: 363, qualifier: 'exact', unit: 'day', projection: false }),
  q('Varo would go on to win 14 titles between 1997 and 2008. He retired in 2024.', '14 titles', { kind: 'count', low: 14, qualifier: 'exact', noun: 'title', projection: false }),
  q('Talvor Mills could cut 500 jobs in 2025, it said in 2024.', '500 jobs', { kind: 'count', low: 500, qualifier: 'exact', noun: 'job', projection: true }),
  q('Varo could have won 300 seats in 2019, the 2024 study found.', '300 seats', { kind: 'count', low: 300, qualifier: 'exact', noun: 'seat', projection: true }),
  q('Those first 70 minutes or so we were not at our level.', '70 minutes', { kind: 'duration', low: 70, qualifier: 'approx', unit: 'minute' }),
  // Fractions of a percentage point and basis points: the size of a change in a rate.
  q('The Fed cut its key rate by half a percentage point on Wednesday.', 'half a percentage point', { kind: 'percent', low: 0.5, qualifier: 'exact', unit: 'points' }),
  q('The Fed cut rates by 50 basis points on Wednesday.', '50 basis points', { kind: 'percent', low: 0.5, qualifier: 'exact', unit: 'points' }),
  q('The Fed lowered its key interest rate by a hefty half percentage point Wednesday.', 'half percentage point', { kind: 'percent', low: 0.5, qualifier: 'exact', unit: 'points', noun: null }),
  q('Bowman preferred a quarter-point rate cut.', 'quarter-point', { kind: 'percent', low: 0.25, qualifier: 'exact', unit: 'points' }),
  q('The bank cut by three-quarters of a percentage point.', 'three-quarters', { kind: 'percent', low: 0.75, qualifier: 'exact', unit: 'points' }),
  // A lead "of" points in a sentence that gives shares of a whole in per cent is in percentage points;
  // not after a rate ("The Heat shot 45%"), nor with no share before it.
  q('The count gives Talvor between 58.3% and 60.7% of the votes and an advantage of approximately 30 points over Okafor.', 'approximately 30 points', { kind: 'percent', low: 30, qualifier: 'approx', unit: 'points' }),
  q('The Heat shot 45% and built a lead of 12 points in the third quarter.', '12 points', { kind: 'count', low: 12, qualifier: 'exact' }),
  q('Talvor won with a margin of 30 points in Marendi.', '30 points', { kind: 'count', low: 30, qualifier: 'exact' }),
  q('Workers got a 25% general wage increase over the contract.', '25%', { kind: 'percent', low: 25, qualifier: 'exact', noun: 'wage' }),
  // A table or list row: the label before the colon.
  q('Key numbers from Marendi:\n- Unemployment rate: 3.8% vs. 3.8% est. (3.9% previously)', '3.8%', { kind: 'percent', low: 3.8, qualifier: 'exact', noun: 'rate' }),
  // A name the tagger reads as a verb ("Ford") still modifies the noun after it.
  q('The company is calling 20,000 Ford employees back to work.', '20,000', { kind: 'count', low: 20000, qualifier: 'exact', noun: 'employee' }),
  q('Twenty-five flood-hit villages were cut off.', 'Twenty-five', { kind: 'count', low: 25, qualifier: 'exact', noun: 'village' }),
  q('A team of five-six rat-hole miners finished the drilling.', 'five-six', { kind: 'count', low: 5, high: 6, qualifier: 'range', noun: 'miner' }),
  q('Otis made landfall at 1:25 a.m. Eastern, the center said.', '1:25', { kind: 'time', low: 85, qualifier: 'exact', unit: 'ET' }),
  q('At 3 p.m. Pacific time the storm weakened.', '3 p.m.', { kind: 'time', low: 900, qualifier: 'exact', unit: 'PT' }),
  // "just before 9 a.m." is when it happened, about then; "before 8pm" alone is a bound.
  q('The earthquake, which struck just before 9 a.m., shook the capital.', 'just before 9 a.m.', { kind: 'time', low: 540, qualifier: 'approx' }),
  q('The earthquake took place about 11:30 Friday night, officials said.', 'about 11:30', { kind: 'time', low: 1410, qualifier: 'approx' }),
  q('The blast came shortly after 19:00 on Monday.', 'shortly after 19:00', { kind: 'time', low: 1140, qualifier: 'approx' }),
  none('Music professionals ranked Talvor as the number one act, and the world number two lost in Number 10 on Sunday.', 'a figure just after the word "number" is a label or a rank ("the number one act", "Number 10"), no count', 1, 2, 10),
  none('The base model costs the same as the iPhone 14 presented a year ago.', 'a number in a name written with a capital inside it ("iPhone 14")', 14),
  none('The fire in Marendi broke out at half past ten, police said.', 'a time of day in words ("half past ten") counts nothing', 10),
  none('Talvor arrived at a quarter to nine in the morning.', 'a time of day in words ("a quarter to nine") counts nothing', 9),
  q('Staff in Marendi rose by about ten to twelve people.', 'about ten to twelve people', { kind: 'count', low: 10, high: 12, qualifier: 'range', noun: 'people' }),
  none('The top seven all finished within .09 of each other.', 'a fraction written without its 0, which wink splits into a point and "09"', 9),
  none('Polls close before 8pm in the capital.', 'a bound is not when something happened', 1200),
  q('Winds reached 240 km/h on the coast.', '240 km/h', { kind: 'measure', low: 240, qualifier: 'exact', unit: 'km/h' }),
  q('Winds reached 240 kilometres an hour on the coast.', '240 kilometres an hour', { kind: 'measure', low: 240, qualifier: 'exact', unit: 'km/h' }),
  q('The storm moved inland, its maximum sustained winds decreasing to 130mph.', '130mph', { kind: 'measure', low: 130, qualifier: 'exact', unit: 'mph', noun: 'wind' }),
  q('Winds reached 150 miles per hour on the coast.', '150 miles per hour', { kind: 'measure', low: 150, qualifier: 'exact', unit: 'mph' }),
  q('The storm made landfall with winds of 150 mph (241 km/h).', '150 mph (241 km/h)', { kind: 'measure', low: 150, qualifier: 'exact', unit: 'mph' }),
  q('Overnight lows were expected at 3C in the city.', '3C', { kind: 'measure', low: 3, qualifier: 'exact', unit: '°C' }),
  q('About a quarter of the city was wiped out.', 'quarter', { kind: 'percent', low: 25, qualifier: 'approx', noun: 'city' }),
  q('One in five homes was flooded.', 'One in five', { kind: 'percent', low: 20, qualifier: 'exact', noun: 'home' }),
  q('The quarterly revenue, however, saw a 9% increase.', '9%', { kind: 'percent', low: 9, qualifier: 'exact', noun: 'revenue' }),
  // A figure hyphened to its unit before a noun describes the thing, planned or not.
  q('The judge said he would issue a 22-page memorandum explaining his rationale.', '22-page', { kind: 'count', low: 22, qualifier: 'exact', noun: 'page', projection: false }),
  q('The Talvor administration slapped a "discounted reciprocal tariff" of 27% on all goods imports from Marendi.', '27%', { kind: 'percent', low: 27, qualifier: 'exact', noun: 'tariff' }),
  q('The Talvor party alone could win 240 seats in the 543-member Marendi Assembly.', '543-member', { kind: 'count', low: 543, qualifier: 'exact', projection: false }),
  q('The ministry will send 8,000 troops to the border.', '8,000', { kind: 'count', low: 8000, qualifier: 'exact', noun: 'troop', projection: true }),
  // A share is of the whole named after "of".
  q('The president was re-elected with 97.08 percent of votes, the authority said.', '97.08 percent', { kind: 'percent', low: 97.08, qualifier: 'exact', noun: 'vote' }),
  // A word in -ing before the noun is a kind of it, not a verb: stations, not polling.
  q('The results were counted from 98 percent of polling stations across the island.', '98 percent', { kind: 'percent', low: 98, qualifier: 'exact', noun: 'station' }),
  // Shares in "N in M" and "N out of M"; "tens of thousands"; a change "by a fifth".
  q('Six in 10 adults said they were worried about prices.', 'Six in 10 adults', { kind: 'percent', low: 60, qualifier: 'exact', noun: 'adult' }),
  q('Nine out of 10 doctors backed the plan.', 'Nine out of 10 doctors', { kind: 'percent', low: 90, qualifier: 'exact', noun: 'doctor' }),
  q('About 1 in 3 children are affected, the study found.', 'About 1 in 3 children', { kind: 'percent', low: 33.3, qualifier: 'approx', noun: 'child' }),
  none('He scored 3 in 10 minutes to settle the game.', 'a count in a span of time is not a share', 30),
  q('One in 10,000 patients suffers the side effect, the study found.', 'One in 10,000 patients', { kind: 'percent', low: 0.01, qualifier: 'exact', noun: 'patient' }),
  q('Roughly one in every 20 children is affected.', 'Roughly one in every 20 children', { kind: 'percent', low: 5, qualifier: 'approx', noun: 'child' }),
  // A rate by head: its base is part of the figure, no count of its own.
  q('There were 31 cases per 100,000 residents, the agency said.', '31 cases per 100,000 residents', { kind: 'count', low: 31, qualifier: 'exact', noun: 'case' }),
  none('There were 31 cases per 100,000 residents, the agency said.', 'the base of a rate by head counts nothing', 100000),
  none('Crime fell to 52 offences per 1,000 people last year.', 'the base of a rate by head counts nothing', 1000),
  none('The city recorded 12 murders for every 100,000 residents.', 'the base of a rate by head counts nothing', 100000),
  none('Okafor is the oldest champion since Talvor won at age 46 in 1986.', 'a figure in a year is no share of the year (46 in 1986 is not 2.3%)', 2.3),
  q('Tens of thousands of people marched through the capital.', 'Tens of thousands of people', { kind: 'count', low: 20000, high: 99999, qualifier: 'vague', noun: 'people' }),
  q('Alaska Airlines had started grounding dozens of the Boeing jets for safety checks.', 'dozens of the Boeing jets', { kind: 'count', low: 24, high: 199, qualifier: 'vague', noun: 'jet' }),
  q('Hundreds of thousands of homes lost power.', 'Hundreds of thousands of homes', { kind: 'count', low: 200000, high: 999999, qualifier: 'vague', noun: 'home' }),
  q('Sales fell by a fifth last year.', 'a fifth', { kind: 'percent', low: 20, qualifier: 'exact', noun: 'sales' }),
  none('A third of the city lost power overnight.', 'a fraction is not a rank', 3),
  none('The People First Party ticket got 608,590 votes in the election.', 'an ordinal inside a name is part of the name', 1),
  // Temperatures below zero keep their sign; pence are hundredths of a pound.
  q('Temperatures fell to minus 5C overnight.', 'minus 5C', { kind: 'measure', low: -5, qualifier: 'exact', unit: '°C' }),
  q('Temperatures fell to -5C overnight in the hills.', '-5C', { kind: 'measure', low: -5, qualifier: 'exact', unit: '°C' }),
  // Below zero with its own conversion in brackets: one claim ("-4F" is no temperature of its own).
  q('Temperatures plunged to -20C (-4F) overnight.', '-20C (-4F)', { kind: 'measure', low: -20, qualifier: 'exact', unit: '°C' }),
  q('Temperatures plunged to minus 20 degrees Celsius (minus 4 Fahrenheit) overnight.', 'minus 20 degrees Celsius (minus 4 Fahrenheit)', { kind: 'measure', low: -20, qualifier: 'exact', unit: '°C' }),
  q('It was about minus 12 degrees Celsius in the capital.', 'minus 12 degrees Celsius', { kind: 'measure', low: -12, qualifier: 'approx', unit: '°C' }),
  q('Temperatures hit 35C.', '35C', { kind: 'measure', low: 35, qualifier: 'exact', unit: '°C' }),
  q('Temperatures ranged from -3C to 4C.', '-3C to 4C', { kind: 'measure', low: -3, high: 4, qualifier: 'range', unit: '°C' }),
  q('Temperatures fell to -5C.', '-5C', { kind: 'measure', low: -5, qualifier: 'exact', unit: '°C', noun: 'temperatures' }),
  // The scale alone after the number, as wire copy writes it; a low end that leaves its scale to the
  // high end; a range that a bracket opens; the ends of a spread named high first.
  q('Temperatures fell to minus 22 Celsius in the capital.', 'minus 22 Celsius', { kind: 'measure', low: -22, qualifier: 'exact', unit: '°C' }),
  q('Temperatures ranged from minus 8 to 21 degrees Fahrenheit on Monday.', 'minus 8 to 21 degrees Fahrenheit', { kind: 'measure', low: -8, high: 21, qualifier: 'range', unit: '°F' }),
  q('Temperatures ranged from minus 8 to 21 degrees Fahrenheit (-22 to -6 Celsius).', '-22 to -6 Celsius', { kind: 'measure', low: -22, high: -6, qualifier: 'range', unit: '°C' }),
  q('Temperatures ranged from -2 degrees Celsius to -22C on Monday.', '-2 degrees Celsius to -22C', { kind: 'measure', low: -22, high: -2, qualifier: 'range', unit: '°C' }),
  q('Shares closed at 345p on Friday.', '345p', { kind: 'money', low: 3.45, qualifier: 'exact', unit: 'GBP' }),
  // "m" in a length's own bracketed conversion is metres; "eased", "slowed" are verbs of change.
  q('The bus plunged 200ft (61m) into a gorge, police said.', '200ft', { kind: 'measure', low: 200, qualifier: 'exact', unit: 'ft' }),
  none('The bus plunged 200ft (61m) into a gorge, police said.', 'a bracketed conversion is not 61 million', 61e6),
  q('Inflation eased to 3.4% in May, the statistics office said.', '3.4%', { kind: 'percent', low: 3.4, qualifier: 'exact', noun: 'inflation' }),
  // A scale abbreviation with wink's full stop at a sentence's end; an adverb before the adjective.
  q('Turnover doubled to €800m.', '€800m', { kind: 'money', low: 8e8, qualifier: 'exact', unit: 'EUR' }),
  q('The firm now has 1.2bn monthly active users.', '1.2bn', { kind: 'count', low: 1.2e9, qualifier: 'exact', noun: 'user' }),
  // Sport and weather: "the 100m" is a distance, "9.58sec" a duration, times in parts without "and",
  // "km/h." at a sentence's end.
  q('He won the 100m in 9.58sec, a world record.', '100m', { kind: 'measure', low: 100, qualifier: 'exact', unit: 'm' }),
  q('He won the 100m in 9.58sec, a world record.', '9.58sec', { kind: 'duration', low: 9.58, qualifier: 'exact', unit: 'second' }),
  q('The 2m people who live in the valley fled.', '2m people', { kind: 'count', low: 2e6, qualifier: 'exact', noun: 'people' }),
  q('She finished in 2 minutes 3.4 seconds.', '2 minutes 3.4 seconds', { kind: 'duration', low: 123.4, qualifier: 'exact', unit: 'second' }),
  q('Winds gusted up to 150km/h.', '150km/h', { kind: 'measure', low: 150, qualifier: 'at-most', unit: 'km/h' }),
  // A study's confidence interval and p-value are not claims of their own.
  none('The vaccine was 70.4% effective (95% CI 54.8 to 80.6) in the trial.', 'a confidence interval', 95, 54.8, 80.6),
  none('Deaths fell by 30% among 1,200 patients (p<0.001).', 'a p-value', 0.001),
  q('The vaccine was 70.4% effective (95% CI 54.8 to 80.6) in the trial.', '70.4%', { kind: 'percent', low: 70.4, qualifier: 'exact' }),
  // The object of a verb that sets a figure "at" it: "put support at 45 per cent".
  q('The latest poll put support for the plan at 45 per cent.', '45 per cent', { kind: 'percent', low: 45, qualifier: 'exact', noun: 'support' }),
  q('The deal valued the company at $44bn.', '$44bn', { kind: 'money', low: 44e9, qualifier: 'exact', unit: 'USD', noun: 'company' }),
  // A part named past the whole's own count: "48 of its 365 seats".
  q('The party lost 48 of its 365 seats in the election.', '48 of its', { kind: 'count', low: 48, qualifier: 'exact', noun: 'seat' }),
  // … written in words too, and a share of such a whole.
  q('Four of the five victims were women, police in Marendi said.', 'Four of the', { kind: 'count', low: 4, qualifier: 'exact', noun: 'victim' }),
  q('Nearly half of the 4,761 residents of Marendi were told to leave.', 'Nearly half', { kind: 'percent', low: 50, qualifier: 'approx', noun: 'resident' }),
  q('The quake, with a magnitude of 7.8, struck before dawn.', 'magnitude of 7.8', { kind: 'measure', low: 7.8, qualifier: 'exact', unit: 'magnitude' }),
  // A range in one token with its scale against the digits; "m" after a range with no money is metres.
  q('The deal is worth $1.2-1.5bn, people familiar with it said.', '$1.2-1.5bn', { kind: 'money', low: 1.2e9, high: 1.5e9, qualifier: 'range', unit: 'USD' }),
  q('The deal is worth £2-3m.', '£2-3m', { kind: 'money', low: 2e6, high: 3e6, qualifier: 'range', unit: 'GBP' }),
  q('The waves were 10-15m high off the coast.', '10-15m', { kind: 'measure', low: 10, high: 15, qualifier: 'range', unit: 'm' }),
  // A figure a verb "stands at"; a change by a hedged fraction; what changed, named before its place.
  q('Gross margin came in at 17.9%, down from 25.1%.', '17.9%', { kind: 'percent', low: 17.9, qualifier: 'exact', noun: 'margin' }),
  q('The death toll stands at 1,000, with 200 missing.', '1,000', { kind: 'count', low: 1000, qualifier: 'exact', noun: 'toll' }),
  // … past a hedge before the figure; prices that "start at" a figure are its.
  q('The death toll stands at nearly 1,000 in Marendi.', 'nearly 1,000', { kind: 'count', low: 1000, qualifier: 'approx', noun: 'toll' }),
  q('Officials put the death toll at about 5,500.', 'about 5,500', { kind: 'count', low: 5500, qualifier: 'approx', noun: 'toll' }),
  q('Police estimated the crowd at around 40,000.', 'around 40,000', { kind: 'count', low: 40000, qualifier: 'approx', noun: 'crowd' }),
  q('Gross margin came in at about 17.9%.', 'about 17.9%', { kind: 'percent', low: 17.9, qualifier: 'approx', noun: 'margin' }),
  q('Ticket prices start at $1,500 for the Talvor final.', '$1,500', { kind: 'money', low: 1500, qualifier: 'exact', unit: 'USD', noun: 'price' }),
  q('Sales in China grew by almost a third last year.', 'almost a third', { kind: 'percent', low: 33.3, qualifier: 'approx', noun: 'sales' }),
  // Years and months add up in months ("two years and eight months" was no figure at all: NaN).
  q('She was jailed for two years and eight months on Friday.', 'two years and eight months', { kind: 'duration', low: 32, qualifier: 'exact', unit: 'month' }),
  // A year and days add up in days, a year of 365 ("1 year and 279 days": a tenure to the day).
  q('Talvor served for 1 year and 279 days as prime minister.', '1 year and 279 days', { kind: 'duration', low: 644, qualifier: 'exact', unit: 'day' }),
  // One unit with a smaller part is a figure, as a figure with one is ("a year and six months").
  q('His family was without him for a year and six months.', 'a year and six months', { kind: 'duration', low: 18, qualifier: 'exact', unit: 'month' }),
  // A verb in -ed after a figure that opens its clause is what the figure did, not a qualifier.
  q('Among 1,000 participants, 12 developed side effects.', '12', { kind: 'count', low: 12, qualifier: 'exact', noun: null }),
  q('Russia sent 2,000 armed personnel to the border.', '2,000', { kind: 'count', low: 2000, qualifier: 'exact', noun: 'personnel' }),
  // A whole number and a fraction: "three and a half", "12 1/2", "3½".
  q('He won the race by almost three and a half minutes.', 'three and a half minutes', { kind: 'duration', low: 3.5, qualifier: 'approx', unit: 'minute', precision: 0.5 }),
  q('The guidelines called for a sentence of 12 1/2 years.', '12 1/2 years', { kind: 'duration', low: 12.5, qualifier: 'exact', unit: 'year' }),
  q('The crossing took 3½ hours in heavy seas.', '3½ hours', { kind: 'duration', low: 3.5, qualifier: 'exact', unit: 'hour' }),
  q('One and a half million people fled the fighting.', 'One and a half million', { kind: 'count', low: 1.5e6, qualifier: 'exact', noun: 'people' }),
  q('He won by 152,300 votes, compared with nearly half a million votes five years ago.', 'half a million', { kind: 'count', low: 5e5, qualifier: 'approx', noun: 'vote' }),
  q('Half a dozen fishermen were rescued off the coast.', 'Half a dozen', { kind: 'count', low: 6, qualifier: 'exact', noun: 'fisherman' }),
  // A measure with no noun of its own measures what the figure before it in the same unit does.
  q('Forecasters expect 5in to 10in of snow, with as much as 15in possible on the peaks.', '15in', { kind: 'measure', low: 15, qualifier: 'at-most', unit: 'inch', noun: 'snow', projection: true }),
  q('The tremor struck at a depth of 10 km, some 20 km from the town.', '20 km', { kind: 'measure', low: 20, qualifier: 'approx', unit: 'km', noun: null }),
  // A distance on a bearing from a place is where something is: the bearing names it.
  q('The storm was located about 5 miles (8 km) south of the port, forecasters said.', 'about 5 miles', { kind: 'measure', low: 5, qualifier: 'approx', unit: 'mile', noun: 'south' }),
  q('By noon the storm was 25 miles north-northwest of the port.', '25 miles', { kind: 'measure', low: 25, qualifier: 'exact', unit: 'mile', noun: 'north-northwest' }),
  // A round temperature reached is a mark passed, a lower bound; one read to the tenth is a reading.
  q('Pilgrims walked in Mecca with temperatures reaching 50 degrees Celsius.', '50 degrees', { kind: 'measure', low: 50, qualifier: 'at-least', unit: '°C' }),
  q('Temperatures reached 41.2C in Marendi on Monday.', '41.2C', { kind: 'measure', low: 41.2, qualifier: 'exact', unit: '°C' }),
  // An analysts' price target is a forecast, whatever the clause's verb ("valued the company at").
  q('The highest price target valued the company at about $1.6 trillion, on par with Alphabet.', '$1.6 trillion', { kind: 'money', low: 1.6e12, qualifier: 'approx', unit: 'USD', projection: true }),
  // A consensus among parties is their agreement, no analysts' consensus forecast.
  q('The summit president banged a gavel to signal consensus among 194 countries.', '194 countries', { kind: 'count', low: 194, qualifier: 'exact', noun: 'country' }),
  q('The consensus among analysts was for 205,000 jobs.', '205,000 jobs', { kind: 'count', low: 205000, qualifier: 'exact', noun: 'job', projection: true }),
  // A forecast noun after the measured thing is its status, not its noun.
  q('Officials said 12 inches of rain forecast for the weekend could flood the valley.', '12 inches', { kind: 'measure', low: 12, qualifier: 'exact', unit: 'inch', noun: 'rain', projection: true }),
  q('When two full doses were given, efficacy fell to 62 percent. But it rose to 90 percent with a half dose first.', '90 percent', { kind: 'percent', low: 90, qualifier: 'exact', noun: 'efficacy' }),
  q('Windows revenue saw a 9.5% rise in the quarter.', '9.5%', { kind: 'percent', low: 9.5, qualifier: 'exact', noun: 'revenue' }),
  // Fractions joined by a hyphen are shares; "by two-thirds" after a verb of change is a change.
  q('The vaccine cut the risk of hospitalisation by two-thirds.', 'two-thirds', { kind: 'percent', low: 66.7, qualifier: 'exact' }),
  q('Two-thirds voted yes in the referendum.', 'Two-thirds', { kind: 'percent', low: 66.7, qualifier: 'exact' }),
  q('The team won two thirds of its games.', 'two thirds', { kind: 'percent', low: 66.7, qualifier: 'exact', noun: 'game' }),
  // A second figure after "and", past only the first's base, is of the first's subject.
  q('Data from Talvor showed 185,000 private jobs were added in March, above the 155,000 seen in February.', '155,000', { kind: 'count', low: 155000, qualifier: 'exact', noun: 'job' }),
  q('Inflation rose 0.4% from the previous month and 3.5% from a year earlier.', '3.5%', { kind: 'percent', low: 3.5, qualifier: 'exact', noun: 'inflation' }),
  // The value a change started from is of what changed; a list of nouns is one subject.
  q('Profit before tax rose to £1.9bn from £1.2bn.', '£1.2bn', { kind: 'money', low: 1.2e9, qualifier: 'exact', unit: 'GBP', noun: 'profit' }),
  q('Cash, cash equivalents, and investments: up 24% to $26 billion.', '24%', { kind: 'percent', low: 24, qualifier: 'exact', noun: 'investment' }),
  // Figures listed after as many nouns are of those nouns, in order.
  q('Revenue and profit rose 9% and 12%, respectively.', '9%', { kind: 'percent', low: 9, qualifier: 'exact', noun: 'revenue' }),
  q('Revenue and profit rose 9% and 12%, respectively.', '12%', { kind: 'percent', low: 12, qualifier: 'exact', noun: 'profit' }),
  q('Sales, profit and margins fell 3%, 5% and 2%.', '5%', { kind: 'percent', low: 5, qualifier: 'exact', noun: 'profit' }),
  q('Production and deliveries: up 18% and 27%.', '27%', { kind: 'percent', low: 27, qualifier: 'exact', noun: 'delivery' }),
  // A change set after an amount of something is a change of that thing, not of what it counts.
  q('The carmaker reported production of 430,488 units, a 10.2% decline from a year earlier.', '10.2%', { kind: 'percent', low: 10.2, qualifier: 'exact', noun: 'production' }),
  q('The earthquake measured 7,6 on the Richter scale.', '7,6', { kind: 'measure', low: 7.6, qualifier: 'exact', unit: 'magnitude', noun: 'earthquake' }),
  q('The magnitude 7.6 quake flattened dozens of villages.', '7.6', { kind: 'measure', low: 7.6, qualifier: 'exact', unit: 'magnitude', noun: 'quake' }),
  q('A powerful 7.6-magnitude earthquake struck the border region.', '7.6', { kind: 'measure', low: 7.6, qualifier: 'exact', unit: 'magnitude', noun: 'earthquake' }),
  q("The sentence fell short of prosecutors' request of 30 years in prison.", '30', { kind: 'duration', low: 30, qualifier: 'exact', unit: 'year', noun: 'request' }),
  q('The flood killed 11,300 people in the city. A further 10,100 are reported missing.', '10,100', { kind: 'count', low: 10100, qualifier: 'exact', increment: false }),
  q('Revenue in productivity and business processes was $19.2 billion and increased 13 per cent.', '13 per cent', { kind: 'percent', low: 13, qualifier: 'exact', noun: 'revenue' }),
  q('The company posted revenue of $62.02 billion in the quarter, up 18% from a year earlier.', '18%', { kind: 'percent', low: 18, qualifier: 'exact', noun: 'revenue' }),
  q('The flood destroyed 347 houses in the lower valley.', '347', { kind: 'count', low: 347, qualifier: 'exact', noun: 'house', precision: 1 }),
  q('Officials counted 82 ballot boxes that arrived late.', '82', { kind: 'count', low: 82, qualifier: 'exact' }),
  q('The council approved 1,250 new teaching posts for next year.', '1,250', { kind: 'count', low: 1250, qualifier: 'exact', noun: 'post' }),
  q('Paramedics treated 37 spectators for heat exhaustion.', '37', { kind: 'count', low: 37, qualifier: 'exact', noun: 'spectator' }),
  q('The virus has infected 1,024 people so far.', '1,024', { kind: 'count', low: 1024, qualifier: 'exact', noun: 'people', precision: 1 }),
  q('Eleven climbers were rescued from the glacier.', 'Eleven', { kind: 'count', low: 11, qualifier: 'exact', noun: 'climber' }),
  q('Voters elected 45 women to the regional assembly.', '45', { kind: 'count', low: 45, qualifier: 'exact', noun: 'woman' }),
  q('The company cut 1,500 jobs after a poor winter.', '1,500', { kind: 'count', low: 1500, qualifier: 'exact', noun: 'job' }),

  // Approximations.
  q('Some 4,000 volunteers filled sandbags along the river.', '4,000', { kind: 'count', low: 4000, qualifier: 'approx', noun: 'volunteer' }),
  q('Some 4,000 volunteers worked along the river overnight.', '4,000', { kind: 'count', low: 4000, qualifier: 'approx', noun: 'volunteer' }),
  q('About 600 people were evacuated from the coastal villages.', '600', { kind: 'count', low: 600, qualifier: 'approx', noun: 'people', precision: 100 }),
  q('Around 9,500 fans watched the final in the rain.', '9,500', { kind: 'count', low: 9500, qualifier: 'approx', noun: 'fan' }),
  q('Approximately 15,000 nurses joined the strike.', '15,000', { kind: 'count', low: 15000, qualifier: 'approx', noun: 'nurse' }),
  q('An estimated 2,300 cattle drowned when the dam gave way.', '2,300', { kind: 'count', low: 2300, qualifier: 'approx', noun: 'cattle' }),
  q('Roughly 700 shops stayed shut during the protest.', '700', { kind: 'count', low: 700, qualifier: 'approx', noun: 'shop' }),
  q('Nearly 3,000 students sat the delayed exam.', '3,000', { kind: 'count', low: 3000, qualifier: 'approx', noun: 'student' }),
  q('Turnout was closer to 40,000 voters than the party had hoped.', '40,000', { kind: 'count', low: 40000, qualifier: 'approx', noun: 'voter' }),
  q('The charity distributed nearly 2 million meals.', '2 million', { kind: 'count', low: 2e6, qualifier: 'approx', noun: 'meal' }),
  q('Fuel prices rose just shy of 60% over the year.', 'just shy of 60%', { kind: 'percent', low: 60, qualifier: 'approx', noun: null }),
  // "the best part of": most of it, a hedge from below; "part" is the hedge's word, not what is counted.
  q('Her statement lasted the best part of 80 minutes.', 'the best part of 80 minutes', { kind: 'duration', low: 80, qualifier: 'approx', unit: 'minute', noun: null }),
  q('They can afford to lose no more than five votes.', 'no more than five votes', { kind: 'count', low: 5, qualifier: 'at-most', noun: 'vote', projection: true }),
  q('He won the stage with a time of two hours, 56 minutes, and 13 seconds.', 'two hours, 56 minutes, and 13 seconds', { kind: 'duration', low: 10573, qualifier: 'exact', unit: 'second', precision: 1, noun: 'time' }),
  q('The fighters marched to within 150 miles of the capital.', 'within 150 miles of the capital', { kind: 'measure', low: 150, qualifier: 'at-most', unit: 'mile', precision: 10, noun: 'capital' }),
  // A list of figures, each opening its line before a colon: the figure counts what the colon brings in.
  q('The day in numbers:\n\n138: Royal Navy sailors.', '138: Royal Navy sailors', { kind: 'count', low: 138, qualifier: 'exact', noun: 'sailor' }),
  q('The day in numbers:\n\n2,000: Number of guests at Westminster Abbey.', '2,000: Number of guests', { kind: 'count', low: 2000, qualifier: 'exact', noun: 'guest' }),
  q('The result was 3: a draw that pleased nobody.', '3', { kind: 'count', low: 3, qualifier: 'exact', noun: 'result' }),
  q('Investigators interviewed 5,000 or so witnesses.', '5,000', { kind: 'count', low: 5000, qualifier: 'approx', noun: 'witness' }),

  // Lower bounds.
  q('At least 120 patients were admitted with cholera symptoms.', '120', { kind: 'count', low: 120, qualifier: 'at-least', noun: 'patient' }),
  q('No fewer than 90 schools stayed closed.', '90', { kind: 'count', low: 90, qualifier: 'at-least', noun: 'school' }),
  q('The epidemic has killed 600 or more villagers.', '600', { kind: 'count', low: 600, qualifier: 'at-least', noun: 'villager' }),
  // The ages of a group from or up to a line.
  q('The Marendi trial enrolled people aged 45 and over.', '45', { kind: 'count', low: 45, qualifier: 'at-least' }),
  q('The Marendi trial enrolled people ages 45 or older.', '45', { kind: 'count', low: 45, qualifier: 'at-least' }),
  q('The Kestrel ticket costs $5 or less.', '$5', { kind: 'money', low: 5, qualifier: 'at-most', unit: 'USD' }),
  // Not "and" that opens a figure of its own: "and over 100" is a bound on the 100.
  q('Five people died in Marendi and over 100 were injured.', 'Five', { kind: 'count', low: 5, qualifier: 'exact' }),
  q('More than 6,000 workers marched on the ministry.', '6,000', { kind: 'count', low: 6000, qualifier: 'more-than', noun: 'worker' }),
  q('Police detained more than 1,000 demonstrators overnight.', '1,000', { kind: 'count', low: 1000, qualifier: 'more-than', noun: 'demonstrator' }),
  q('Over 800 homes lost power after the storm.', '800', { kind: 'count', low: 800, qualifier: 'more-than', noun: 'home' }),
  q('Upwards of 20,000 supporters gathered in the square.', '20,000', { kind: 'count', low: 20000, qualifier: 'more-than', noun: 'supporter' }),
  q('The marathon drew 15,000-plus runners despite the heat.', '15,000', { kind: 'count', low: 15000, qualifier: 'more-than', noun: 'runner' }),

  // Upper bounds.
  q('The stadium can hold at most 45,000 spectators.', '45,000', { kind: 'count', low: 45000, qualifier: 'at-most', noun: 'spectator' }),
  q('Fewer than 300 delegates attended the summit.', '300', { kind: 'count', low: 300, qualifier: 'less-than', noun: 'delegate' }),
  q('Under 50 ventilators remain in the regional hospital.', '50', { kind: 'count', low: 50, qualifier: 'less-than', noun: 'ventilator' }),
  q('The agency will hire up to 400 inspectors.', '400', { kind: 'count', low: 400, qualifier: 'at-most', noun: 'inspector', projection: true }),
  q('Riot police arrested as many as 150 protesters.', '150', { kind: 'count', low: 150, qualifier: 'at-most', noun: 'protester' }),
  q('Fewer than 12,000 people were vaccinated last month.', '12,000', { kind: 'count', low: 12000, qualifier: 'less-than', noun: 'people' }),

  // Ranges.
  q('Between 10,000 and 12,000 troops were sent to the border.', '10,000', { kind: 'count', low: 10000, high: 12000, qualifier: 'range', noun: 'troop' }),
  q('Police estimated that 10,000–12,000 demonstrators marched through the capital.', '10,000–12,000', { kind: 'count', low: 10000, high: 12000, qualifier: 'range', noun: 'demonstrator' }),
  q('The league expects 25,000-30,000 spectators at the derby.', '25,000-30,000', { kind: 'count', low: 25000, high: 30000, qualifier: 'range', noun: 'spectator', projection: true }),
  q('Rescuers worked in shifts of from 5 to 7 divers.', '5 to 7', { kind: 'count', low: 5, high: 7, qualifier: 'range', noun: 'diver' }),
  q('Between 1.2 and 1.5 million people lack clean water after the floods.', '1.2', { kind: 'count', low: 1.2e6, high: 1.5e6, qualifier: 'range', noun: 'people' }),

  // Scales and number words.
  q('The province has 1.28 million registered voters.', '1.28 million', { kind: 'count', low: 1.28e6, qualifier: 'exact', noun: 'voter', precision: 10000 }),
  q('The campaign raised 15k signatures in a week.', '15k', { kind: 'count', low: 15000, qualifier: 'exact', noun: 'signature' }),
  q('The ministry promised $2.5bn for reconstruction.', '$2.5bn', { kind: 'money', low: 2.5e9, qualifier: 'exact', unit: 'USD' }),
  q('Twelve thousand households lost their harvest.', 'Twelve thousand', { kind: 'count', low: 12000, qualifier: 'exact', noun: 'household' }),
  q('A dozen ambulances waited outside the stadium.', 'dozen', { kind: 'count', low: 12, qualifier: 'exact', noun: 'ambulance' }),
  q('Several thousand farmers blocked the motorway.', 'Several thousand', { kind: 'count', low: 2000, high: 9999, qualifier: 'vague', noun: 'farmer' }),
  q('Thousands of residents fled the fire.', 'Thousands', { kind: 'count', low: 2000, high: 9999, qualifier: 'vague', noun: 'resident' }),
  q('Dozens of families slept in the school gym.', 'Dozens', { kind: 'count', low: 24, high: 199, qualifier: 'vague', noun: 'family' }),
  q('The airline carried 2.1 million passengers in the quarter.', '2.1 million', { kind: 'count', low: 2.1e6, qualifier: 'exact', noun: 'passenger' }),

  // Thousands separated by spaces and continental dots.
  q('The census recorded 1 200 000 residents in the delta.', '1 200 000', { kind: 'count', low: 1.2e6, qualifier: 'exact', noun: 'resident' }),
  q('The city registered 1.280.000 voters in the spring.', '1.280.000', { kind: 'count', low: 1.28e6, qualifier: 'exact', noun: 'voter' }),
  // Indian grouping: lakh and crore, pairs of digits above the thousands.
  q('The minister won the seat by 1,52,513 votes.', '1,52,513', { kind: 'count', low: 152513, qualifier: 'exact', noun: 'vote' }),
  q('The scheme reached 1,23,45,678 farmers last year.', '1,23,45,678', { kind: 'count', low: 12345678, qualifier: 'exact', noun: 'farmer' }),

  // Percentages.
  q('The opposition won 40% of the vote.', '40%', { kind: 'percent', low: 40, qualifier: 'exact' }),
  q('Inflation rose to 4.5 percent in the third quarter.', '4.5 percent', { kind: 'percent', low: 4.5, qualifier: 'exact' }),
  q('Unemployment fell by 12 per cent among young people.', '12 per cent', { kind: 'percent', low: 12, qualifier: 'exact' }),
  q('Sales climbed 14.5% in the first half.', '14.5%', { kind: 'percent', low: 14.5, qualifier: 'exact' }),
  q('Turnout fell to 61.3 per cent, the lowest since records began.', '61.3', { kind: 'percent', low: 61.3, qualifier: 'exact' }),

  // Money.
  q('The company reported profits of $340 million for the year.', '$340 million', { kind: 'money', low: 340e6, qualifier: 'exact', unit: 'USD' }),
  q('The fund received €75 million from the regional bank.', '€75 million', { kind: 'money', low: 75e6, qualifier: 'exact', unit: 'EUR' }),
  q('The club paid £12 million for the striker.', '£12 million', { kind: 'money', low: 12e6, qualifier: 'exact', unit: 'GBP' }),
  q('The budget allocates €3.2bn to hospitals.', '€3.2bn', { kind: 'money', low: 3.2e9, qualifier: 'exact', unit: 'EUR' }),
  q('Revenue grew by 8% to £410 million.', '£410 million', { kind: 'money', low: 410e6, qualifier: 'exact', unit: 'GBP' }),
  q('The council spent USD 4 million on flood barriers.', '4 million', { kind: 'money', low: 4e6, qualifier: 'exact', unit: 'USD' }),
  // A currency named with its country: "Swiss francs" is money, not a count of francs, and "Hong Kong dollars" are no US dollars.
  q('The council guaranteed well beyond the 50 billion Swiss francs (US$54 billion) figure announced.', '50 billion Swiss francs', { kind: 'money', low: 5e10, qualifier: 'exact', unit: 'CHF' }),
  q('Each flat sold for about 5 million Hong Kong dollars last year.', '5 million Hong Kong dollars', { kind: 'money', low: 5e6, qualifier: 'approx', unit: 'HKD' }),
  q('The utility paid 3 billion rand to the treasury.', '3 billion rand', { kind: 'money', low: 3e9, qualifier: 'exact', unit: 'ZAR' }),
  q('Supporters donated 2,500 euros to the clinic.', '2,500', { kind: 'money', low: 2500, qualifier: 'exact', unit: 'EUR' }),
  q('The firm posted a loss of €1.2 billion.', '€1.2 billion', { kind: 'money', low: 1.2e9, qualifier: 'exact', unit: 'EUR' }),
  q('The regulator could fine the bank up to $80 million.', '$80 million', { kind: 'money', low: 80e6, qualifier: 'at-most', unit: 'USD', projection: true }),

  // Measures.
  q('The levee stretches for 14 km along the river.', '14 km', { kind: 'measure', low: 14, qualifier: 'exact', unit: 'km' }),
  q('Farmers lost 3,200 tonnes of grain to the floodwaters.', '3,200', { kind: 'measure', low: 3200, qualifier: 'exact', unit: 'tonne' }),
  q('Rainfall reached 250 mm in a single night.', '250', { kind: 'measure', low: 250, qualifier: 'exact', unit: 'mm' }),
  q('The river rose 3 metres overnight.', '3 metres', { kind: 'measure', low: 3, qualifier: 'exact', unit: 'm' }),
  q('The storm dumped 40 centimetres of snow.', '40', { kind: 'measure', low: 40, qualifier: 'exact', unit: 'cm' }),

  // Durations.
  q('The strike lasted three months before a deal was reached.', 'three months', { kind: 'duration', low: 3, qualifier: 'exact', unit: 'month' }),
  q('The tournament lasted 10 days.', '10 days', { kind: 'duration', low: 10, qualifier: 'exact', unit: 'day' }),
  q('The ceasefire held for six weeks.', 'six weeks', { kind: 'duration', low: 6, qualifier: 'exact', unit: 'week' }),
  q('It took rescuers 36 hours to reach the village.', '36 hours', { kind: 'duration', low: 36, qualifier: 'exact', unit: 'hour' }),

  // Increments and projections.
  q('The jury asked for 30 more minutes to fill out the forms.', '30 more minutes', { kind: 'duration', low: 30, qualifier: 'exact', unit: 'minute', increment: true }),
  q('The government sent 3,000 more personnel to the flooded districts.', '3,000', { kind: 'count', low: 3000, qualifier: 'exact', noun: 'personnel', increment: true }),
  q('The army deployed another 500 engineers to the dam.', '500', { kind: 'count', low: 500, qualifier: 'exact', noun: 'engineer', increment: true }),
  q('An additional 200 doctors arrived from the capital.', '200', { kind: 'count', low: 200, qualifier: 'exact', noun: 'doctor', increment: true }),
  q('The ministry will send 2,000 firefighters next week.', '2,000', { kind: 'count', low: 2000, qualifier: 'exact', noun: 'firefighter', projection: true }),
  q('The ministry will send 2,000 firefighters to the burning hills.', '2,000', { kind: 'count', low: 2000, qualifier: 'exact', noun: 'firefighter', projection: true }),
  q('The government is expected to approve 5,000 new visas.', '5,000', { kind: 'count', low: 5000, qualifier: 'exact', noun: 'visa', projection: true }),
  q('The federation plans to build 12 new stadiums.', '12', { kind: 'count', low: 12, qualifier: 'exact', noun: 'stadium', projection: true }),

  // Ages: a bare whole number that a named person is or was is that person's age, not a count of the name.
  q('Talvor is 28 and already has three titles.', '28', { kind: 'count', low: 28, qualifier: 'exact', noun: 'age' }),
  q('He was 37 when he won the award a third time.', '37', { kind: 'count', low: 37, qualifier: 'exact', noun: 'age' }),
  // Not a name after "the": "the red Talvor was 10" names a thing (a ball drawn), not a person.
  q('The numbers drawn were 4, 19 and 33, and the red Talvor was 10.', '10', { kind: 'count', low: 10, qualifier: 'exact', noun: null }),

  // Ordinals.
  q('It was the third meeting between the two unions this year.', 'third', { kind: 'ordinal', low: 3, qualifier: 'exact', noun: 'meeting' }),
  // An ordinal of a run is its length, counted: "its fifth title in a row" is five titles in a row.
  q('The team won its fifth title in a row.', 'fifth', { kind: 'count', low: 5, qualifier: 'exact', noun: 'title', run: true }),
  q('The bank reached its 17th straight unanimous decision in July.', '17th', { kind: 'count', low: 17, qualifier: 'exact', noun: 'decision', run: true }),
  q('Prices rose for three consecutive months.', 'three', { kind: 'count', low: 3, qualifier: 'exact', noun: 'month', run: true }),
  // A length covered without a break is that length, not a run of things.
  q('The tornado stayed on the ground for 227 straight miles.', '227', { kind: 'measure', low: 227, qualifier: 'exact', unit: 'mile', noun: null }),
  q('Decisions were unanimous at the previous 16 meetings.', '16', { kind: 'count', low: 16, qualifier: 'exact', noun: 'meeting', run: true }),
  q('The club has won 16 league titles since 1990.', '16', { kind: 'count', low: 16, qualifier: 'exact', noun: 'title' }),

  // Not counts.
  none('One passenger train derailed and its coaches were struck by an incoming train on Friday.', '"one" set beside another of the same thing picks one, it does not count', 1),
  none('The dam was completed in 2019 after years of delay.', 'a year after "in"', 2019),
  none('Ministers signed the 2024 treaty on water sharing.', 'a year before a noun', 2024),
  none('Talvor answered a field goal by the 49ers to start overtime.', 'digits with "-ers" against them name a team, as a word does', 49),
  none('Veterans of World War II laid wreaths at the memorial.', 'a name', 2),
  none('The museum marked the end of World War Two with a parade.', 'a name', 2),
  none('Engineers compared the launch to Apollo 11.', 'a name', 11),
  // A scale after the number makes an amount of it, whatever name stands before ("iPhone 15 Pro" has none).
  q('The European Commission fines Talvor 1.8bn euros over its practices.', '1.8bn', { kind: 'money', low: 1.8e9, qualifier: 'exact', unit: 'EUR' }),
  // After a verb of change, "X to Y" is the change and the level reached, not a range.
  q('Brent crude rose $2.15 to $84.30 a barrel on Friday.', '$84.30', { kind: 'money', low: 84.3, qualifier: 'exact', unit: 'USD' }),
  q('Talvor shares fell by 3% to 120p in London.', '3%', { kind: 'percent', low: 3, qualifier: 'exact' }),
  // A unit that kept the sentence's full stop ends the sentence: the next one's subject is not what
  // it counts; the level the shares fell to is theirs.
  q('Talvor shares fell by 3% to 120p. Repairs will take a year.', '120p', { kind: 'money', low: 1.2, qualifier: 'exact', unit: 'GBP', noun: 'share' }),
  // Cents glued to the figure, as a price of something; "35c" alone may be a temperature.
  q('Talvor earned 58c a share in the quarter.', '58c', { kind: 'money', low: 0.58, qualifier: 'exact', unit: 'USD' }),
  // A magnitude as seismologists write it ("M6.8"), which wink cuts at the point.
  q('The quake, measuring M6.8, struck near Marendi at dawn.', 'M6.8', { kind: 'measure', low: 6.8, qualifier: 'exact', unit: 'magnitude' }),
  // A per cent after the number: an amount, in a headline written in capitals too.
  q("Talvor's Profits Plunge 44% After Big Price Cuts", '44%', { kind: 'percent', low: 44, qualifier: 'exact' }),
  // Gapping: "and the Tories 121" is 121 seats, the verb and noun of "had 412 seats" left out.
  q('Labour had 412 seats and the Tories 121, the worst result in the party’s history.', '121', { kind: 'count', low: 121, qualifier: 'exact', noun: 'seat' }),
  // So does a comparison, past the name's possessive.
  q('On Friday, Talvor Air canceled about 1,200 flights compared to Okafor Air’s 649.', '649', { kind: 'count', low: 649, qualifier: 'exact', noun: 'flight' }),
  none('Engineers flew Gemini 4 and Apollo 11 crews to the station.', 'a name after "and", with no count before it', 11),
  // A fraction written without its nought ("by .005 seconds"): wink cuts the point off.
  q('Lind won the Olympic final by .005 seconds on Sunday.', '.005', { kind: 'duration', low: 0.005, qualifier: 'exact', unit: 'second' }),
  // "m" before one thing named in the singular is metres; millions count things or are money.
  q('Lind became the first 100m champion from Marendi.', '100m', { kind: 'measure', low: 100, qualifier: 'exact', unit: 'm' }),
  q('The network now reaches 2m people in Marendi.', '2m', { kind: 'count', low: 2e6, qualifier: 'exact' }),
  none('1. Introduction\nThe report covers the floods of the spring.', 'a list marker', 1),
  none('One of the most damaging storms in decades hit the coast.', '"one of the most"', 1),
  none('The party dominated local politics in the 1990s.', 'a decade', 1990),

  // Dates.
  // wink reads "June 13 to Wednesday" as a duration: its first day is a date, not a count.
  date('The boat sank overnight from Tuesday June 13 to Wednesday June 14 off the coast.', 'June 13', { type: 'absolute', month: 6, day: 13 }),
  none('The boat sank overnight from Tuesday June 13 to Wednesday June 14 off the coast.', 'the day of a date wink reads as part of a duration', 13),
  date('The labourers have been trapped since Nov. 12 when a landslide struck.', 'since Nov. 12', { type: 'absolute', month: 11, day: 12 }),
  // Months as papers abbreviate them, which wink does not read ("Sept."), and a year after a comma.
  date('The phones will be available in stores Sept. 22, with preorders beginning Friday.', 'Sept. 22', { type: 'absolute', month: 9, day: 22 }),
  date('Workers have been on strike since Sept 15 at three plants.', 'Sept 15', { type: 'absolute', month: 9, day: 15 }),
  date('The worst crash happened on Sept. 1, 1983, when a jet was shot down.', 'Sept. 1, 1983', { type: 'absolute', year: 1983, month: 9, day: 1 }),
  none('The phones will be available in stores Sept. 22, with preorders beginning Friday.', 'the day of an abbreviated month', 22),
  // Days before their month that wink leaves out or cuts; a month is written with a capital.
  date('The strike began on the 3rd of March, the union said.', 'the 3rd of March', { type: 'absolute', month: 3, day: 3 }),
  date('The summit was held on 12-13 June in the capital.', '12-13 June', { type: 'absolute', month: 6, day: 12, dayTo: 13 }),
  date('The festival runs from 5 to 9 August this year.', '5 to 9 August', { type: 'absolute', month: 8, day: 5, dayTo: 9 }),
  date('Officials granted full approval to the drug in late June, clearing the way for coverage.', 'late June', { type: 'absolute', month: 6, day: 21, dayTo: 30, part: 'late' }),
  date('The breach was disclosed in early October 2023.', 'early October 2023', { type: 'absolute', year: 2023, month: 10, day: 1, dayTo: 10, part: 'early' }),
  date('Protests have grown since mid-January in every city.', 'mid-January', { type: 'absolute', month: 1, day: 11, dayTo: 20, part: 'mid' }),
  none('The summit was held on 12-13 June in the capital.', 'a day of a month is not a count', 12),
  q('Up to 3 may die in the heat, officials said.', 'Up to 3', { kind: 'count', low: 3, qualifier: 'at-most' }),
  date('Voting closed on Friday after a long queue.', 'Friday', { type: 'weekday', weekday: 5 }),
  // wink reads "until January 21" as a duration: it is a date, a deadline.
  date('She now has until January 21 to set out a new plan.', 'January 21', { type: 'absolute', month: 1, day: 21 }),
  date('The bridge reopened on Monday morning.', 'Monday', { type: 'weekday', weekday: 1 }),
  date('Protesters returned to the streets on Tuesday.', 'Tuesday', { type: 'weekday', weekday: 2 }),
  date('The outbreak was declared on 12 March 2019 by health officials.', '12 March 2019', { type: 'absolute', year: 2019, month: 3, day: 12 }),
  date('The treaty was signed on 3 June 2021 in Geneva.', '3 June 2021', { type: 'absolute', year: 2021, month: 6, day: 3 }),
  date('The factory closed in October 2023 after losses.', 'October 2023', { type: 'absolute', year: 2023, month: 10 }),
  date('The minister resigned in September 2022 over the budget.', 'September 2022', { type: 'absolute', year: 2022, month: 9 }),
  date('The mayor announced the plan last October.', 'last October', { type: 'relative', month: 10, offset: -1 }),
  date('The new stadium will open in the fall of 2024.', 'fall of 2024', { type: 'absolute', year: 2024, season: 'fall' }),

  // Quotations.
  // "According to" names who the words came through: past wink's reading of "police" as a verb,
  // and the body behind a statement.
  // A speaker named by role after "said": the role, or the body spoken for.
  // Two apostrophes stand for a closing double mark (as in some wire copy).
  quote(`Granholm said the breakthrough "will go down in the history books.'' Officials cheered.`, 'will go down in the history books.', null),
  // A copy that mixes curly and straight marks: each closes with the other style's mark.
  quote('“For better or worse, we are all living in his world," said Murphy in his speech. "I would like to dedicate this to the peacemakers.”', 'For better or worse, we are all living in his world,', /Murphy/),
  quote('“For better or worse, we are all living in his world," said Murphy in his speech. "I would like to dedicate this to the peacemakers.” Then he left.', 'I would like to dedicate this to the peacemakers.', /Murphy/),
  quote('"We are ready for the storm," said the ministry spokesman.', 'We are ready for the storm,', /^ministry spokesman$/),
  // A double prime set for an opening mark, as some copy systems write one; not a measure in inches.
  quote('″Thank you everyone associated with Talvor and the fans for everything over the last three years,” Kestrel said in a statement.', 'Thank you everyone associated with Talvor and the fans for everything over the last three years,', /Kestrel/),
  quote('"We are ready for the storm," said a spokesman for the ministry.', 'We are ready for the storm,', /^ministry$/),
  quote('According to police, "the situation in the city is under control".', 'the situation in the city is under control', /^police$/),
  quote('"We are ready to defend the border," according to a statement from the army.', 'We are ready to defend the border,', /^army$/),
  // The speaker set off by commas before the verb, past an age; verbs of posting and conceding.
  quote('The prime minister, Rishi Sunak, said: "This is a great day for the country."', 'This is a great day for the country.', /^Rishi Sunak$/),
  quote('"Nobody will be left behind," Smith, 54, said after the vote.', 'Nobody will be left behind,', /^Smith$/),
  quote('"The bird is freed at last," Musk tweeted.', 'The bird is freed at last,', /^Musk$/),
  // "he added" stands for a person: a name in capitals alone ("the IBF") is a body, passed over.
  quote('Tyson Fury was undecided about a rematch.\n\nAfterwards Fury, who gave up his WBC belt to Usyk who already held the IBF, WBA and WBO titles, said he would discuss it.\n\n"I\'m 36 in a few months," he added.', "I'm 36 in a few months,", /^Fury$/),
  // A quotation right after the short attribution of the one before it continues its speaker.
  quote('“It was a disaster,” said Mr Smith, a farmer. “We lost everything in one night.”', 'We lost everything in one night.', /Mr Smith/),
  quote('“The water came faster than anyone expected,” Governor Elena Varga said.', 'The water came faster than anyone expected,', /Elena Varga/),
  // A cut text: the quotation opens after a colon and its paragraph ends without a closing mark.
  quote('Responding to the defeat, Mrs May told the Commons: ‘The House has spoken and the government will listen.', 'The House has spoken and the government will listen'),
  quote('"We have counted every ballot twice," said Mirko Dalen, the election commissioner.', 'We have counted every ballot twice,', /Mirko Dalen/),
  // A quotation a verb of saying brings in runs to its paragraph's end when it never closes, and
  // its speaker is the name before the role set off by commas.
  quote('Lena Ortiz, the city council\'s chief of communications, said that “the bridge will reopen on Monday after inspections. Crews worked through the night.\n\nTraffic was diverted.', 'the bridge will reopen on Monday after inspections. Crews worked through the night', /^Lena Ortiz$/),
  quote("The deal was 'a betrayal of the workers' demands', the union leader Piet Holm said.", "a betrayal of the workers' demands", /Piet Holm/),
  quote("Residents described the clean-up as 'slow, chaotic and deaf to the farmers' pleas.'", "slow, chaotic and deaf to the farmers' pleas."),
  quote("The union leader said the deal was 'a betrayal of the workers' demands and their families' at the rally.", "a betrayal of the workers' demands and their families"),
  quote('‘The villagers’ wells are poisoned,’ said Hana Ruiz, a water engineer.', 'The villagers’ wells are poisoned,', /Hana Ruiz/),
  quote('«Nous ne reculerons pas», Mayor Claire Benoit told reporters outside the town hall.', 'Nous ne reculerons pas', /Claire Benoit/),
  quote('Coach Tomas Reyes told reporters, “We lost our shape after the red card.”', 'We lost our shape after the red card.', /Tomas Reyes/),
  quote('"We will not raise taxes this year," Prime Minister Oskar Lind told reporters.', 'We will not raise taxes this year,', /Oskar Lind/),
  quote('“Nobody will be left behind,” according to the relief coordinator Jonas Petrov.', 'Nobody will be left behind,', /Jonas Petrov/),
  quote('“The budget protects every pension,” Finance Minister Ruth Adler said on Tuesday.', 'The budget protects every pension,', /Ruth Adler/),
  quote('We will rebuild every home, the mayor said.', 'We will rebuild every home', /mayor/, true),
  quote('Our hospitals cannot cope with another wave, the health minister warned.', 'Our hospitals cannot cope with another wave', /health minister/, true),
  quote('You will see results by the summer, the chief executive told shareholders.', 'You will see results by the summer', /chief executive/, true),
  // "he said" stands for the nearest person named before, not a nearer place, outlet or cause.
  quote('Tariq Mahmmod, communications minister for Pakistan-controlled Kashmir, said more than 30,000 people died. "I have been informed by my department that more than 30,000 people have died in Kashmir," he told The Associated Press.', 'I have been informed by my department that more than 30,000 people have died in Kashmir,', /^Tariq Mahmmod$/),
  quote('President Andrés Manuel López Obrador of Mexico urged residents in Guerrero to brace for the storm.\n“Agree to move to shelters, stay in safe places,” he said.', 'Agree to move to shelters, stay in safe places,', /^Andrés Manuel López Obrador$/),
  quote('Abdel Fattah al-Sisi won 97 percent of the vote. In a victory speech, Sisi thanked voters in Cairo.\nHe promised “to continue my oath to be loyal in my work.”', 'to continue my oath to be loyal in my work.', /^Sisi$/),
  // Paragraphs that each open with a mark and never close: each is quoted.
  quote('“We were 2-0 down and could have lost 3-0.\n“I don’t want to take anything away from them. They put in a good performance.\nThe coach then left.', 'I don’t want to take anything away from them. They put in a good performance'),
  quote('“Cancelling a flight is always a last resort,” he says. ”The technology issue occurred on the busiest travel weekend of the summer.\nOther airlines rebounded.', 'The technology issue occurred on the busiest travel weekend of the summer'),
  quote('MPs rejected the Brexit plan by 230 votes. “The House has spoken and the Government will listen,” she said.', 'The House has spoken and the Government will listen,', /^\(none\)$/),
  // Past an aside in brackets to the subject of "told"; what "told" takes after it is the listener.
  quote('“The continuing decline in the birth rate is a critical situation,” a Talvor ministry official (in charge of the data), told the press.', 'The continuing decline in the birth rate is a critical situation,', /ministry official/),
];

function quantityCase(text: string, figure: string, exp: Q): void {
  const claims = extractClaims(text, 'doc.txt').claims.filter((c): c is QuantityClaim => c.kind === 'quantity');
  const c = claims.find((x) => x.text.includes(figure));
  assert.ok(c, `no quantity claim holds ${JSON.stringify(figure)}; got ${JSON.stringify(claims.map((x) => x.text))}`);
  const want: Record<string, unknown> = {
    kind: exp.kind,
    low: exp.low,
    high: exp.high ?? exp.low,
    qualifier: exp.qualifier,
    unit: exp.unit,
    increment: exp.increment ?? false,
    projection: exp.projection ?? false,
    run: exp.run ?? false,
  };
  const got: Record<string, unknown> = {
    kind: c.quantity.kind,
    low: c.quantity.low,
    high: c.quantity.high,
    qualifier: c.quantity.qualifier,
    unit: c.quantity.unit,
    increment: !!c.context.increment,
    projection: !!c.context.projection,
    run: !!c.context.run,
  };
  if (exp.noun !== undefined) {
    want.noun = exp.noun ?? undefined;
    got.noun = c.context.noun;
  }
  if (exp.precision !== undefined) {
    want.precision = exp.precision;
    got.precision = c.quantity.precision;
  }
  // Figures are compared with a tolerance for float scaling (1.28 * 1e6).
  for (const k of ['low', 'high'] as const) {
    if (typeof got[k] === 'number' && Math.abs((got[k] as number) - (want[k] as number)) < 1e-6 * Math.max(1, Math.abs(want[k] as number))) got[k] = want[k];
  }
  assert.deepStrictEqual(got, want);
  assert.equal(text.slice(c.span.start, c.span.end), c.text);
}

/** The first figure of the text whose words hold `figure`. */
const figureIn = (text: string, figure: string) => extractClaims(text, 'doc.txt').claims.find((c): c is QuantityClaim => c.kind === 'quantity' && c.text.includes(figure));
/** The deeds of the first date whose words hold `day`. */
const eventsOf = (text: string, day: string) => extractClaims(text, 'doc.txt').claims.find((c): c is DateClaim => c.kind === 'date' && c.text.includes(day))?.context.events;

describe('extract: phrasings', () => {
  for (const k of CASES) {
    if ('q' in k) {
      it(`quantity: ${k.text}`, () => quantityCase(k.text, k.figure, k.q));
    } else if ('noCount' in k) {
      it(`not a count (${k.why}): ${JSON.stringify(k.text)}`, () => {
        const claims = extractClaims(k.text, 'doc.txt').claims.filter((c): c is QuantityClaim => c.kind === 'quantity');
        const bad = claims.filter((c) => k.noCount.some((v) => c.quantity.low === v || c.quantity.high === v));
        assert.deepStrictEqual(bad.map((c) => `${c.text} → ${JSON.stringify(c.quantity)}`), []);
      });
    } else if ('d' in k) {
      it(`date: ${k.text}`, () => {
        const dates = extractClaims(k.text, 'doc.txt').claims.filter((c): c is DateClaim => c.kind === 'date');
        const c = dates.find((x) => x.text.includes(k.date));
        assert.ok(c, `no date claim holds ${JSON.stringify(k.date)}; got ${JSON.stringify(dates.map((x) => x.text))}`);
        const got: Record<string, unknown> = {};
        for (const key of Object.keys(k.d)) got[key] = (c.date as unknown as Record<string, unknown>)[key];
        assert.deepStrictEqual(got, k.d);
      });
    } else {
      it(`quote: ${k.text}`, () => {
        // The row's quotation is the last in its text: those before it set the scene.
        const all = extractClaims(k.text, 'doc.txt').claims.filter((c): c is QuoteClaim => c.kind === 'quote');
        const quotes = all.filter((q) => q.quoted.includes(k.quote.trim()) || k.quote.includes(q.quoted.trim()));
        assert.equal(quotes.length, 1, `expected one quotation, got ${JSON.stringify(all.map((x) => x.text))}`);
        const c = quotes[0];
        assert.equal(c.quoted.trim(), k.quote.trim());
        assert.equal(!!c.unmarked, !!k.unmarked);
        assert.equal(text(k.text, c), c.text);
        if (k.speaker) assert.match(c.speaker ?? '(none)', k.speaker);
      });
    }
  }

  it('a number that ends a name is no date, and dates no figure ("Flight 1282")', () => {
    const claims = extractClaims('Alaska Airlines Flight 1282, a Boeing 737-9 MAX, departed for Ontario at 5:07 p.m., according to FlightAware.', 'doc.txt').claims;
    assert.deepStrictEqual(claims.filter((c) => c.kind === 'date').map((c) => c.text), []);
    const time = claims.find((c): c is QuantityClaim => c.kind === 'quantity' && c.text.includes('5:07'));
    assert.equal(time?.context.time, undefined);
  });

  it('a year that opens the sentence dates its figure past nouns joined by "and" ("In 2008, … the largest savings and loans bank at the time, held $309 billion"), not past a predicate of its own', () => {
    const timeOf = (text: string, t: string) => extractClaims(text, 'doc.txt').claims.find((c): c is QuantityClaim => c.kind === 'quantity' && c.text.includes(t))?.context.time;
    assert.equal(timeOf('In 2008, Talvor Bank, the largest savings and loans bank at the time, held roughly $309 billion in assets.', '309'), 'In 2008');
    assert.equal(timeOf('The ship was built in 2015 and is 300 metres long.', '300'), undefined);
  });

  it('a time after a later figure that a verb of its own sets against the first, in digits or in words, is that figure\'s', () => {
    const timeOf = (text: string, t: string) => extractClaims(text, 'doc.txt').claims.find((c): c is QuantityClaim => c.kind === 'quantity' && c.text.includes(t))?.context.time;
    const text = 'Okafor was re-elected in Marendi with a far lower margin of 152,300 votes, compared with nearly half a million votes five years ago.';
    assert.equal(timeOf(text, '152,300'), undefined);
    assert.equal(timeOf(text, 'half a million'), 'five years ago');
  });

  it('a time is the nearest in the figure\'s clause, and a time in another clause with a figure of its own is that figure\'s', () => {
    const claims = extractClaims('The outage that started late on Thursday forced Talvor Air to scrap 1,250 flights yesterday. It grounded nearly 3,000 more flights over the weekend, and early Monday had already canceled 700 more flights.', 'doc.txt').claims;
    const timeOf = (t: string) => claims.find((c): c is QuantityClaim => c.kind === 'quantity' && c.text.includes(t))?.context.time;
    assert.equal(timeOf('1,250'), 'yesterday');
    assert.equal(timeOf('3,000'), undefined);
    assert.match(timeOf('700') ?? '', /Monday/);
  });

  it('a time just after "and" that opens a clause whose verb states a figure of its own is that figure\'s ("another 1,300 flights, and today, it\'s canceled another 600")', () => {
    const timeOf = (text: string, t: string) => extractClaims(text, 'doc.txt').claims.find((c): c is QuantityClaim => c.kind === 'quantity' && c.text.includes(t))?.context.time;
    const text = 'Talvor Air canceled another 1,300 flights, and today, it has already canceled another 600.';
    assert.equal(timeOf(text, '1,300'), undefined);
    assert.equal(timeOf(text, '600'), 'today');
    assert.equal(timeOf('The bombing over the sea killed 115 people, and the 1989 crash in Tripoli left 80 dead.', '115'), undefined);
    // A time after "and" with no figure after it is still the clause's: "… 30 people and injured them on Tuesday".
    assert.equal(timeOf('Police arrested 30 people and on Tuesday charged them.', '30'), 'on Tuesday');
  });

  it('"according to" names a source, not a deed the figure took part in ("left … at 4:52 p.m. Pacific Standard Time, according to FlightAware")', () => {
    const text = 'Alaska Airlines Flight 1282 left Portland International Airport at 4:52 p.m. Pacific Standard Time, according to the public flight tracking website FlightAware.';
    const time = extractClaims(text, 'doc.txt').claims.find((c): c is QuantityClaim => c.kind === 'quantity' && c.text.includes('4:52'));
    assert.ok(time, 'no claim for the time');
    assert.deepEqual(time.context.events.filter((e) => e.startsWith('accord')), []);
  });
  it('a time that opens its line before a colon stamps a live report\'s entry ("2.21 pm: July 19 – …"): no claim; one inside a sentence is', () => {
    const times = (text: string) => extractClaims(text, 'doc.txt').claims.filter((c) => c.kind === 'quantity' && c.quantity.kind === 'time').map((c) => c.text);
    assert.deepEqual(times('Live updates\n\n2.21 pm: July 19 – The agency confirmed a new record temperature in Marendi.\n'), []);
    assert.deepEqual(times('The agency confirmed the record at 2.21 pm: the mercury hit 40C in Marendi.\n'), ['2.21 pm']);
  });
  it('a time after "as of" is the moment a count was read ("As of 7.25pm AEDT, … 55-45"): no claim of its own, and its figures are counts so far', () => {
    const claims = extractClaims('As of 7.25pm AEDT, with more than two million votes counted, the No vote led 55-45 in Marendi.\n', 'doc.txt').claims;
    assert.deepEqual(claims.filter((c) => c.kind === 'quantity' && c.quantity.kind === 'time').map((c) => c.text), []);
    assert.equal(claims.find((c): c is QuantityClaim => c.kind === 'quantity' && c.text.includes('two million'))?.context.asOf, true);
    const times = (text: string) => extractClaims(text, 'doc.txt').claims.filter((c) => c.kind === 'quantity' && c.quantity.kind === 'time').map((c) => c.text);
    assert.deepEqual(times('As of 7pm (0900 GMT), 55 people had died in Marendi.\n'), []);
    assert.deepEqual(times('Green called the result at 7:25pm AEDT in Marendi.\n'), ['7:25pm AEDT']);
  });
  it('a day dates every deed of its clause ("22 were killed and 50 wounded on Wednesday"), not those of a relative clause of a saying ("a man who they say killed 18 people")', () => {
    assert.deepEqual(eventsOf('At least 22 people were killed and 50 to 60 wounded on Wednesday in mass shootings in Marendi.', 'Wednesday'), ['wound']);
    assert.deepEqual(eventsOf('Authorities carried out a massive search Thursday for a man who they say killed 18 people and wounded 13 at a bowling alley in Marendi.', 'Thursday'), ['carry']);
  });
  it('a day just after a verb of "to" dates that verb\'s deed, not the deed of the verb the "to" depends on ("ordered the release to occur Monday", "agreed to meet on Tuesday")', () => {
    assert.deepEqual(eventsOf('The governor ordered the release of the gas to occur Monday afternoon.', 'Monday'), ['occur']);
    assert.deepEqual(eventsOf('The two leaders agreed to meet on Tuesday in Marendi.', 'Tuesday'), ['meet']);
  });
  it('a day just after a noun of harm that a determiner or a possessive opens dates that harm ("following her death in 1962"), not the deeds of its clause', () => {
    assert.deepEqual(eventsOf('The portraits Okafor made of the actress following her death in 1962 became famous.', '1962'), ['death']);
    assert.deepEqual(eventsOf('Okafor painted the portrait of the actress in 1962.', '1962'), ['paint']);
  });
  it('a time that opens its sentence, set off by a comma, dates the clause after it ("In April, Talvor was convicted"), not a saying or a plan', () => {
    assert.deepEqual(eventsOf('In April, Talvor was convicted by the Special Court for Marendi.', 'April'), ['convict']);
    assert.deepEqual(eventsOf('In April, Marendi confirmed that it had sent troops to the war.', 'April'), []);
    assert.deepEqual(eventsOf('And on Thursday, Talvor is expected to visit Marendi.', 'Thursday'), []);
  });
  it('a title in quotation marks does not end its clause ("nominated for “Talvor” in 2003"); a quotation after a comma does', () => {
    assert.deepEqual(eventsOf('The actor was previously nominated for “Talvor” in 2003.', '2003'), ['nominate']);
    assert.deepEqual(eventsOf('The actor was previously nominated for "Talvor Nights" in 2003.', '2003'), ['nominate']);
    assert.deepEqual(eventsOf('The actor was previously nominated, “for nothing at all”, in 2003.', '2003'), []);
    assert.deepEqual(eventsOf('The actor was previously nominated for “the best” in 2003.', '2003'), []);
  });
  it('what lasted is the subject of "to last" ("The trials lasted six years"); a duration with its unit in the singular qualifies the noun after it ("a 4 year trial")', () => {
    assert.equal(figureIn('The trials lasted six years and a panel of judges saw more than 115 witnesses.', 'six')?.context.noun, 'trial');
    assert.equal(figureIn('Rights groups praised the sentence, which came from a 4 year trial.', '4 year')?.context.noun, 'trial');
    assert.equal(figureIn('He served 4 years in prison.', '4 years')?.context.noun, undefined);
  });
  it('a number run into a name written in camel case ("23andMe") is part of the name; a unit run into a number is not ("5km", "$3M")', () => {
    const figures = (text: string) => extractClaims(text, 'doc.txt').claims.filter((c) => c.kind === 'quantity').map((c) => c.text);
    assert.deepEqual(figures('Genetic testing firm 23andMe said hackers accessed 14,000 accounts.'), ['14,000 accounts']);
    assert.deepEqual(figures('The firm raised $3M for a 5km race.'), ['$3M', '5km race']);
  });
  it('a hyphen set apart by spaces ends a clause as a dash does ("confirmed to have died - 17,388 of them in Marendi")', () => {
    const died = figureIn('Talvor said on Sunday that 19,136 people were confirmed to have died - 17,388 of them in Marendi where the quake was centred.', '19,136')?.context;
    assert.ok(died?.events.includes('die'), JSON.stringify(died?.events));
    assert.equal(died?.place, undefined);
  });
  it('a date in a relative clause set off by commas between a subject and its verb is the clause\'s ("The bridge, which opened in 1977, carried 30,000 vehicles")', () => {
    assert.equal(figureIn('The Talvor bridge, which opened in 1977, carried about 30,000 vehicles a day.', '30,000')?.context.time, undefined);
    assert.equal(figureIn('Okafor, who joined the company in 2019, said sales rose 12% last year.', '12%')?.context.time, 'last year');
    assert.equal(figureIn('The Talvor bridge carried about 30,000 vehicles a day in 1977.', '30,000')?.context.time, 'in 1977');
  });
  it('a share or an amount measures what is named before a place of one name or several ("Sales in the Marendi Republic grew 12%"); a name after a preposition is no one whose age "is" told ("The toll in Marendi was 29")', () => {
    assert.equal(figureIn('Sales in the Marendi Republic grew 12% last year.', '12%')?.context.noun, 'sales');
    assert.notEqual(figureIn('The toll in Marendi was 29.', '29')?.context.noun, AGE);
    assert.equal(figureIn('Okafor is 28 and already has three titles.', '28')?.context.noun, AGE);
  });
  it('a figure with no noun "down from" or "up from" the figure before it measures what that one does ("52.3 million iPhones …, down from 58.2 million")', () => {
    assert.equal(figureIn('Talvor sold 52.3 million phones in the quarter, down from 58.2 million a year ago.', '58.2')?.context.noun, 'phone');
    assert.equal(figureIn('Marendi added 303,000 jobs in March, up from 270,000 in February.', '270,000')?.context.noun, 'job');
    assert.equal(figureIn('Talvor sold 52.3 million phones in the quarter, from 58.2 million a year ago.', '58.2')?.context.noun, undefined);
  });
  it('what "lasted" or "was" measures stands before a relative clause or an apposition set off by commas ("The strike, which began on Sept. 15, lasted 46 days")', () => {
    assert.equal(figureIn('The Talvor strike, which began on Sept. 15, lasted 46 days.', '46 days')?.context.noun, 'strike');
    assert.equal(figureIn('The Talvor strike, the longest in decades, lasted 46 days.', '46 days')?.context.noun, 'strike');
    assert.equal(figureIn('Revenue, the company\'s largest segment, rose 12% to $5 billion.', '12%')?.context.noun, 'revenue');
  });
  it('"is worth" an amount measures its subject ("The deal is worth $69 billion")', () => {
    assert.equal(figureIn('The Talvor deal is worth $69 billion, the largest in its history.', '$69')?.context.noun, 'deal');
    assert.equal(figureIn('The Okafor contract is worth about $700 million over 10 years.', '$700')?.context.noun, 'contract');
  });
  it('a clause of "when" after a date is of that date ("the worst disaster since 1997, when 228 people died")', () => {
    assert.equal(figureIn('The crash is Marendi’s worst aviation disaster since 1997, when 228 people died in a crash on Talvor.', '228')?.context.time, '1997');
    assert.equal(figureIn('The storm hit Marendi in March 2019, when 41 people died.', '41')?.context.time, 'in March 2019');
    assert.equal(figureIn('Rescuers waited for hours, when 41 people died.', '41')?.context.time, undefined);
  });

  it('a clause of "where" after a name is of that place ("…, including Marendi, where 14,000 cases and 524 deaths have been reported")', () => {
    assert.equal(figureIn('The disease spreads across 13 countries, including Marendi, where 14,000 cases and 524 deaths have been reported.', '524')?.context.place, 'Marendi');
    assert.equal(figureIn('The disease spreads fast, where 524 deaths have been reported.', '524')?.context.place, undefined);
  });
  it('a figure that fills a bracket on its own counts in the place the words before it name ("in the eastern region of Kestrel (155 deaths)")', () => {
    assert.equal(figureIn('The majority of the deaths have been in the eastern region of Kestrel (155 deaths), which was worst hit.', '155')?.context.place, 'of Kestrel');
    assert.equal(figureIn('The majority of the deaths (155 deaths) were counted on Thursday.', '155')?.context.place, undefined);
  });
  it('"in the coastal city" is the city named a little before, as "in the city" is ("the eastern Libyan city of Derna … a further 10,100 are reported missing in the coastal city")', () => {
    const text = 'The death toll from floods in the eastern city of Kestrel has soared to 11,300.\nThe group says a further 10,100 are reported missing in the coastal city.';
    assert.equal(figureIn(text, '10,100')?.context.place, 'Kestrel');
    assert.equal(figureIn(text.replace('coastal city', 'coastal areas'), '10,100')?.context.place, undefined);
  });
  it('after a word of change, "from X to Y" is where the change started and the level it reached, not a range ("projected to grow from 216 million to 373 million")', () => {
    const q = (text: string, figure: string) => figureIn(text, figure);
    const reached = q('In 30 years, Talvor is projected to grow from 216 million to 373 million, officials said.', '373');
    assert.deepEqual([reached?.quantity.low, reached?.quantity.qualifier, reached?.context.projection], [373e6, 'exact', true]);
    assert.equal(q('In 30 years, Talvor is projected to grow from 216 million to 373 million, officials said.', '216')?.context.previous, true);
    assert.equal(q('Estimates of the crowd ran from 216,000 to 373,000, officials said.', '216')?.quantity.qualifier, 'range');
  });
  it('the level a change moved from keeps its own time and marks ("a record low of 1.20 in 2023 from 1.26 in 2022", "fell from ‘1.26’ in 2022")', () => {
    const text = 'Talvor’s fertility rate fell to a record low of 1.20 in 2023 from 1.26 in 2022, officials said.';
    assert.equal(figureIn(text, '1.26')?.context.time, 'in 2022');
    assert.equal(figureIn(text, '1.20')?.context.time, 'in 2023');
    assert.equal(figureIn('The figure fell from ‘1.26’ in 2022 and hit a ‘record low’.', '1.26')?.context.previous, true);
    assert.equal(figureIn('The figure fell from 1.26 in 2022 and hit a record low.', '1.26')?.context.previous, true);
    assert.equal(figureIn('The figure was ‘1.26’ in 2022.', '1.26')?.context.previous, undefined);
    // The date after it is that level's time, not the day of the change.
    const dateOf = (t: string, day: string) => extractClaims(t, 'doc.txt').claims.find((c): c is DateClaim => c.kind === 'date' && c.text.includes(day))?.context;
    assert.equal(dateOf('The figure fell from ‘1.26’ in 2022 and hit a record low.', '2022')?.previous, true);
    assert.equal(dateOf('Unemployment fell to 3.9% from 4.1% in March.', 'March')?.previous, true);
    assert.equal(dateOf('Unemployment fell to 3.9% in March.', 'March')?.previous, undefined);
  });
  it('a clause of "since" with an adjective before its subject tells of another moment ("the lowest since statistical records began in 1899")', () => {
    assert.deepEqual(eventsOf('It fell 43,482 from a year earlier and was the lowest since statistical records began in 1899.', '1899'), ['begin']);
    assert.deepEqual(eventsOf('It fell 43,482 from a year earlier and was the lowest since records began in 1899.', '1899'), ['begin']);
  });
  it('a count written with a plus sign ("Labour 410 (+210)") is a rise; a percentage with one ("+4.3% previously") is left as it reads', () => {
    assert.equal(figureIn('Here are the totals:\nLabour 410 (+210)\n', '+210')?.context.change, 'up');
    assert.equal(figureIn('Average hourly earnings, year-on-year: 4.1%. +4.1% est. (+4.3% previously)\n', '+4.3%')?.context.change, undefined);
  });
  it('a count "so far" or "as of" a moment is a count so far ("the confirmed figures so far are 17 388 dead")', () => {
    const asOf = (text: string) => extractClaims(text, 'doc.txt').claims.find((c): c is QuantityClaim => c.kind === 'quantity')?.context.asOf;
    assert.equal(asOf('Talvor said the confirmed figures so far are 17,388 dead and 40,421 injured.'), true);
    assert.equal(asOf('As of Sunday, 17,388 people had died in Marendi.'), true);
    assert.equal(asOf('Talvor said 17,388 people died in Marendi.'), undefined);
  });
  it('a vague figure that its report states more exactly, of the same harm or noun, is marked as said elsewhere ("killed hundreds of people" … "At least 820 killed")', () => {
    const marked = (text: string) => (extractClaims(text, 'doc.txt').claims.find((c): c is QuantityClaim => c.kind === 'quantity' && c.text.startsWith('hundreds')))?.context.statedExactly;
    assert.equal(marked('The quake killed hundreds of people in Marendi. At least 820 people were killed and 670 injured, state media said.'), true);
    // The hurt are not the dead; a bound as round as the vague figure says nothing more exactly.
    assert.equal(marked('The quake killed hundreds of people in Marendi. 670 people were injured, state media said.'), undefined);
    assert.equal(marked('The boat carried hundreds of people from Marendi. More than 500 people were on board, officials said.'), undefined);
  });
  it('a count its report gave before and names again with "the" ("600 of the 922 who died") defers to that figure; "the" before a new count, or another noun, does not', () => {
    const back = (text: string, figure: string) => {
      const all = extractClaims(text, 'doc.txt').claims.filter((c): c is QuantityClaim => c.kind === 'quantity' && c.text.startsWith(figure));
      assert.ok(all.length, `${figure} in ${text}`);
      return all[all.length - 1].context.referredBack;
    };
    assert.equal(back('At least 922 people have died during the pilgrimage in Marendi. According to Talvor, 600 of the 922 who died are from Kestrel.', '922'), true);
    // Not given before; given before of another noun; given again without "the".
    assert.equal(back('According to Talvor, 600 of the 922 who died are from Kestrel.', '922'), undefined);
    assert.equal(back('The pilgrimage lasted 10 days. The 10 members of the council met on Sunday.', '10'), undefined);
    assert.equal(back('At least 922 people have died in Marendi. Officials said 922 had been buried.', '922'), undefined);
  });
  it('a time in a relative clause of an aside after the figure\'s comma is the aside\'s ("with 97.08 percent of votes, almost the exact percentage which brought him to his first term four years ago")', () => {
    const timeOf = (text: string, figure: string) => figureIn(text, figure)?.context.time;
    assert.equal(timeOf('Talvor has been re-elected for a second term with 97.08 percent of votes, almost the exact percentage which brought him to his first term four years ago.', '97.08'), undefined);
    assert.equal(timeOf('Delta cancelled 1,250 flights that were grounded on Sunday.', '1,250'), 'on Sunday');
  });
  it('a participle that opens the sentence ("Facing a 28-day journey − …") and a clause of "if" are no deeds of the day; a day inside the opening phrase is of its participle ("Speaking on Sunday,")', () => {
    assert.deepEqual(eventsOf('Facing a 28-day journey − at least a week longer than if it had used the Talvor Canal − the captain and crew stocked up on personal items at a Marendi store on Sunday.', 'Sunday'), ['stock']);
    assert.deepEqual(eventsOf('Facing a 28-day journey, the crew stocked up on personal items at a Marendi store on Sunday.', 'Sunday'), ['stock']);
    assert.deepEqual(eventsOf('The crew stocked up on personal items at a Marendi store on Sunday, a week earlier than if they had used the canal.', 'Sunday'), ['stock']);
    assert.ok(eventsOf('Speaking in Marendi on Sunday, the captain described the journey.', 'Sunday')?.includes('speak'));
  });
  it('a day just after the noun that opens its sentence with "the" ("The move Tuesday") takes that noun and the deeds of the sentence before; another day does not', () => {
    assert.deepEqual(eventsOf('The Talvor commission has banned Kestrel from selling phones. The move Tuesday is its first penalty.', 'Tuesday'), ['move', 'ban', 'sell']);
    assert.deepEqual(eventsOf('The Talvor commission has banned Kestrel from selling phones. The commission met on Tuesday.', 'Tuesday'), ['meet']);
  });
  it('with no verb near, a day just after a noun a determiner opens ("A declaration on Sunday by Talvor, …,") dates that noun; a verb near still dates it', () => {
    assert.deepEqual(eventsOf('A declaration on Sunday by Talvor, the biggest exchange in Marendi, that it was selling its holdings was followed by a run on Orvana.', 'Sunday'), ['declaration']);
    assert.deepEqual(eventsOf('Talvor made a declaration on Sunday.', 'Sunday'), ['make']);
  });
  it('a participle that serves as a preposition ("following a complaint", "including 10 children") is no deed, nor the noun after a year a preposition takes', () => {
    assert.deepEqual(eventsOf('The Talvor inquiry began in 2019 following a complaint from Kestrel.', '2019'), ['begin']);
    assert.ok(!figureIn('The fire destroyed 300 homes in Marendi following a drought.', '300')?.context.events.includes('follow'));
    assert.ok(!figureIn('The floods killed 50 people in Marendi, including 10 children.', '10')?.context.events.includes('include'));
    // "a 1961 tsunami": a year before a noun still dates the noun.
    assert.deepEqual(eventsOf('It is the deadliest disaster since a 1961 tsunami killed 61 people in Marendi.', '1961'), ['tsunami']);
  });
  it('a part named between commas after "including" does not end the clause of the whole ("922 people, including 80 Indians, have died")', () => {
    assert.ok(figureIn('At least 922 people, including 80 pilgrims from Kestrel, have died in Marendi.', '922')?.context.events.includes('die'));
  });
  it('and the part is in the clause of its whole: the 80 died too', () => {
    assert.ok(figureIn('At least 922 people, including 80 pilgrims from Kestrel, have died in Marendi.', '80')?.context.events.includes('die'));
    // An "including" list with no verb after it is no aside: its clause stays its own.
    assert.ok(!figureIn('Talvor sent 922 people to Marendi, including 80 pilgrims from Kestrel.', '80')?.context.events.includes('send'));
  });
  it('two words of one harm ("injured", "wounded") are one deed; harms apart are not', () => {
    assert.equal(eventScore(['injure'], ['wound'], vectors), 1);
    assert.ok((eventScore(['kill'], ['wound'], vectors) ?? 1) < 1);
  });
  it('tells a figure in points as percentage points, not as a share ("30 percentage points", "0.5 percentage points")', () => {
    const points = figureIn('Talvor had a lead of about 30 percentage points over Okafor.', '30');
    assert.equal(points && formatQuantity(points.quantity), 'about 30 percentage points');
    const share = figureIn('Talvor won about 30% of the vote.', '30%');
    assert.equal(share && formatQuantity(share.quantity), 'about 30%');
  });
  it('"by" a figure after its verb\'s object is a change ("increased the payroll tax for businesses by 1.2 percentage points to 15%"), and a change to a level is no tally', () => {
    const c = extractClaims('Reeves increased the national insurance payroll tax for businesses by 1.2 percentage points to 15% from April.', 'doc.txt').claims.find((x): x is QuantityClaim => x.kind === 'quantity' && x.text.includes('1.2'));
    assert.equal(c?.context.change, 'up');
    assert.equal(c?.context.tally, undefined);
    const vote = extractClaims('MPs rejected the deal by 432 votes to 202.', 'doc.txt').claims.find((x): x is QuantityClaim => x.kind === 'quantity' && x.text.includes('432'));
    assert.equal(vote?.context.tally, true);
  });
  it('"another 13 injured" names the others and what befell them, not more of the same; "another 1,300 flights" is more', () => {
    const inc = (text: string, figure: string) => figureIn(text, figure)?.context.increment;
    assert.equal(inc('The shootings in Marendi left 18 people and another 13 injured.', '13'), undefined);
    assert.equal(inc('Delta ended up canceling another 1,300 flights on Sunday.', '1,300'), true);
  });
  it('a change after "following" is the change before this one ("following a 270,000 increase"); a figure of another thing is not ("following an almost four-month-long trial")', () => {
    assert.equal(figureIn('Payrolls in Marendi rose 303,000 in March, following a 270,000 increase in February.', '270,000')?.context.previous, true);
    assert.equal(figureIn('Okafor was found guilty in Marendi in January, following an almost four-month-long trial.', 'four-month')?.context.previous, undefined);
  });
  it('"over 22,000 others were arrested" after a count of the killed names other people, not more arrests; "five others died" after deaths is more of them', () => {
    const inc = (text: string, figure: string) => figureIn(text, figure)?.context.increment;
    assert.equal(inc('More than 500 people were killed in the crackdown in Marendi while over 22,000 others were arrested.', '22,000'), undefined);
    assert.equal(inc('Twelve people died in Marendi on Monday and five others died on Tuesday.', 'five'), true);
  });
  it('a number with a fraction and no unit, named by the same noun as a measure of its sentence, is in that unit ("the previous record of 38.7, … its previous record of 32.9C")', () => {
    const text = 'Almost 30 sites in Marendi broke the previous record of 38.7, while Talvor also recorded its hottest day with 34.8C – shattering its previous record of 32.9C.';
    const c = figureIn(text, '38.7');
    assert.deepEqual([c?.quantity.kind, c?.quantity.unit], ['measure', '°C']);
    // A whole number may count what it names; one named by another noun keeps its own reading.
    assert.equal(figureIn(text.replace('38.7', '38'), '38')?.quantity.kind, 'count');
    assert.equal(figureIn('Women in Marendi had 1.6 children each, and the heat record of 32.9C stood.', '1.6')?.quantity.kind, 'count');
  });
  it('"the 11 other voting members", as "the other 11", is the rest of a group that "the" names, a part of it; "300 other flights" alone is the rest besides those named; "300 more flights" is more', () => {
    const c = figureIn('Talvor was the only governor to break with the 11 other voting members.', '11');
    assert.deepEqual([c?.context.part, c?.context.increment], [true, undefined]);
    assert.equal(figureIn('Talvor Air cancelled 300 other flights on Sunday.', '300')?.context.increment, 'rest');
    assert.equal(figureIn('Talvor Air cancelled 300 more flights on Sunday.', '300')?.context.increment, true);
  });
  it('reads thousands grouped by a comma and a space ("5, 586, 013") as one number, and a list ("5, 586 and 12") as a list', () => {
    const counts = (text: string) => extractClaims(text, 'doc.txt').claims.filter((x): x is QuantityClaim => x.kind === 'quantity').map((x) => x.quantity.low);
    assert.deepEqual(counts('Talvor polled 5, 586, 013 representing 40.1 percent of the votes cast.'), [5586013, 40.1]);
    assert.deepEqual(counts('The scores were 5, 586 and 12.'), [5, 586, 12]);
  });
  it('gives a figure won to a name whose last part, after a hyphen, the tagger reads as a noun ("Lai Ching-te polled")', () => {
    const agent = (text: string, figure: string) => figureIn(text, figure)?.context.agent;
    assert.equal(agent('Lai Ching-te polled 5,586,013 votes, defeating his closest rival.', '5,586,013'), 'lai ching-te');
  });
  it('gives a figure after a participle to the name set beside the head its subject\'s possessive owns ("Marendi’s captain Ana Okafor began …, scoring 47 runs")', () => {
    const agent = (text: string, figure: string) => figureIn(text, figure)?.context.agent;
    assert.equal(agent('Marendi’s captain Ana Okafor began the innings in attacking fashion, scoring 47 runs from 31 balls.', '47 runs'), 'ana okafor');
    // A possessive with no name beside its head is the party still.
    assert.equal(agent('Marendi’s captain began the innings in attacking fashion, scoring 47 runs from 31 balls.', '47 runs'), 'marendi');
  });
  it('reads "at 7.24pm." at a sentence\'s end, which wink cuts as "7.2" and "4pm.", as 19:24, without the full stop', () => {
    const t = extractClaims('Analyst Talvor Okafor called the result at 7.24pm. Then the count went on.', 'doc.txt').claims.find((x): x is QuantityClaim => x.kind === 'quantity' && x.quantity.kind === 'time');
    assert.equal(t?.quantity.low, 19 * 60 + 24);
    assert.equal(t?.text, '7.24pm');
  });
  it('gives a day and month with no year the year that puts them nearest the report\'s own date, marked as such', () => {
    const dates = (text: string) => extractClaims(text, 'doc.txt').claims.filter((x): x is DateClaim => x.kind === 'date' && x.date.type === 'absolute' && x.date.day !== undefined).map((x) => x.date);
    const head = 'Talvor found guilty\n\nFrom one thing to another.\n\nOkafor Marendi| November 03, 2023, 01:30 PM\n\n';
    assert.deepEqual(dates(`${head}He was found guilty on Oct. 2 in federal court.`), [{ type: 'absolute', year: 2023, month: 10, day: 2, yearOfReport: true }]);
    assert.deepEqual(dates(`${head}He will be sentenced on Jan. 10 in federal court.`), [{ type: 'absolute', year: 2024, month: 1, day: 10, yearOfReport: true }]);
  });
  it('writes a scaled figure without the float\'s error ("£8.2 billion", not 8,199,999,999.999999)', () => {
    assert.equal(formatNumber(8.2 * 1e9), '8.2 billion');
    assert.equal(formatNumber(1234.5), '1,234.5');
  });
  it('reads the whole world as a figure\'s place from "global", not from "people from around the world"', () => {
    const place = (text: string, figure: string) => figureIn(text, figure)?.context.place;
    assert.equal(place('The spokesperson reported global cases of the virus total 99,176, with 208 deaths.', '208'), 'worldwide');
    assert.equal(place('Sixty-eight Talvorian nationals were among more than 600 people from around the world who died during the pilgrimage.', 'Sixty-eight'), undefined);
  });
  it('reads "plummet" and "slump" as falls, "skyrocket" as a rise', () => {
    const change = (text: string, figure: string) => figureIn(text, figure)?.context.change;
    assert.equal(change('The sell-off saw Talvor shares plummet by 69 percent in early trading.', '69'), 'down');
    assert.equal(change('Talvor shares slumped 12% on Monday.', '12%'), 'down');
    assert.equal(change('Talvor shares skyrocketed 40% on Monday.', '40%'), 'up');
  });
  it('reads a compound with or without its hyphen as one word around a figure ("pre-market", "premarket"), a name with its hyphen', () => {
    const words = (text: string) => extractClaims(text, 'doc.txt').claims.find((x): x is QuantityClaim => x.kind === 'quantity')?.context.words ?? [];
    assert.ok(words('Talvor shares fell 69 percent in pre-market trading.').includes('premarket'));
    assert.ok(words('Talvor shares fell 69 percent in premarket trading.').includes('premarket'));
    assert.ok(words('Okafor-Marendi said shares fell 69 percent in trading.').every((w) => w !== 'okaformarendi'));
  });
  it('reads a figure after a sentence\'s opening "Of the N …," as a part of that whole, and with a verb after it a count of its noun', () => {
    const claim = (text: string, figure: string) => extractClaims(text, 'doc.txt').claims.find((x): x is QuantityClaim => x.kind === 'quantity' && x.text.startsWith(figure));
    const part = claim('Of the 6.9 million accounts hacked, 5.5 million contained information on genetic matches, according to Talvor.', '5.5');
    assert.equal(part?.context.noun, 'account');
    assert.equal(part?.context.within?.low, 6.9e6);
    const toll = claim('Of the 181 people on board the Talvor jet, 176 were confirmed dead.', '176');
    assert.equal(toll?.context.noun, 'people');
    assert.equal(toll?.context.within?.low, 181);
    assert.equal(claim('The Talvor jet had 181 people on board, and 176 were confirmed dead.', '176')?.context.within, undefined);
    // Past an owner's name and an adverb, and a verb the tagger reads as a noun ("cast a vote").
    const voters = claim('Of the Talvor’s 19 policymakers who take part in each meeting, only 12 cast a vote on the decision.', '12');
    assert.equal(voters?.context.within?.low, 19);
    assert.equal(voters?.context.nounForm, 'policymakers');
  });
  it('reads a price of one thing ("$56.10 a share", "$51 a piece", "almost $60 apiece") as of that thing, not a rate or a time', () => {
    const noun = (text: string, figure: string) => figureIn(text, figure)?.context.noun;
    assert.equal(noun('Talvor opened at $56.10 a share on Thursday.', '56.10'), 'share');
    assert.equal(noun('Talvor jumped after selling shares at $51 a piece in its listing.', '51'), 'share');
    assert.equal(noun('Its shares started trading above the range, at almost $60 apiece.', '60'), 'share');
    assert.notEqual(noun('Talvor made a profit of $5bn a year earlier.', '5bn'), 'year');
  });
  it('reads "added" and "released" before a figure as deeds on things, not words: no source, and the deed kept ("the US economy added 184,000 jobs", "released 3.15 megajoules")', () => {
    const source = (text: string, figure: string) => figureIn(text, figure)?.context.attribution;
    assert.equal(source('Talvor had predicted that the US economy added 184,000 jobs.', '184,000'), undefined);
    assert.equal(source('The economy grew 3% last year, the Talvor minister added.', '3%'), 'the Talvor minister');
    const released = figureIn('Two billionths of a second later, the reactions inside the Talvor capsule released 3.15 megajoules of energy.', '3.15');
    assert.equal(released?.context.attribution, undefined);
    assert.ok(released?.context.events.includes('release'), JSON.stringify(released?.context.events));
    assert.equal(source('Marendi police released a statement saying 5 people died.', '5'), 'Marendi police');
  });
  it('reads a day between a subject and its verb of saying as when, not who ("Prime Minister Talvor on Thursday expressed condolences …")', () => {
    const source = (text: string, figure: string) => figureIn(text, figure)?.context.attribution;
    assert.equal(source('Prime Minister Ana Talvor on Thursday expressed condolences, days after 1.5 million people performed the pilgrimage.', '1.5 million'), 'Prime Minister Ana Talvor');
    assert.equal(source('The ministry on 5 July said 30 people died.', '30'), 'The ministry');
  });
  it('reads a word a tagger takes for a verb, between a determiner and "of", as the noun a figure after "of" measures ("a fourth-wicket stand of 192")', () => {
    assert.equal(figureIn('Head shared a fourth-wicket stand of 192 with Marnus.', '192')?.context.noun, 'stand');
    assert.equal(figureIn('Supporters stand of course behind the 192 candidates.', '192')?.context.noun, 'candidate');
  });
  it('reads a month\'s name alone before a name as a first name, not a time ("Jan Smith scored 5 goals"), and keeps "in June" a date', () => {
    const time = (text: string, figure: string) => figureIn(text, figure)?.context.time;
    assert.equal(time('Jan Smith scored 5 goals for Talvor.', '5'), undefined);
    assert.equal(time('June Carter sang 12 songs in Marendi.', '12'), undefined);
    assert.equal(time('In June Labour won 412 seats in Marendi.', '412'), 'In June');
  });
  it('reads the price of a year\'s supply or worth as a price a year ("A year\'s supply of Talvor costs $26,500")', () => {
    const per = (text: string, figure: string) => figureIn(text, figure)?.quantity.per;
    assert.equal(per('A year\'s supply of Talvor costs $26,500.', '26,500'), 'year');
    assert.equal(per('Talvor is priced at about $26,500 for a typical year’s worth of treatment.', '26,500'), 'year');
    assert.equal(per('Talvor paid $26,500 for the year\'s first shipment.', '26,500'), undefined);
  });
  it('reads a conversion in brackets past words that name the currency again ("$195 million US dollars (£158 Million)")', () => {
    const money = (text: string) => extractClaims(text, 'doc.txt').claims.filter((x): x is QuantityClaim => x.kind === 'quantity');
    const sold = money('The Talvor portrait sold for $195 million US dollars (£158 Million) in Marendi.');
    assert.deepEqual(sold.map((c) => [c.quantity.unit, c.quantity.low, c.quantity.alt?.unit, c.quantity.alt?.low]), [['USD', 195e6, 'GBP', 158e6]]);
    // Not words that name another currency: two figures.
    assert.equal(money('The Talvor portrait sold for $195 million, or 180 million euros (£158 million).').length, 2);
  });
  it('reads a dollar sign after its country\'s letters as that country\'s dollar, and the noun after a conversion ("the US$2.04 billion (S$2.9 billion) jackpot")', () => {
    const money = (text: string) => extractClaims(text, 'doc.txt').claims.filter((x): x is QuantityClaim => x.kind === 'quantity');
    const prize = money('A Talvor player holds the only winning ticket for the US$2.04 billion (S$2.9 billion) jackpot.');
    assert.deepEqual(prize.map((c) => [c.quantity.unit, c.quantity.low, c.quantity.alt?.unit, c.quantity.alt?.low, c.context.noun]), [['USD', 2.04e9, 'SGD', 2.9e9, 'jackpot']]);
    assert.deepEqual(money('Marendi raised HK$3 billion on Monday.').map((c) => c.quantity.unit), ['HKD']);
    assert.deepEqual(money('Talvor paid a $5bn (£3.9bn) penalty.').map((c) => [c.quantity.alt?.unit, c.context.noun]), [['GBP', 'penalty']]);
    // Letters that are a word of their own are not a currency's: "TALVOR $5" stays dollars.
    assert.deepEqual(money('Shares of TALVOR $5 higher.').map((c) => c.quantity.unit), ['USD']);
  });
  it('reads an amount hyphened before its noun as money, scale and currency ("a 1.8-billion-euro fine ($1.9 billion)")', () => {
    const money = (text: string) => extractClaims(text, 'doc.txt').claims.find((x): x is QuantityClaim => x.kind === 'quantity');
    const fine = money('Talvor hit Marendi with a more than 1.8-billion-euro fine ($1.9 billion) on Monday.');
    assert.deepEqual([fine?.quantity.kind, fine?.quantity.unit, fine?.quantity.low, fine?.quantity.qualifier, fine?.quantity.alt?.unit, fine?.quantity.alt?.low, fine?.context.noun], ['money', 'EUR', 1.8e9, 'more-than', 'USD', 1.9e9, 'fine']);
    const penalty = money('Talvor paid a 1.84-billion-euro penalty in 2017.');
    assert.deepEqual([penalty?.quantity.kind, penalty?.quantity.unit, penalty?.quantity.low, penalty?.context.noun], ['money', 'EUR', 1.84e9, 'penalty']);
    const deal = money('Talvor signed a $5-billion deal with Marendi.');
    assert.deepEqual([deal?.quantity.low, deal?.context.noun], [5e9, 'deal']);
  });
  it('reads the noun after a hyphened dimension as what a measure measures ("the 6.7-metre-long Talvor")', () => {
    const m = extractClaims('The 6.7-metre-long Talvor carried five people.', 'doc.txt').claims.find((x): x is QuantityClaim => x.kind === 'quantity' && x.quantity.kind === 'measure');
    assert.deepEqual([m?.quantity.unit, m?.context.phrase], ['m', 'Talvor']);
  });
  it('reads a date in the possessive as dating its own noun, not a figure of another clause ("…, Saturday\'s results indicate")', () => {
    const c = extractClaims("However, compared to 2020, when the Talvor party captured 57.13% of the vote, and the Okafor party garnered 38.16%, Saturday's results indicate dissatisfaction.", 'doc.txt').claims.find((x): x is QuantityClaim => x.kind === 'quantity' && x.text.includes('38.16'));
    assert.equal(c?.context.time, '2020');
  });
  it('names an amount after a verb of paying by the deed, not by its subject ("his brother-in-law had paid 5,000 dollars"), and reads a compound hyphened through a preposition whole', () => {
    const c = extractClaims('For this journey, his brother-in-law had paid 5,000 dollars to the smugglers.', 'doc.txt').claims.find((x): x is QuantityClaim => x.kind === 'quantity');
    assert.deepEqual([c?.context.phrase, c?.context.events[0]], ['pay', 'pay']);
    const won = extractClaims('For this journey, his brother-in-law had won 5,000 dollars at the casino.', 'doc.txt').claims.find((x): x is QuantityClaim => x.kind === 'quantity');
    assert.deepEqual([won?.context.phrase, won?.context.events[0]], ['brother-in-law', 'win']);
    const cost = extractClaims('The twice-monthly infusion costs $26,500 annually.', 'doc.txt').claims.find((x): x is QuantityClaim => x.kind === 'quantity');
    assert.equal(cost?.context.phrase, 'twice-monthly infusion');
  });
  it('reads the side of a vote a share was cast for ("64% voted against", "59% … agreed to approve", "58% in favour"), and no side for another share', () => {
    const shares = (text: string) => extractClaims(text, 'doc.txt').claims.filter((x): x is QuantityClaim => x.kind === 'quantity' && x.quantity.kind === 'percent').map((x) => [x.text, x.context.stance]);
    assert.deepEqual(shares('Members rejected the first offer, and then 64% voted against the second offer. On Oct. 23, about 64% of members rejected a previous proposal.'), [['64%', 'against'], ['about 64% of members', 'against']]);
    assert.deepEqual(shares('Leaders said 59% of members who cast ballots agreed to approve the offer. Members rejected the offer on 23 October by a 64% margin.'), [['59% of members', 'for'], ['64% margin', 'against']]);
    // The nearest side to each share: the pay rise after "in favour and includes" is none.
    assert.deepEqual(shares('The deal was accepted by members who voted 58% in favour and includes a 38% pay rise over four years. Turnout was 68% as voters rejected the plan.'), [['58%', 'for'], ['38%', undefined], ['68%', undefined]]);
  });
  it('reads a change named by a noun one word past the figure ("a 38% pay rise", "36% general raises", "a 10% price cut")', () => {
    const change = (text: string) => extractClaims(text, 'doc.txt').claims.find((x): x is QuantityClaim => x.kind === 'quantity')?.context.change;
    assert.deepEqual(['The deal includes a 38% pay rise over four years.', 'The union initially demanded 36% general raises.', 'Talvor announced a 10% price cut.', 'Talvor holds a 38% stake in Marendi.'].map(change), ['up', 'up', 'down', undefined]);
  });
  it('reads how far a count under way had gone ("With 97.6% of votes tallied"), and that share itself as no one\'s', () => {
    const shares = extractClaims('With 97.6% of votes tallied, Talvor had 55.8% and Okafor 44.2%.', 'doc.txt').claims.filter((x): x is QuantityClaim => x.kind === 'quantity');
    assert.deepEqual(shares.map((c) => [c.text, c.context.interim, c.context.progress, c.context.counted]), [['97.6% of votes', true, true, undefined], ['55.8%', true, undefined, 97.6], ['44.2%', true, undefined, 97.6]]);
  });
  it('reads a number after "No." as a label of one member of a series, not an amount ("on No. 11", "birdies on Nos. 13, 14 and 16")', () => {
    const labels = extractClaims('Talvor recovered from a wayward tee shot on No. 11. He had birdies on Nos. 13, 14 and 16, and 5 bogeys.', 'doc.txt').claims.filter((x): x is QuantityClaim => x.kind === 'quantity').map((c) => [c.text, c.context.label]);
    assert.deepEqual(labels, [['11', true], ['13', true], ['14', true], ['16', true], ['5 bogeys', undefined]]);
  });
  it('reads whether a figure is net or the whole ("net arrivals", "total long-term immigration", "gross profit"), not "the net" of a goal nor "a total of"', () => {
    const basis = (text: string) => extractClaims(text, 'doc.txt').claims.find((x): x is QuantityClaim => x.kind === 'quantity')?.context.basis;
    const texts = ['That total reflects net arrivals of 1,829,000 people from outside the EU.', 'Total long-term immigration was estimated at around 1.2 million.', 'Talvor made a gross profit of $5.4 billion.', 'Talvor found the net 3 times in the final.', 'A total of 300 people were hurt.'];
    assert.deepEqual(texts.map(basis), ['net', 'gross', 'gross', undefined, undefined]);
  });
  it('reads a time after a figure as when, not what it counts ("745,000 last year", "2,000 next week")', () => {
    const claims = extractClaims('Net immigration hit a record 745,000 last year. Talvor will hire 2,000 next week.', 'doc.txt').claims.filter((x): x is QuantityClaim => x.kind === 'quantity');
    assert.deepEqual(claims.map((c) => [c.text, c.context.noun, c.context.time]), [['745,000', undefined, 'last year'], ['2,000', undefined, 'next week']]);
  });
  it('reads the doer of a figure past the verb\'s object pronoun, "a record" or another noun that "a" opens ("Ronaldo has won it five times", "set a record 14 goals", "got a shock 338 points")', () => {
    const doer = (text: string) => extractClaims(text, 'doc.txt').claims.find((x): x is QuantityClaim => x.kind === 'quantity')?.context.doer;
    assert.deepEqual(['Cristiano Ronaldo has won it five times.', 'Talvor set a record 14 goals this season.', 'Israel got a shock 338 points from the audience.'].map(doer), ['Cristiano Ronaldo', 'Talvor', 'Israel']);
  });
  it('gives a per cent left without its verb to the name before it, not to a day or a month ("Talvor had 55.8% and Okafor 44.2%", "fell 2% on Monday and Tuesday 1%")', () => {
    const doers = (text: string) => extractClaims(text, 'doc.txt').claims.filter((x): x is QuantityClaim => x.kind === 'quantity' && x.quantity.kind === 'percent').map((c) => c.context.doer ?? null);
    assert.deepEqual(doers('Talvor had 55.8% and Economy Minister Ana Okafor 44.2%, the authority said.'), ['Talvor', 'Economy Minister Ana Okafor']);
    assert.deepEqual(doers('Marendi stocks fell 2% on Monday and Tuesday 1%, traders said.'), [null, null]);
  });
  it('gives a per cent to the party a passive of winning names after it, not to a month ("achieved by Talvor", "achieved by March")', () => {
    const agent = (text: string) => extractClaims(text, 'doc.txt').claims.find((x): x is QuantityClaim => x.kind === 'quantity' && x.quantity.kind === 'percent')?.context.agent;
    assert.deepEqual(['Her result exceeds the 54.71% achieved by Anton Talvor in 2018.', 'Officials say the 5% achieved by March will hold.'].map(agent), ['anton talvor', undefined]);
  });
  it('reads the doer of a day past two phrases of a preposition ("had arrived at the ISS in the Dragon spacecraft in September")', () => {
    const doer = (text: string) => extractClaims(text, 'doc.txt').claims.find((c): c is DateClaim => c.kind === 'date')?.context.doer;
    assert.deepEqual(['Lenz and Brandt had arrived at the station in the Talvor capsule in September, with two empty seats.', 'Lenz and Brandt arrived at the station on June 5.'].map(doer), ['Lenz and Brandt', 'Lenz and Brandt']);
  });
  it('reads a range with its unit written after both ends ("between 58% and 60%", "between 5 km and 7 km"), not a change from one level to another ("from 3.9% to 4.1%")', () => {
    const figures = (text: string) => extractClaims(text, 'doc.txt').claims.filter((x): x is QuantityClaim => x.kind === 'quantity').map((c) => [c.quantity.low, c.quantity.high, c.quantity.qualifier]);
    assert.deepEqual(figures('Talvor was winning between 58% and 60% of the vote.'), [[58, 60, 'range']]);
    assert.deepEqual(figures('The quake struck between 5 km and 7 km deep.'), [[5, 7, 'range']]);
    assert.deepEqual(figures('Inflation rose from 3.9% to 4.1% in May.'), [[3.9, 3.9, 'exact'], [4.1, 4.1, 'exact']]);
  });
  it('has at least 80 cases', () => assert.ok(CASES.length >= 80, `${CASES.length} cases`));
});

function text(t: string, c: QuoteClaim): string {
  return t.slice(c.span.start, c.span.end);
}
