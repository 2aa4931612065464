// Closed-class English words the extractors read: hedges, reporting verbs, units, calendar names.
// These are grammar, not topic: what a figure counts is judged by word vectors (see similarity.ts).

/** A lookup table without Object.prototype: the word "constructor" must find nothing. */
export function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/**
 * Nouns that praise or damn what follows them with "of a" ("a masterpiece of a game", "a monster
 * of a storm", "a hell of a week"): the thing named after "of a" is what the phrase is about.
 */
export const EPITHETS = new Set(['masterpiece', 'monster', 'beast', 'hell', 'heck', 'gem', 'marvel', 'classic', 'epic', 'thriller', 'cracker', 'corker', 'belter', 'humdinger', 'nightmare', 'brute', 'behemoth', 'whopper', 'doozy', 'slugfest', 'stinker', 'mess', 'wreck', 'dream', 'joke', 'disaster']);

/** Possessive determiners: "its own", "of their homes", "its operating margin". */
export const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

export const STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for with from as into onto over under about than then ' +
    'this that these those there here it its it\'s he she they them their his her him we our us you your i me my ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'not no nor so such too very just also only even still yet already which who whom whose what when where why how ' +
    'all any some each every both either neither other another more most much many few several one ' +
    'up down out off again further once s \'s').split(/\s+/),
);

/**
 * Participles that serve as prepositions before a noun phrase ("began in 2019 following a
 * complaint", "killed 50 people, including 10 children"): no deed of the clause.
 */
export const PARTICIPLE_PREPOSITIONS = new Set(['following', 'including', 'excluding', 'regarding', 'concerning', 'according', 'during', 'pending', 'considering', 'barring']);

/** Verbs and nouns of saying: they name a source, not the event a figure or date belongs to. */
export const REPORTING = new Set(
  ('say tell report claim state announce add note write quote estimate believe suggest show indicate ' +
    'confirm acknowledge reveal according statement release publish air broadcast comment remark ' +
    'declare insist argue explain describe express cite').split(/\s+/),
);

/** Words that make a figure an estimate of a quantity rather than the quantity itself. */
export const QUALIFIER_PHRASES: [string[], 'approx' | 'at-least' | 'more-than' | 'at-most' | 'less-than'][] = [
  [['at', 'least'], 'at-least'],
  [['no', 'fewer', 'than'], 'at-least'],
  [['no', 'less', 'than'], 'at-least'],
  [['a', 'minimum', 'of'], 'at-least'],
  [['more', 'than'], 'more-than'],
  [['in', 'excess', 'of'], 'more-than'],
  [['upwards', 'of'], 'more-than'],
  [['upward', 'of'], 'more-than'],
  [['just', 'over'], 'more-than'],
  [['well', 'over'], 'more-than'],
  [['over'], 'more-than'],
  [['above'], 'more-than'],
  [['exceeding'], 'more-than'],
  // "the toll has surpassed 5,100", "deliveries topped 435,000": a figure passed, a lower bound.
  [['exceeded'], 'more-than'],
  [['surpassed'], 'more-than'],
  [['surpassing'], 'more-than'],
  [['topped'], 'more-than'],
  [['topping'], 'more-than'],
  [['at', 'most'], 'at-most'],
  // "marched to within 150 miles of Moscow", "within 90 seconds": no further, no longer.
  [['within'], 'at-most'],
  [['up', 'to'], 'at-most'],
  [['no', 'more', 'than'], 'at-most'],
  [['as', 'many', 'as'], 'at-most'],
  [['as', 'much', 'as'], 'at-most'],
  [['a', 'maximum', 'of'], 'at-most'],
  // "rising to a possible €134m with add-ons": the most it may come to, as "as much as €133m".
  [['a', 'possible'], 'at-most'],
  [['a', 'potential'], 'at-most'],
  // "the best part of 80 minutes", "the better part of a decade": most of it, a little under.
  [['the', 'best', 'part', 'of'], 'approx'],
  [['the', 'better', 'part', 'of'], 'approx'],
  // "just shy of 60%": a little under, as "almost".
  [['just', 'shy', 'of'], 'approx'],
  [['shy', 'of'], 'approx'],
  [['fewer', 'than'], 'less-than'],
  [['less', 'than'], 'less-than'],
  [['just', 'under'], 'less-than'],
  [['under'], 'less-than'],
  [['below'], 'less-than'],
  [['closer', 'to'], 'approx'],
  [['close', 'to'], 'approx'],
  [['an', 'estimated'], 'approx'],
  [['estimated'], 'approx'],
  [['some'], 'approx'],
  [['about'], 'approx'],
  [['around'], 'approx'],
  [['approximately'], 'approx'],
  [['roughly'], 'approx'],
  [['nearly'], 'approx'],
  [['almost'], 'approx'],
  [['circa'], 'approx'],
  [['approx'], 'approx'],
  [['~'], 'approx'],
];

