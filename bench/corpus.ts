// Deterministic news-style corpora for the benchmark: many invented events (floods, elections,
// strikes, epidemics, budgets, protests, sports, company results, wildfires, earthquakes), each
// reported by several documents that mostly agree and sometimes disagree on figures, dates and
// quotations. Names and some nouns are built from syllables so vocabularies differ across events.
import * as fs from 'fs';
import * as path from 'path';
import { Rng } from './rng';

/** Bump when the generator changes so cached corpora on disk are rebuilt. */
export const CORPUS_VERSION = 4;

export interface CorpusDoc {
  name: string; // file name, e.g. e0012-d3.txt
  eventId: number;
  text: string;
}

// ---------------------------------------------------------------- words from syllables

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'kr', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z', 'sh', 'th', 'j'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'ie', 'y', 'a', 'e', 'o'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'th', 'm', 'nd', 'rk', 'st', 'x', 'ck', 'lt', 'v'];
const PLACE_SUFFIX = ['ford', 'mere', 'holt', 'wick', 'by', 'ton', 'stead', 'moor', 'vale', 'haven', 'bridge', 'field', 'burgh', 'dale'];

function syllable(r: Rng): string {
  return r.pick(ONSETS) + r.pick(VOWELS) + r.pick(CODAS);
}

