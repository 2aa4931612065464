// What the engine took a figure to be, in a few words, for the start of its finding's message:
// "Windows revenue, rise: 9.5% here; …", "troops, in Ukraine: 15,000 here; …". An editor reads in
// it why two figures were set side by side, and can tell at once when they should not have been.
import type { QuantityClaim } from './types';
import { placesListed } from './places';

/** Longest counted phrase quoted as written; a longer one is named by its head noun. */
const PHRASE_WORDS = 6;

export function frameLabel(c: QuantityClaim): string | undefined {
  const x = c.context;
  let what = x.phrase?.replace(/^(the|a|an|its|their|his|her)\s+/i, '').replace(/\s+/g, ' ').trim();
  if (!what || what.split(' ').length > PHRASE_WORDS) what = x.nounForm ?? x.noun;
  // "largest cryptocurrency exchange: 3rd here"; a superlative with no noun, "rank among the deadliest".
  if (c.quantity.kind === 'ordinal' && x.superlative && what === (x.nounForm ?? x.noun)) what = `rank among the ${x.noun}`;
  // "a seven-time Wimbledon king": the times of a title ("times Wimbledon king").
  if (x.noun === 'time' && what?.startsWith('time ')) what = `times ${what.slice(5)}`;
  const status = [
    x.change === 'up' ? 'rise' : x.change === 'down' ? 'fall' : x.change ? 'change' : undefined,
    x.forecast ? 'forecast' : x.projection ? 'expected' : undefined,
    x.offered ? 'offered' : x.requested ? 'asked for' : undefined,
    x.previous ? 'earlier figure' : undefined,
    x.mark === 'record' ? 'a record held' : x.mark === 'target' ? 'a target' : undefined,
    x.increment === 'rest' ? 'besides those named' : x.increment ? 'more' : undefined,
    x.run ? 'in a row' : undefined,
    x.tally ? 'one side of a vote' : undefined,
    // "71 Republicans … voted against", "58% in favour": the side of the vote (stance.ts).
    x.stance ? `voting ${x.stance}` : undefined,
    // "in Odisha", "across the country"; "from …" and "of …" read oddly alone.
    x.place && /^(in|across|near) /i.test(x.place) ? shortPlace(x.place) : undefined,
    // A row of a list of names ("4. India: 26%"): the name it is of.
    x.row && x.place ? `for ${x.place}` : undefined,
    x.ageGroup ? `aged ${x.ageGroup.replace(/^</, 'under ').replace(/\+$/, ' and over')}` : undefined,
    // Who did it, or whose it is, and at which moment: "by Delta", "of China", "at the close" (doers.ts).
    x.doer ? `${x.owns || x.described ? 'of' : 'by'} ${x.doer}` : undefined,
    x.moment ? MOMENT_LABEL[x.moment] : undefined,
  ].filter(Boolean);
  // Without a noun, a doer or a moment alone still says what the figure was taken to be.
  if (!what && !x.doer && !x.moment && !x.ageGroup) return undefined;
  return [what, ...status].filter(Boolean).join(', ');
}

const MOMENT_LABEL: Record<string, string> = { start: 'at the start', end: 'at the end', peak: 'at the peak' };

/** A long list of places, by its first and last ("in Texas … Maine, 13 places"). */
function shortPlace(place: string): string {
  const parts = placesListed(place);
  return parts.length <= 3 ? place : `${parts[0]} … ${parts[parts.length - 1]}, ${parts.length} places`;
}