/**
 * Words after a figure that make it a bound or an estimate ("600 or more", "15,000-plus"; "people
 * aged 45 and over", "45 or older", "$5 or less": a group's ages or a price from or up to a line).
 */
export const TRAILING_QUALIFIERS: [string[], 'approx' | 'at-least' | 'more-than' | 'at-most'][] = [
  [['or', 'more'], 'at-least'],
  [['or', 'above'], 'at-least'],
  [['or', 'higher'], 'at-least'],
  [['or', 'greater'], 'at-least'],
  [['or', 'older'], 'at-least'],
  [['and', 'older'], 'at-least'],
  [['and', 'over'], 'at-least'],
  [['and', 'above'], 'at-least'],
  [['or', 'over'], 'at-least'],
  [['or', 'less'], 'at-most'],
  [['or', 'fewer'], 'at-most'],
  [['or', 'younger'], 'at-most'],
  [['and', 'younger'], 'at-most'],
  [['and', 'under'], 'at-most'],
  [['or', 'under'], 'at-most'],
  [['or', 'so'], 'approx'],
  [['plus'], 'more-than'],
  [['+'], 'more-than'],
];

export const INCREMENT_BEFORE = new Set(['another', 'additional', 'extra', 'further']);
export const INCREMENT_AFTER = new Set(['more', 'additional', 'extra', 'further', 'other', 'others']);

/** Future and intention markers: a projected figure is not a count so far. */
export const PROJECTION = new Set(['will', 'shall', "'ll", 'could', 'afford', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'expected', 'set', 'going', 'aim', 'aims', 'would']);

export const VAGUE_HEADS = new Set(['several', 'many', 'few', 'numerous', 'countless']);
export const VAGUE_PLURAL_SCALES: Record<string, number> = table({
  dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, tens: 10,
});

export const CURRENCY_SYMBOLS: Record<string, string> = table({
  $: 'USD', us$: 'USD', 'usd': 'USD', '€': 'EUR', eur: 'EUR', '£': 'GBP', gbp: 'GBP', '¥': 'JPY',
  jpy: 'JPY', '₹': 'INR', inr: 'INR', rs: 'INR', 'rs.': 'INR', '₩': 'KRW', krw: 'KRW', '₽': 'RUB', rub: 'RUB', cny: 'CNY',
  'a$': 'AUD', 'c$': 'CAD', 's$': 'SGD', 'hk$': 'HKD', 'nz$': 'NZD', 'nt$': 'TWD', 'r$': 'BRL', chf: 'CHF',
});
/** Words for per cent after a figure ("2.5pc" is read by its case: figureUnits.ts). */
export const PER_CENT = /^(%|percent|pct)$/;

/** The parts a whole is cut into, written as a word, and how many make the whole ("half", "a third", "two-fifths"). */
export const PARTS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };

/** Hundredths of a currency, named after the figure ("73 cents", "40 pence"). */
export const CURRENCY_HUNDREDTHS = new Set(['cent', 'cents', 'pence', 'penny']);

export const CURRENCY_WORDS: Record<string, string> = table({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  yen: 'JPY', won: 'KRW', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', franc: 'CHF', francs: 'CHF',
  cent: 'USD', cents: 'USD', pence: 'GBP', penny: 'GBP',
});

/**
 * Currencies named with their country ("50 billion Swiss francs", "500 Hong Kong dollars"), whose
 * plain word ("dollars", "pesos") alone would name another currency or none; and a few currency
 * words no other currency shares.
 */