function word(r: Rng, min = 2, max = 3): string {
  let w = '';
  const n = r.int(min, max);
  for (let i = 0; i < n; i++) w += syllable(r);
  return w;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------- numbers

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

function commas(n: number): string {
  const s = String(Math.round(n));
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Round to two significant figures. */
function sig2(n: number): number {
  if (n < 100) return Math.round(n);
  const p = Math.pow(10, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / p) * p;
}

function bigNumber(n: number, r: Rng): string {
  if (n >= 1e9) return `${trim((n / 1e9).toFixed(r.chance(0.5) ? 1 : 2))} billion`;
  if (n >= 1e6) return `${trim((n / 1e6).toFixed(r.chance(0.6) ? 1 : 2))} million`;
  return commas(n);
}

function trim(s: string): string {
  return s.replace(/\.?0+$/, '');
}

type Kind = 'count' | 'money' | 'percent' | 'measure';

interface Fact {
  kind: Kind;
  min: number;
  max: number;
  unit?: string; // measures: "mm of rain"; money: currency symbol
  templates: string[]; // {Q} is the figure as written
}

/** A figure as a reporter might write it: exact, hedged, bounded or as a range. */
function formatQuantity(f: Fact, v: number, r: Rng, currency: string): string {
  const roll = r.next();
  if (f.kind === 'percent') {
    const x = v < 10 ? Math.round(v * 10) / 10 : Math.round(v);
    const pct = r.pick(['%', ' percent', ' per cent']);
    if (roll < 0.55) return `${x}${pct}`;
    if (roll < 0.75) return `${r.pick(['about', 'nearly', 'almost', 'roughly'])} ${x}${pct}`;
    if (roll < 0.9) return `${r.pick(['more than', 'over'])} ${Math.floor(x)}${pct}`;
    return `between ${Math.max(1, Math.floor(x * 0.9))} and ${Math.ceil(x * 1.1)}${pct}`;
  }
  if (f.kind === 'money') {
    const amount = bigNumber(sig2(v), r);
    if (roll < 0.5) return `${currency}${amount}`;
    if (roll < 0.75) return `${r.pick(['about', 'an estimated', 'some', 'around'])} ${currency}${amount}`;
    if (roll < 0.9) return `${r.pick(['more than', 'at least', 'over'])} ${currency}${bigNumber(sig2(v * 0.95), r)}`;
    return `between ${currency}${bigNumber(sig2(v * 0.85), r)} and ${currency}${bigNumber(sig2(v * 1.15), r)}`;
  }
  const unit = f.kind === 'measure' && f.unit ? ` ${f.unit}` : '';
  if (v < 20 && f.kind === 'count' && roll < 0.35) return SMALL[Math.round(v)];
  if (roll < 0.4) return (v >= 1e6 ? bigNumber(v, r) : commas(v)) + unit;
  if (roll < 0.65) return `${r.pick(['about', 'some', 'around', 'nearly', 'an estimated', 'roughly', 'close to'])} ${bigNumber(sig2(v), r)}${unit}`;
  if (roll < 0.8) return `${r.pick(['more than', 'at least', 'over', 'upwards of'])} ${bigNumber(sig2(v * 0.95), r)}${unit}`;
  if (roll < 0.9) return `${r.pick(['fewer than', 'up to', 'no more than', 'under'])} ${bigNumber(sig2(v * 1.05), r)}${unit}`;
  const lo = sig2(v * 0.88);
  const hi = sig2(v * 1.12);
  return r.chance(0.5) ? `between ${bigNumber(lo, r)} and ${bigNumber(hi, r)}${unit}` : `${commas(lo)}-${commas(hi)}${unit}`;
}

// ---------------------------------------------------------------- event types

interface EventType {
  name: string;
  headline: string[];
  facts: Fact[];
  quoteOpen: string[];
  quoteClose: string[];
  roles: string[];
  filler: string[];
  nouns: string[]; // real words of the domain
}

// Placeholders: {town} {region} {river} {org} {p0}..{p3} {role0}..{role3} {n0}..{n5} (invented
// nouns) {w0}..{w3} (domain nouns) {outlet} {weekday} {month}
const EVENT_TYPES: EventType[] = [
  {
    name: 'flood',
    headline: ['Flood waters swamp {town}', '{river} bursts its banks near {town}', '{town} counts the cost of the {river} flood'],
    facts: [
      { kind: 'count', min: 300, max: 40000, templates: ['{Q} residents were evacuated from low-lying streets', 'officials said {Q} people had left their homes', 'the evacuation of {Q} residents continued overnight'] },
      { kind: 'count', min: 2, max: 60, templates: ['{Q} people were killed when the water rose', 'the death toll stood at {Q}', 'rescuers recovered the bodies of {Q} people'] },
      { kind: 'count', min: 10, max: 400, templates: ['{Q} people were injured', 'hospitals treated {Q} injured residents', '{Q} people were hurt in the flooding'] },
      { kind: 'measure', min: 60, max: 420, unit: 'mm of rain', templates: ['the storm dropped {Q} in two days', 'forecasters recorded {Q} over the weekend', 'gauges measured {Q} upstream of {town}'] },
      { kind: 'money', min: 500000, max: 90000000, templates: ['repairs to the {n0} bridge are expected to cost {Q}', 'the council put the damage at {Q}', 'insurers estimated losses of {Q}'] },
      { kind: 'count', min: 40, max: 3000, templates: ['{Q} homes were flooded', 'water entered {Q} houses along the {river}', '{Q} buildings were damaged'] },
    ],
    quoteOpen: ['We have never seen the river rise this fast', 'Nobody expected the water to come so quickly', 'The {n1} embankment simply gave way', 'Every street near the {river} was under water by midnight'],
    quoteClose: ['and every family will have a roof tonight', 'but we will rebuild the {n0} quarter', 'and the clean-up will take months', 'so we need help from {region} now'],
    roles: ['the mayor', 'a county official', 'the fire chief', 'a resident'],
    filler: [
      'Volunteers filled sandbags outside the {n2} hall while pumps ran through the night.',
      'The {river} crested late in the evening, according to the regional water authority.',
      'Farmers in the {n3} valley said fields of {w0} were still under water.',
      'Schools in {town} remained closed as engineers inspected the {n0} bridge.',
      'Residents of the old {n4} district complained that warnings came too late.',
      'Emergency shelters opened in the {n5} sports centre and two churches.',
    ],
    nouns: ['barley', 'sandbags', 'embankments', 'culverts', 'levees'],
  },
  {
    name: 'election',
    headline: ['{p0} claims victory in {region} vote', 'Voters in {region} return {org}', 'Tight race in {region} as counting ends'],
    facts: [
      { kind: 'percent', min: 38, max: 78, templates: ['turnout reached {Q}', 'the electoral commission put turnout at {Q}', 'some {Q} of registered voters cast a ballot'] },
      { kind: 'percent', min: 34, max: 61, templates: ['{p0} won {Q} of the vote', 'the {org} took {Q} of ballots cast', '{p0} finished with {Q}'] },
      { kind: 'count', min: 40000, max: 3500000, templates: ['{Q} votes were counted', 'officials counted {Q} ballots', '{Q} voters took part'] },
      { kind: 'count', min: 12, max: 140, templates: ['the {org} won {Q} seats', 'the party secured {Q} seats in the assembly', '{Q} seats went to the {org}'] },
      { kind: 'money', min: 200000, max: 20000000, templates: ['the campaign cost {Q}', 'parties spent {Q} on advertising', 'the commission spent {Q} organising the vote'] },
    ],
    quoteOpen: ['Tonight the people of {region} have spoken', 'This is a victory for every {n0} family', 'We accept the result with humility', 'The count was fair and transparent'],
    quoteClose: ['and we will govern for everyone', 'but the work starts tomorrow', 'and the {n1} reforms will go ahead', 'so let us move forward together'],
    roles: ['the winning candidate', 'the party leader', 'the election commissioner', 'an opposition spokesman'],
    filler: [
      'Queues formed outside polling stations in {town} before dawn.',
      'Observers from the {n2} institute reported only minor irregularities.',
      'The {org} campaigned on lower {w0} prices and new {n3} schools.',
      'Opposition supporters gathered outside the {n4} assembly building.',
      'Counting continued through the night in the rural districts of {region}.',
      'Analysts said the result reshaped politics across {region}.',
    ],
    nouns: ['ballots', 'constituencies', 'coalitions', 'manifestos', 'fuel'],
  },
  {
    name: 'strike',
    headline: ['Workers walk out at {org}', 'Strike halts {org} plants in {region}', '{org} staff strike over pay'],
    facts: [
      { kind: 'count', min: 400, max: 90000, templates: ['{Q} workers joined the strike', 'the union said {Q} members walked out', 'the stoppage involved {Q} employees'] },
      { kind: 'percent', min: 2, max: 15, templates: ['the union is demanding a {Q} pay rise', 'management offered {Q}', 'wages would rise by {Q} under the proposal'] },
      { kind: 'count', min: 2, max: 40, templates: ['{Q} plants were shut', 'production stopped at {Q} sites', 'the strike closed {Q} depots'] },
      { kind: 'money', min: 1000000, max: 400000000, templates: ['the company said the strike cost {Q} a day', 'losses reached {Q}', 'analysts put the cost at {Q}'] },
      { kind: 'count', min: 2, max: 30, templates: ['the strike has gone on for {Q} days', 'talks broke down after {Q} days', 'the walkout has lasted {Q} days'] },
    ],
    quoteOpen: ['Our members cannot live on these wages', 'The offer on the table is fair', 'We will stay out until {org} listens', 'Nobody wants a long dispute at {n0}'],
    quoteClose: ['and we are ready to talk', 'but the {n1} lines must reopen', 'and the union will not back down', 'so we urge both sides to return'],
    roles: ['the union leader', 'a company spokeswoman', 'the labour minister', 'a shop steward'],
    filler: [
      'Pickets gathered outside the {n2} gate of the main plant in {town}.',
      'Deliveries of {w0} to shops in {region} were delayed.',
      'The union balloted members at the {n3} and {n4} works last month.',
      'Managers said contingency plans were in place at the {n5} warehouse.',
      'Mediators from the labour office met both sides in {town}.',
      'Shares in {org} fell on the news of the walkout.',
    ],
    nouns: ['pickets', 'wages', 'shifts', 'freight', 'steel'],
  },
  {
    name: 'epidemic',
    headline: ['{n0} fever spreads in {region}', 'Health officials battle outbreak in {town}', 'Cases of {n0} fever rise in {region}'],
    facts: [
      { kind: 'count', min: 50, max: 1200000, templates: ['{Q} cases have been confirmed', 'health officials reported {Q} infections', 'the number of cases rose to {Q}'] },
      { kind: 'count', min: 3, max: 9000, templates: ['{Q} people have died', 'the outbreak has killed {Q} people', 'officials confirmed {Q} deaths'] },
      { kind: 'count', min: 10000, max: 4000000, templates: ['{Q} doses of vaccine were delivered', 'the ministry distributed {Q} doses', 'health workers administered {Q} vaccinations'] },
      { kind: 'percent', min: 5, max: 60, templates: ['hospital occupancy rose by {Q}', 'cases fell by {Q} last week', 'infections climbed {Q} in a week'] },
      { kind: 'money', min: 2000000, max: 800000000, templates: ['the government pledged {Q} for treatment', 'donors raised {Q}', 'the response plan will cost {Q}'] },
    ],
    quoteOpen: ['The next two weeks will be decisive', 'We are seeing fewer new cases in {town}', 'Our clinics are stretched to the limit', 'The {n1} vaccine is safe and effective'],
    quoteClose: ['and people should keep washing their hands', 'but we cannot relax yet', 'so we need more nurses in {region}', 'and the schools will stay open'],
    roles: ['the health minister', 'a ministry epidemiologist', 'a hospital director', 'a nurse'],
    filler: [
      'Clinics in {town} extended their opening hours to cope with demand.',
      'The {n2} laboratory is sequencing samples from the first cluster.',
      'Travellers from {region} were asked to report symptoms such as fever and {w0}.',
      'Markets in the {n3} district were disinfected on the orders of the council.',
      'Aid agencies flew in supplies of {w1} and protective equipment.',
      'The first cases were traced to a wedding in the village of {n4}.',
    ],
    nouns: ['coughing', 'saline', 'antibiotics', 'rashes', 'vaccines'],
  },
  {
    name: 'budget',
    headline: ['{region} unveils budget', 'Council of {town} approves spending plan', 'Budget squeeze in {region}'],
    facts: [
      { kind: 'money', min: 50000000, max: 90000000000, templates: ['total spending will reach {Q}', 'the budget amounts to {Q}', 'the plan commits {Q} next year'] },
      { kind: 'money', min: 1000000, max: 3000000000, templates: ['the deficit is forecast at {Q}', 'borrowing will rise to {Q}', 'the shortfall stands at {Q}'] },
      { kind: 'percent', min: 1, max: 12, templates: ['health spending rises by {Q}', 'the education budget grows {Q}', 'property taxes will increase by {Q}'] },
      { kind: 'count', min: 100, max: 12000, templates: ['the plan cuts {Q} public jobs', '{Q} posts will be eliminated', 'the council will hire {Q} teachers'] },
      { kind: 'percent', min: 1, max: 9, templates: ['inflation is expected to be {Q}', 'the economy will grow {Q}', 'unemployment stands at {Q}'] },
    ],
    quoteOpen: ['This budget balances the books', 'Families in {town} will feel the squeeze', 'We are investing in the {n0} line', 'These cuts fall on the poorest'],
    quoteClose: ['and protects essential services', 'but there was no other choice', 'and the {n1} hospital will be built', 'so we will vote against it'],
    roles: ['the finance minister', 'the council treasurer', 'the opposition finance spokesman', 'an economist'],
    filler: [
      'The document runs to more pages than last year and was published on the {n2} portal.',
      'Ratings agencies are watching the debt of {region} closely.',
      'The {n3} tramway extension was delayed again for lack of funds.',
      'Pensions and {w0} subsidies account for the largest share of spending.',
      'Business groups in {town} welcomed the freeze on the {n4} levy.',
      'The assembly will debate the plan over the coming weeks.',
    ],
    nouns: ['pensions', 'subsidies', 'bonds', 'tariffs', 'grain'],
  },
  {
    name: 'protest',
    headline: ['Thousands march in {town}', 'Protesters fill the streets of {town}', 'Police clash with demonstrators in {town}'],
    facts: [
      { kind: 'count', min: 800, max: 600000, templates: ['{Q} people joined the march', 'organisers said {Q} protesters took part', 'police estimated the crowd at {Q}'] },
      { kind: 'count', min: 3, max: 900, templates: ['{Q} people were arrested', 'police detained {Q} demonstrators', '{Q} arrests were made'] },
      { kind: 'count', min: 2, max: 200, templates: ['{Q} officers were injured', '{Q} people were taken to hospital', 'medics treated {Q} people'] },
      { kind: 'measure', min: 2, max: 15, unit: 'km', templates: ['the march stretched for {Q}', 'protesters walked {Q} to the {n0} square', 'the route covered {Q}'] },
    ],
    quoteOpen: ['We are here because nobody in {town} listens', 'The police used too much force', 'This was a peaceful march', 'The {n1} law must be withdrawn'],
    quoteClose: ['and we will come back next week', 'but a few people came to fight', 'and the minister must resign', 'so the streets are our only voice'],
    roles: ['an organiser', 'the police commissioner', 'the interior minister', 'a student'],
    filler: [
      'Marchers carried banners against the {n2} law and chanted outside parliament.',
      'Shops along {n3} avenue pulled down their shutters as the crowd passed.',
      'Riot police fired tear gas near the {n4} monument late in the afternoon.',
      'Trains to {town} were cancelled as the march reached the station.',
      'Students from the {n5} university led the procession.',
      'Smaller rallies took place in other towns across {region}.',
    ],
    nouns: ['banners', 'placards', 'barricades', 'megaphones', 'whistles'],
  },
  {
    name: 'sports',
    headline: ['{town} {n0}s win the {region} cup', 'Late goal sinks {town}', '{p0} leads {town} to title'],
    facts: [
      { kind: 'count', min: 4000, max: 95000, templates: ['a crowd of {Q} watched the final', '{Q} fans filled the {n1} stadium', 'attendance was {Q}'] },
      { kind: 'count', min: 1, max: 6, templates: ['{p0} scored {Q} goals', 'the home side scored {Q} times', '{Q} goals came in the second half'] },
      { kind: 'money', min: 100000, max: 50000000, templates: ['the club paid {Q} for {p0}', 'prize money totalled {Q}', 'the new contract is worth {Q}'] },
      { kind: 'count', min: 2, max: 40, templates: ['the club has now won {Q} titles', 'the team won {Q} matches in a row', 'the side has been unbeaten for {Q} games'] },
    ],
    quoteOpen: ['This is the best night of my life', 'The boys never stopped running', 'We were unlucky with the referee', 'The {n2} fans carried us home'],
    quoteClose: ['and we will celebrate tonight', 'but next season starts now', 'and {p0} was magnificent', 'so we will be back'],
    roles: ['the coach', 'the captain', 'the club president', 'a supporter'],
    filler: [
      'The visitors dominated possession in the first half but rarely threatened.',
      'Supporters began queuing outside the {n1} stadium hours before kick-off.',
      'The {n3} academy has produced five of the starting eleven.',
      'Fireworks lit the sky over {town} after the final whistle.',
      'The {n4} rivals had beaten the champions twice earlier in the season.',
      'Tickets sold out within minutes on the club website.',
    ],
    nouns: ['penalties', 'strikers', 'goalkeepers', 'trophies', 'scarves'],
  },
  {
    name: 'results',
    headline: ['{org} profits jump', '{org} misses forecasts', 'Sales slide at {org}'],
    facts: [
      { kind: 'money', min: 20000000, max: 80000000000, templates: ['revenue reached {Q}', '{org} reported sales of {Q}', 'turnover came in at {Q}'] },
      { kind: 'money', min: 1000000, max: 9000000000, templates: ['net profit was {Q}', 'the company earned {Q}', 'operating profit rose to {Q}'] },
      { kind: 'percent', min: 1, max: 45, templates: ['revenue grew {Q}', 'sales fell {Q} from a year earlier', 'shares rose {Q} in early trading'] },
      { kind: 'count', min: 200, max: 250000, templates: ['{org} employs {Q} people', 'the group will cut {Q} jobs', 'the company has {Q} staff'] },
      { kind: 'count', min: 5, max: 3000, templates: ['{org} operates {Q} stores', 'the company opened {Q} outlets', 'it runs {Q} factories'] },
    ],
    quoteOpen: ['We delivered a strong quarter', 'Demand for {n0} products held up', 'Conditions in {region} remain difficult', 'Our {n1} division is back to growth'],
    quoteClose: ['and we expect more next year', 'but costs are still rising', 'and we will keep investing', 'so the dividend stays unchanged'],
    roles: ['the chief executive', 'the finance director', 'an analyst', 'the chairwoman'],
    filler: [
      'The company is based in {town} and sells {w0} across {region}.',
      'Analysts at the {n2} bank had expected a weaker result.',
      'The {n3} brand accounted for most of the growth.',
      'Costs of {w1} and energy rose sharply during the period.',
      'The group completed the purchase of its rival {n4} in the spring.',
      'Investors will hear more at the annual meeting in {town}.',
    ],
    nouns: ['turbines', 'textiles', 'fertiliser', 'semiconductors', 'coffee'],
  },
  {
    name: 'wildfire',
    headline: ['Wildfire rages near {town}', 'Firefighters battle blaze in {region}', 'Fire forces evacuations around {town}'],
    facts: [
      { kind: 'measure', min: 200, max: 90000, unit: 'hectares', templates: ['the fire burned {Q}', 'the blaze has scorched {Q}', 'flames destroyed {Q} of forest'] },
      { kind: 'count', min: 50, max: 3000, templates: ['{Q} firefighters were deployed', 'crews numbering {Q} fought the flames', '{Q} firefighters were on the ground'] },
      { kind: 'count', min: 200, max: 60000, templates: ['{Q} residents were told to leave', 'authorities evacuated {Q} people', '{Q} people fled their homes'] },
      { kind: 'count', min: 5, max: 900, templates: ['{Q} houses were destroyed', 'the fire razed {Q} buildings', '{Q} homes burned'] },
      { kind: 'percent', min: 5, max: 95, templates: ['the fire was {Q} contained', 'crews had contained {Q} of the perimeter', 'containment reached {Q}'] },
    ],
    quoteOpen: ['The wind changed direction in minutes', 'We lost everything on the {n0} road', 'Crews are working around the clock', 'The {n1} ridge is the line we must hold'],
    quoteClose: ['and we will not leave anyone behind', 'but the heat is not letting up', 'so people must follow the orders', 'and more aircraft are on the way'],
    roles: ['the fire chief', 'the regional governor', 'a resident', 'a forestry official'],
    filler: [
      'Smoke drifted over {town} and turned the sky orange.',
      'Water bombers scooped from the {n2} reservoir throughout the afternoon.',
      'The blaze is thought to have started near a {w0} yard by the {n3} road.',
      'Temperatures above forty degrees and dry winds fanned the flames.',
      'Evacuees slept in the {n4} exhibition hall.',
      'Roads into the {n5} hills were closed to traffic.',
    ],
    nouns: ['timber', 'pine', 'embers', 'hoses', 'aircraft'],
  },
  {
    name: 'earthquake',
    headline: ['Earthquake shakes {region}', 'Quake leaves {town} in ruins', 'Rescuers search rubble after {region} quake'],
    facts: [
      { kind: 'count', min: 3, max: 12000, templates: ['{Q} people were killed', 'the death toll rose to {Q}', 'officials confirmed {Q} deaths'] },
      { kind: 'count', min: 20, max: 40000, templates: ['{Q} people were injured', 'hospitals treated {Q} casualties', '{Q} people were hurt'] },
      { kind: 'count', min: 50, max: 90000, templates: ['{Q} buildings collapsed', 'the quake destroyed {Q} homes', '{Q} houses were damaged'] },
      { kind: 'measure', min: 5, max: 40, unit: 'km', templates: ['the epicentre was {Q} from {town}', 'the quake struck at a depth of {Q}', 'tremors were felt {Q} away'] },
      { kind: 'money', min: 5000000, max: 20000000000, templates: ['damage was estimated at {Q}', 'the government released {Q} in aid', 'reconstruction will cost {Q}'] },
    ],
    quoteOpen: ['The ground shook for nearly a minute', 'We are still pulling people from the rubble', 'The {n0} school held up', 'Aftershocks keep everyone outside'],
    quoteClose: ['and we pray for the families', 'but we need heavy machinery now', 'and tents are arriving in {town}', 'so nobody should go back inside yet'],
    roles: ['the civil protection chief', 'a rescuer', 'the prime minister', 'a survivor'],
    filler: [
      'Survivors spent the night in the open in the squares of {town}.',
      'Rescue teams from {region} and abroad searched the {n1} district.',
      'The seismological institute recorded dozens of aftershocks.',
      'The old {n2} cathedral lost its bell tower.',
      'Supplies of {w0} and drinking water were trucked in from the {n3} depot.',
      'Engineers will inspect every school before classes resume.',
    ],
    nouns: ['rubble', 'tents', 'generators', 'blankets', 'cranes'],
  },
];

// Sentences any report may carry, to reach length and vary the wording.
const GENERIC_FILLER = [
  'Officials in {town} said more details would be released later in the week.',
  'The {outlet} was unable to verify all of the figures independently.',
  '{p2}, who has lived in {town} for decades, said the mood in the {n5} quarter was tense.',
  'Local radio stations broadcast updates every hour.',
  'The regional government of {region} held an emergency meeting in the {n4} palace.',
  'Critics said the authorities had ignored earlier warnings from the {n2} committee.',
  'A spokeswoman for {org} declined to comment on the details.',
  'Reporters saw long queues outside the {n3} town hall.',
  'The situation in the neighbouring district of {n1} was calmer.',
  'Much remained unclear as night fell over {region}.',
  'Neighbours shared food and blankets in the {n0} parish.',
  'The national broadcaster interrupted its programmes to cover the story.',
  'Some residents of {town} said they felt abandoned by the capital.',
  'An inquiry is expected once the immediate crisis has passed.',
  'Photographs shared online showed crowds near the {n5} crossroads.',
  'Transport links between {town} and the rest of {region} were disrupted.',
  'Community leaders called for calm and patience.',
  'The story has dominated the front pages of the {region} papers.',
  'Several ministers travelled to {town} to see the situation for themselves.',
  'The {n3} foundation offered to help families with immediate costs.',
  'Churches and mosques in {town} opened their doors.',
  'Economists warned that the effects would be felt well beyond {region}.',
  'The weather forecast for the coming days was mixed.',
  'Opposition politicians demanded a full account from the government.',
  'Previous events of this kind in {region} were far smaller.',
  'The mayor of nearby {n4}ton said her town stood ready to help.',
  'Traders at the {n2} market reported a sharp fall in business.',
  'International organisations said they were monitoring developments closely.',
  'Details of the timetable were posted on the website of {org}.',
  'Many people in {town} first heard the news on social media.',
];

const LOCAL = ['here in {town}', 'for the people of {region}', 'on the {n2} road', 'in the {n3} quarter', 'near the {n4} works', 'across {region}', 'in {town} and the {n5} villages', 'since the {n1} meeting', 'for {p3} and the others', 'at the {n0} site'];
const OUTLETS = ['Tribune', 'Courier', 'Gazette', 'Herald', 'Chronicle', 'Observer', 'Post', 'Examiner', 'Ledger', 'Sentinel'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SAY = ['said', 'told reporters', 'said in a statement', 'told the {outlet}', 'added'];

interface EventSpec {
  id: number;
  type: EventType;
  vars: Record<string, string>;
  values: number[];
  year: number;
  month: number; // 0-based
  day: number;
  people: string[];
  quotes: { text: string; speaker: number }[];
}

function makeEvent(id: number, r: Rng): EventSpec {
  const type = EVENT_TYPES[id % EVENT_TYPES.length];
  const town = cap(word(r, 1, 2)) + r.pick(PLACE_SUFFIX);
  const region = cap(word(r, 2, 3)) + r.pick(['', '', 'ia', 'land', ' Province', ' County']);
  const river = `River ${cap(word(r, 1, 2))}`;
  const org = cap(word(r, 2, 3)) + r.pick([' Group', ' Motors', ' Holdings', ' Party', ' Union', ' Foods', ' Alliance', '']);
  const people = [0, 1, 2, 3].map(() => `${cap(word(r, 1, 2))} ${cap(word(r, 2, 3))}`);
  const vars: Record<string, string> = { town, region, river, org };
  people.forEach((p, i) => (vars[`p${i}`] = p));
  type.roles.forEach((role, i) => (vars[`role${i}`] = role));
  for (let i = 0; i < 6; i++) vars[`n${i}`] = word(r, 2, 3);
  r.shuffle([...type.nouns]).forEach((w, i) => (vars[`w${i}`] = w));
  const values = type.facts.map((f) => {
    // Log-uniform so that small and large figures both occur.
    const v = Math.exp(Math.log(f.min) + r.next() * (Math.log(f.max) - Math.log(f.min)));
    return f.kind === 'percent' ? v : Math.round(v);
  });
  // Each quotation names something local, as people quoted in reports do, so that quotations
  // of different events rarely coincide word for word.
  const quotes = [0, 1, 2].map((i) => ({ text: `${r.pick(type.quoteOpen)} ${r.pick(LOCAL)}, ${r.pick(type.quoteClose)}.`, speaker: i }));
  return { id, type, vars, values, year: r.int(2019, 2025), month: r.int(0, 11), day: r.int(1, 28), people, quotes };
}

function fill(t: string, vars: Record<string, string>): string {
  return t.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

function sentenceCase(s: string): string {
  return cap(s.trim());
}

function countWords(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** A quotation as this reporter carries it: usually verbatim, sometimes a word off or misattributed. */
function quoteVariant(text: string, r: Rng): string {
  if (!r.chance(0.2)) return text;
  const words = text.split(' ');
  const i = r.int(1, words.length - 2);
  if (r.chance(0.5)) words.splice(i, 1);
  else words[i] = r.pick(['really', 'all', 'truly', 'now', 'still']) + ' ' + words[i];
  return words.join(' ');
}

function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m, d)).getUTCDay();
}

/** One report about an event, ~targetWords long. */
function makeReport(ev: EventSpec, docIndex: number, r: Rng, targetWords: number): string {
  const outlet = `${cap(word(r, 1, 2))} ${r.pick(OUTLETS)}`;
  const vars: Record<string, string> = { ...ev.vars, outlet };
  // Some reports get the date wrong by a day or two.
  const dayShift = r.chance(0.15) ? r.pick([-2, -1, 1, 2]) : 0;
  const day = Math.min(28, Math.max(1, ev.day + dayShift));
  const wd = WEEKDAYS[weekdayOf(ev.year, ev.month, day)];
  const month = MONTHS[ev.month];
  const pubDay = Math.min(28, ev.day + 1);
  const pubWd = WEEKDAYS[weekdayOf(ev.year, ev.month, pubDay)];
  vars.weekday = wd;
  vars.month = month;
  const dateForms = [`on ${wd}`, `on ${wd}, ${day} ${month}`, `on ${month} ${day}`, `on ${month} ${day}, ${ev.year}`, `last ${wd}`, `on ${day} ${month} ${ev.year}`];

  // Which facts this report gets wrong: each figure disagrees with probability 0.2.
  const values = ev.values.map((v) => (r.chance(0.2) ? v * r.pick([0.6, 0.75, 0.8, 1.25, 1.4, 1.6, 2]) : v));

  const paragraphs: string[] = [];
  const headline = fill(r.pick(ev.type.headline), vars);
  paragraphs.push(headline);
  const facts = r.shuffle(ev.type.facts.map((f, i) => ({ f, i })));
  const first = facts[0];
  const lede = `${ev.vars.town.toUpperCase()}, ${pubWd} — ${sentenceCase(fill(r.pick(first.f.templates), vars).replace('{Q}', formatQuantity(first.f, values[first.i], r, currencyOf(ev))))} ${r.pick(dateForms)}, ${fill(r.pick(['officials said', 'authorities said', 'the {outlet} has learned', 'according to {org}']), vars)}.`;
  paragraphs.push(lede);

  const fillers = r.shuffle([...ev.type.filler, ...GENERIC_FILLER]);
  let fi = 0;
  const nextFiller = () => {
    const t = fillers[fi++ % fillers.length];
    // Past the first round the same template gets fresh invented words so it is no verbatim repeat.
    const extra = fi > fillers.length ? { ...vars, n0: word(r), n1: word(r), n2: word(r), n3: word(r), n4: word(r), n5: word(r), p2: `${cap(word(r, 1, 2))} ${cap(word(r, 2, 3))}` } : vars;
    return fill(t, extra);
  };
  const factSentence = (k: number) => {
    const { f, i } = facts[k % facts.length];
    const clause = fill(r.pick(f.templates), vars).replace('{Q}', formatQuantity(f, values[i], r, currencyOf(ev)));
    const source = r.chance(0.5) ? `, ${fill(r.pick(['according to {org}', 'the {outlet} reported', 'officials said', '{p1} said', 'a spokesman said']), vars)}` : '';
    const when = r.chance(0.3) ? ` ${r.pick(dateForms)}` : '';
    return `${sentenceCase(clause)}${when}${source}.`;
  };
  const quoteSentence = (q: { text: string; speaker: number }) => {
    const misattributed = r.chance(0.1);
    const speaker = misattributed ? (q.speaker + 1) % ev.people.length : q.speaker;
    const text = fill(quoteVariant(q.text, r), vars);
    const who = `${ev.people[speaker]}, ${ev.vars[`role${speaker}`]}`;
    const verb = fill(r.pick(SAY), vars);
    if (r.chance(0.5)) return `"${text.replace(/\.$/, ',')}" ${r.chance(0.5) ? `said ${who}` : `${who} ${verb}`}.`;
    return `${who} ${verb}: "${text}"`;
  };

  // The body: every other figure once or twice, each quotation once, a date line, then
  // background until the report is long enough, all in a shuffled order.
  const body: string[] = [];
  for (let k = 1; k < facts.length * 2; k++) if (k < facts.length || r.chance(0.4)) body.push(factSentence(k));
  for (const q of ev.quotes) if (r.chance(0.8)) body.push(quoteSentence(q));
  body.push(`The events began ${r.pick(dateForms)} and ${r.pick(['continued into', 'eased by', 'worsened on'])} ${WEEKDAYS[(weekdayOf(ev.year, ev.month, day) + r.int(1, 3)) % 7]}.`);
  r.shuffle(body);
  let words = countWords(paragraphs.join(' ')) + countWords(body.join(' '));
  const extra: string[] = [];
  while (words < targetWords) {
    const s = r.chance(0.45) ? background(r, vars, ev) : nextFiller();
    extra.push(s);
    words += countWords(s);
  }
  // Interleave: background sentences spread among the claims.
  const all: string[] = [];
  let bi = 0;
  let ei = 0;
  while (bi < body.length || ei < extra.length) {
    const takeBody = bi < body.length && (ei >= extra.length || r.chance(body.length / (body.length + extra.length)));
    all.push(takeBody ? body[bi++] : extra[ei++]);
  }
  for (let i = 0; i < all.length; ) {
    const n = r.int(3, 5);
    paragraphs.push(all.slice(i, i + n).join(' '));
    i += n;
  }
  paragraphs.push(`Reporting by ${cap(word(r, 1, 2))} ${cap(word(r, 2, 3))} for the ${outlet}; item ${ev.id}-${docIndex}.`);
  return paragraphs.join('\n\n') + '\n';
}

const ACTORS = ['officials', 'residents', 'traders', 'engineers', 'teachers', 'farmers', 'volunteers', 'drivers', 'nurses', 'students', 'shopkeepers', 'pensioners', 'fishermen', 'councillors'];
const ACTS = ['inspected', 'complained about', 'gathered near', 'repaired', 'photographed', 'discussed', 'cleared', 'guarded', 'reopened', 'visited', 'closed', 'rebuilt'];
const THINGS = ['market', 'bridge', 'depot', 'square', 'clinic', 'warehouse', 'school', 'harbour', 'library', 'station', 'mill', 'chapel', 'quarry', 'orchard'];
const WHENS = ['in the morning', 'before dawn', 'late on', 'over the weekend', 'during the afternoon', 'after dark', 'at midday', 'the day before'];
const YEARS_AGO = ['two', 'three', 'five', 'ten', 'twenty'];

/** A background sentence from invented words, so that vocabularies differ from report to report. */
function background(r: Rng, vars: Record<string, string>, ev: EventSpec): string {
  const place = r.chance(0.5) ? vars.town : cap(word(r, 1, 2)) + r.pick(PLACE_SUFFIX);
  const thing = `${r.chance(0.5) ? vars[`n${r.int(0, 5)}`] : word(r)} ${r.pick(THINGS)}`;
  switch (r.int(0, 4)) {
    case 0:
      return `${cap(r.pick(ACTORS))} in ${place} ${r.pick(ACTS)} the ${thing} ${r.pick(WHENS)}.`;
    case 1:
      return `${cap(word(r, 1, 2))} ${cap(word(r, 2, 3))}, a ${r.pick(['local', 'retired', 'young', 'veteran'])} ${r.pick(['teacher', 'baker', 'engineer', 'farmer', 'councillor', 'driver'])}, ${r.pick(ACTS)} the ${thing} with ${r.pick(ACTORS)} from ${place}.`;
    case 2:
      return `${cap(r.pick(YEARS_AGO))} years ago a smaller ${ev.type.name} near ${cap(word(r, 1, 2))}${r.pick(PLACE_SUFFIX)} left the ${thing} damaged for months.`;
    case 3:
      return `The ${thing} in ${place} is ${r.pick(['famous for', 'known for', 'popular for'])} its ${word(r)} ${r.pick(['festival', 'cheese', 'choir', 'lanterns', 'ferry', 'tiles'])}.`;
    default:
      return `${cap(r.pick(ACTORS))} from the ${word(r)} ${r.pick(['association', 'cooperative', 'guild', 'league', 'council'])} said the ${vars[`w${r.int(0, 3)}`]} ${r.pick(['shortage', 'question', 'dispute', 'supply'])} in ${place} would be discussed ${r.pick(['next week', 'soon', 'in the spring', 'at the next meeting'])}.`;
  }
}

function currencyOf(ev: EventSpec): string {
  return ['$', '€', '£', '$'][ev.id % 4];
}

/** n documents about ~n/4 events (2 to 6 reports each), the same for the same seed. */
export function generateCorpus(n: number, seed: number, targetWords = 600): CorpusDoc[] {
  const root = new Rng(seed).fork(`corpus-${n}`);
  const docs: CorpusDoc[] = [];
  let eventId = 0;
  while (docs.length < n) {
    const er = root.fork(`event-${eventId}`);
    const ev = makeEvent(eventId, er);
    const reports = Math.min(er.int(2, 6), n - docs.length);
    for (let d = 0; d < reports; d++) {
      const text = makeReport(ev, d, er.fork(`doc-${d}`), targetWords);
      docs.push({ name: `e${String(eventId).padStart(5, '0')}-d${d}.txt`, eventId, text });
    }
    eventId++;
  }
  return docs;
}

/** A long draft (~targetWords) about the first event of a corpus generated with the same seed. */
export function generateDraft(seed: number, targetWords = 2000): string {
  const r = new Rng(seed).fork('corpus-1000').fork('event-0');
  const ev = makeEvent(0, r);
  return makeReport(ev, 99, new Rng(seed).fork('draft'), targetWords);
}

/**
 * Writes the corpus to dir (one .txt file per document) unless a stamp file says the same seed,
 * size and generator version are already there.
 */
export function writeCorpus(dir: string, docs: CorpusDoc[], seed: number): boolean {
  const stampFile = path.join(dir, '.stamp');
  const stamp = JSON.stringify({ seed, n: docs.length, version: CORPUS_VERSION });
  try {
    if (fs.readFileSync(stampFile, 'utf8') === stamp) return false;
  } catch {
    // not there yet
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const d of docs) fs.writeFileSync(path.join(dir, d.name), d.text);
  fs.writeFileSync(stampFile, stamp);
  return true;
}

export function wordCount(text: string): number {
  return countWords(text);
}
