// A country and its people are one party: "the Americans", "Team USA" and "the United States";
// "Ethiopians" and "Ethiopia". Names, spellings, codes and demonyms come from world-countries
// (mledoze/countries), read into one table the first time a name is asked about.
import countries from 'world-countries';

let table: Map<string, string> | undefined;

function build(): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string | undefined, code: string) => {
    const key = name?.toLowerCase();
    if (key && !out.has(key)) out.set(key, code);
  };
  // Where two share a name or a demonym ("American", "French"), the sovereign state takes it, then the larger.
  const order = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember) || Number(b.independent) - Number(a.independent) || b.area - a.area);
  for (const c of order) {
    const code = c.cca3;
    add(c.name.common, code);
    add(c.name.official, code);
    for (const alt of c.altSpellings) {
      // Codes in capitals ("US", "UK", "USA") are read with their dots too ("U.S."). The names
      // compared are names (a doer, a party), never a pronoun, so "US" in lower case is the code.
      if (/^[A-Z]{2,3}$/.test(alt)) add(alt.split('').join('.') + '.', code);
      add(alt, code);
    }
    const people = c.demonyms?.eng;
    for (const d of people ? [people.m, people.f] : []) {
      add(d, code);
      if (!/[sh]$/.test(d)) add(`${d}s`, code);
    }
  }
  return out;
}

/** Words a name of a people or a country's side carries besides the country: "Team USA", "the Americans". */
const SIDE_WORDS = new Set(['the', 'team']);

/**
 * The country a name is, in any of its forms ("Americans", "Team USA", "the U.S.": USA), when the
 * whole name is one; a name that only holds a country ("American Airlines", "US officials") is not.
 */
export function countryOf(name: string): string | undefined {
  const words = name.toLowerCase().split(/\s+/).filter((w) => w && !SIDE_WORDS.has(w));
  return words.length ? (table ??= build()).get(words.join(' ')) : undefined;
}

/** Two names of one country: "Americans" and "Team USA". */
export function sameCountry(x: string, y: string): boolean {
  const a = countryOf(x);
  return !!a && a === countryOf(y);
}