export const NAMED_CURRENCIES: Record<string, string> = table({
  'swiss franc': 'CHF', 'swiss francs': 'CHF', 'hong kong dollar': 'HKD', 'hong kong dollars': 'HKD',
  'australian dollar': 'AUD', 'australian dollars': 'AUD', 'canadian dollar': 'CAD', 'canadian dollars': 'CAD',
  'new zealand dollar': 'NZD', 'new zealand dollars': 'NZD', 'singapore dollar': 'SGD', 'singapore dollars': 'SGD',
  'taiwan dollar': 'TWD', 'taiwan dollars': 'TWD', 'us dollar': 'USD', 'us dollars': 'USD', 'u.s. dollar': 'USD', 'u.s. dollars': 'USD',
  'japanese yen': 'JPY', 'chinese yuan': 'CNY', 'indian rupee': 'INR', 'indian rupees': 'INR',
  'pakistani rupee': 'PKR', 'pakistani rupees': 'PKR', 'russian rouble': 'RUB', 'russian roubles': 'RUB', 'russian ruble': 'RUB', 'russian rubles': 'RUB',
  'mexican peso': 'MXN', 'mexican pesos': 'MXN', 'argentine peso': 'ARS', 'argentine pesos': 'ARS', 'philippine peso': 'PHP', 'philippine pesos': 'PHP',
  'brazilian real': 'BRL', 'brazilian reais': 'BRL', reais: 'BRL', 'south african rand': 'ZAR', rand: 'ZAR',
  'turkish lira': 'TRY', 'south korean won': 'KRW', naira: 'NGN', shekel: 'ILS', shekels: 'ILS', zloty: 'PLN', hryvnia: 'UAH', hryvnias: 'UAH', ringgit: 'MYR', baht: 'THB', rupiah: 'IDR',
});

/** Units of measure, singular and plural folded to one name. */
export const MEASURE_UNITS: Record<string, string> = table({
  km: 'km', kms: 'km', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  mile: 'mile', miles: 'mile', lightyear: 'ly', lightyears: 'ly', metre: 'm', metres: 'm', meter: 'm', meters: 'm',
  cm: 'cm', centimetre: 'cm', centimetres: 'cm', centimeter: 'cm', centimeters: 'cm',
  mm: 'mm', millimetre: 'mm', millimetres: 'mm', millimeter: 'mm', millimeters: 'mm', ft: 'ft', foot: 'ft', feet: 'ft', inch: 'inch', inches: 'inch',
  kg: 'kg', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg', g: 'g', gram: 'g', grams: 'g',
  tonne: 'tonne', tonnes: 'tonne', ton: 'tonne', tons: 'tonne', lb: 'lb', lbs: 'lb',
  pound_weight: 'lb', acre: 'acre', acres: 'acre', hectare: 'ha', hectares: 'ha', ha: 'ha',
  litre: 'l', litres: 'l', liter: 'l', liters: 'l', gallon: 'gallon', gallons: 'gallon',
  barrel: 'barrel', barrels: 'barrel', mw: 'MW', gw: 'GW', kw: 'kW', kwh: 'kWh', mph: 'mph',
  'km/h': 'km/h', kph: 'km/h', kmh: 'km/h', kmph: 'km/h', knot: 'knot', knots: 'knot', kt: 'knot', kts: 'knot', degree: 'degree', degrees: 'degree', '°c': '°C', '°f': '°F', magnitude: 'magnitude',
  // Energy and power: a fusion shot's yield, a plant's output, a battery.
  joule: 'J', joules: 'J', kilojoule: 'kJ', kilojoules: 'kJ', kj: 'kJ', megajoule: 'MJ', megajoules: 'MJ', mj: 'MJ', gigajoule: 'GJ', gigajoules: 'GJ', gj: 'GJ',
  mwh: 'MWh', gwh: 'GWh', twh: 'TWh', watt: 'W', watts: 'W', kilowatt: 'kW', kilowatts: 'kW', megawatt: 'MW', megawatts: 'MW', gigawatt: 'GW', gigawatts: 'GW',
  // Storage, pressure, and a camera's resolution (compared only with itself).
  gb: 'GB', gigabyte: 'GB', gigabytes: 'GB', tb: 'TB', terabyte: 'TB', terabytes: 'TB', megabyte: 'MB', megabytes: 'MB',
  millibar: 'mbar', millibars: 'mbar', hpa: 'hPa', psi: 'psi', atmosphere: 'atm', atmospheres: 'atm', megapixel: 'MP', megapixels: 'MP',
});

/**
 * Abbreviations whose case tells two units apart, as written after a figure: "950 mb" is a
 * pressure, "512 MB" storage; "48MP" (against the digits) a camera's megapixels, not MPs.
 */
export const CASED_UNITS: Record<string, string> = table({ mb: 'mbar', MB: 'MB' });

export const DURATION_UNITS: Record<string, string> = table({
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  sec: 'second', secs: 'second', min: 'minute', mins: 'minute', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month',
  year: 'year', years: 'year', decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
  season: 'year', seasons: 'year',
});

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A year as a report writes one, 1500 to 2199: the digits alone, for the patterns that read years. */
export const YEAR_DIGITS = '1[5-9]\\d\\d|2[01]\\d\\d';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_NAMES = new Set([...MONTHS, ...WEEKDAYS]);
/** A month's or a weekday's name, in lower case ("monday", "may"). */
export const isDayName = (w: string) => DAY_NAMES.has(w);
export const SEASONS: Record<string, [number, number]> = table({
  spring: [3, 5], summer: [6, 8], fall: [9, 11], autumn: [9, 11], winter: [12, 2],
});
export const ORDINAL_WORDS: Record<string, number> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, hundredth: 100,
});

/**
 * Harm events: reports of a conflict or disaster count the dead and the wounded separately,
 * and "casualties" means both together. Folding the verbs to these two senses keeps
 * "600 killed" apart from "6,000 casualties" while "perished" and "died" still meet "killed".
 */
export const HARM_SENSES: Record<string, string[]> = table({
  kill: ['killed'], die: ['killed'], perish: ['killed'], dead: ['killed'], death: ['killed'],
  fatality: ['killed'], slay: ['killed'], murder: ['killed'], toll: ['killed'],
  wound: ['wounded'], injure: ['wounded'], injury: ['wounded'], hurt: ['wounded'], wounded: ['wounded'], injured: ['wounded'],
  casualty: ['killed', 'wounded'],
  // The missing and the displaced are counted apart from the dead and the hurt.
  miss: ['missing'], missing: ['missing'], unaccounted: ['missing'],
  displace: ['displaced'], displaced: ['displaced'], homeless: ['displaced'],
});

/** Words that name a body or an outlet rather than a person: "Special Court", "New York Times". */
export const INSTITUTION_WORDS = new Set([
  'court', 'tribunal', 'times', 'post', 'news', 'journal', 'herald', 'tribune', 'guardian', 'telegraph', 'agency', 'ministry',
  'commission', 'government', 'office', 'council', 'authority', 'party', 'police', 'committee', 'department', 'house',
  'press', 'media', 'television', 'radio', 'network', 'union', 'association', 'organization', 'organisation', 'bank',
  'company', 'group', 'board', 'service', 'institute', 'university', 'foundation', 'army', 'military', 'embassy',
  'parliament', 'congress', 'senate', 'assembly', 'prosecutors', 'prosecution', 'spokesman', 'spokeswoman', 'officials', 'guard',
]);

/** Titles before a name: sharing one ("President …") does not make two speakers one. */
export const TITLES = new Set(['president', 'minister', 'judge', 'general', 'mr', 'mrs', 'ms', 'dr', 'prime', 'chief', 'secretary', 'senator', 'governor', 'mayor', 'king', 'queen', 'prince', 'sir', 'lord', 'major', 'colonel', 'captain', 'director']);

/** Hyphens and dashes that join two words or a range ("a 34-match streak", "12–13 June"), or set a phrase apart ("--" typed for a dash). */
export const DASHES = new Set(['-', '–', '—', '‒', '--']);

/** Temperature scales by name ("21 Fahrenheit", "12 degrees Celsius"). */
export const SCALE_NAMES = new Map([['celsius', '°C'], ['fahrenheit', '°F']]);
/** The scales a word after "degrees" names, by letter too ("2 degrees C"). */
export const SCALES_AFTER_DEGREES = new Map([...SCALE_NAMES, ['c', '°C'], ['f', '°F']]);
