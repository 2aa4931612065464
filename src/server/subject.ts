// What a disagreement is about and the values in play, for the panel's labels and the report:
// "troops sent · 15,000 ×3 · 12,000 · 10,000–12,000", "when held · Friday ×4 · Thursday",
// "Kim quoted · 3 wordings". Read from the claims the engine extracted (their counted noun, the
// events of their clause, their value), never from the message's words.
import type { Claim, Finding, Quantity } from '../engine/types';
import { formatDate, formatNumber } from '../engine/format';
import { formatTime } from '../engine/zones';
import type { GroupValue } from '../protocol';
import type { DocView } from './view';

/** A place of a disagreement: who says what. */
export interface Mention {
  path: string;
  start: number;
  end: number;
  text: string;
}

const IRREGULAR: Record<string, string> = {
  send: 'sent', hold: 'held', make: 'made', give: 'given', take: 'taken', win: 'won', lose: 'lost', die: 'died',
  put: 'put', say: 'said', tell: 'told', find: 'found', build: 'built', pay: 'paid', leave: 'left', keep: 'kept',
  meet: 'met', bring: 'brought', buy: 'bought', sell: 'sold', fight: 'fought', hit: 'hit', cut: 'cut', seek: 'sought',
  flee: 'fled', spend: 'spent', steal: 'stolen', write: 'written', see: 'seen', rise: 'risen', fall: 'fallen',
  go: 'gone', come: 'come', run: 'run', begin: 'begun', shoot: 'shot', hurt: 'hurt', strike: 'struck',
};

/** "send" → "sent", "kill" → "killed", "deploy" → "deployed", "evacuate" → "evacuated". */
export function participle(verb: string): string {
  const v = verb.toLowerCase();
  if (IRREGULAR[v]) return IRREGULAR[v];
  if (/(ed|en)$/.test(v)) return v;
  if (v.endsWith('e')) return v + 'd';
  if (/[^aeiou]y$/.test(v)) return v.slice(0, -1) + 'ied';
  if (/^[^aeiou]*[aeiou][bdgmnpt]$/.test(v)) return v + v.slice(-1) + 'ed'; // stop → stopped
  return v + 'ed';
}

// Events that say nothing about what was counted (the clause's verb of saying or being).
const BLAND = new Set(['be', 'have', 'say', 'report', 'tell', 'add', 'state', 'estimate', 'believe', 'show', 'suggest', 'note', 'claim', 'do', 'get']);

function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** The event the claims share most, as a participle; undefined when none says much. */
function sharedEvent(claims: Claim[]): string | undefined {
  const events: string[] = [];
  let n = 0;
  for (const c of claims) {
    if (c.kind === 'quote') continue;
    n++;
    const noun = c.kind === 'quantity' ? (c.context.noun ?? '') : '';
    // Each claim counts an event once; its counted noun is not an event ("troop").
    for (const e of new Set(c.context.events)) if (!BLAND.has(e) && e !== noun && !/^\d/.test(e) && e.length > 2) events.push(e);
  }
  const best = mostCommon(events);
  if (!best) return undefined;
  // Only an event most of the places share says what they are about.
  const count = events.filter((e) => e === best).length;
  return count >= 2 && count * 2 >= n ? participle(best) : undefined;
}

/** The value as the panel names it: the figure without "about", bounds kept ("more than 6,000"). */
export function quantityValue(q: Quantity): string {
  const unit = q.kind === 'percent' ? '%' : q.unit && q.kind !== 'money' ? ` ${q.unit}` : '';
  const money = q.kind === 'money' && q.unit ? `${q.unit} ` : '';
  if (q.period) return `${q.period[0]}–${q.period[1]}`;
  if (q.kind === 'time') return formatTime(q);
  const per = q.per ? ` per ${q.per}` : '';
  const body = q.low === q.high ? formatNumber(q.low) : `${formatNumber(q.low)}–${formatNumber(q.high)}`;
  const bound: Record<string, string> = { 'at-least': 'at least ', 'more-than': 'more than ', 'at-most': 'at most ', 'less-than': 'fewer than ' };
  return `${bound[q.qualifier] ?? ''}${money}${body}${unit}${per}`;
}

/** What a claim gives, as a value to set beside the others'. */
export function valueOf(claim: Claim | undefined, text: string): string {
  if (!claim) return oneLine(text, 40);
  if (claim.kind === 'quantity') return quantityValue(claim.quantity);
  if (claim.kind === 'date') return formatDate(claim.date).replace(/^"(.*)" \(relative\)$/, '$1');
  return `“${oneLine(claim.quoted, 40)}”`;
}

export function oneLine(s: string, max = 80): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

function firstWords(s: string, n: number): string {
  const words = s.replace(/^[\s'"‘’“”«»]+|[\s'"‘’“”«»,.]+$/g, '').split(/\s+/);
  return words.length > n ? words.slice(0, n).join(' ') + '…' : words.join(' ');
}

export interface Described {
  subject: string;
  values: GroupValue[];
  label: string;
}

/**
 * Subject and values of one disagreement. `type` is its lead finding's; `mentions` every place of
 * it, the lead claim first.
 */
export function describe(type: Finding['type'], mentions: Mention[], view: DocView): Described {
  const claims = mentions.map((m) => view.claimAt?.(m.path, m.start, m.end));
  const known = claims.filter((c): c is Claim => !!c);
  const lead = claims[0];
  let subject: string;
  if (type === 'repetition') subject = 'repeated passage';
  else if (lead?.kind === 'quote' || type === 'quote-variant' || type === 'quote-speaker') {
    const quotes = known.filter((c) => c.kind === 'quote');
    const speaker = mostCommon(quotes.map((c) => (c.kind === 'quote' && !c.carrier ? c.speaker : undefined)));
    const words = firstWords(lead?.kind === 'quote' ? lead.quoted : mentions[0].text, 6);
    subject = `${speaker ? `${speaker}: ` : ''}“${words}”`;
  } else if (lead?.kind === 'date') {
    const event = sharedEvent(known);
    const weekday = lead.date.type === 'weekday';
    subject = event ? `when ${event}` : weekday ? 'day' : 'date';
  } else if (lead?.kind === 'quantity') {
    const quantities = known.filter((c) => c.kind === 'quantity');
    const noun = mostCommon(quantities.map((c) => (c.kind === 'quantity' ? c.context.nounForm : undefined)));
    const event = sharedEvent(quantities);
    const what = noun ?? (lead.quantity.kind === 'percent' ? 'share' : lead.quantity.kind === 'money' ? 'amount' : lead.quantity.kind === 'duration' ? 'time' : 'figure');
    subject = event && event !== noun ? `${what} ${event}` : what;
  } else subject = oneLine(mentions[0]?.text ?? '', 40);

  const byValue = new Map<string, GroupValue>();
  const seen = new Set<string>();
  mentions.forEach((m, i) => {
    const k = `${m.path}#${m.start}`;
    if (seen.has(k)) return;
    seen.add(k);
    const quoted = type === 'quote-variant' || type === 'quote-speaker' || type === 'repetition';
    const v = quoted ? `“${firstWords(m.text, 8)}”` : valueOf(claims[i], m.text);
    // Two wordings may open alike: quotations are told apart by all their words.
    const k2 = quoted ? m.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() : v;
    const entry = byValue.get(k2);
    const name = view.nameOf(m.path);
    if (entry) {
      entry.count++;
      if (!entry.names.includes(name)) entry.names.push(name);
    } else byValue.set(k2, { text: v, count: 1, names: [name] });
  });
  const values = [...byValue.values()].sort((a, b) => b.count - a.count);
  let tail: string;
  if (type === 'repetition') tail = `twice in ${view.nameOf(mentions[0].path)}`;
  else if (type === 'quote-variant') tail = `${values.length} wording${values.length === 1 ? '' : 's'}`;
  else if (type === 'quote-speaker') {
    const speakers = [...new Set(known.map((c) => (c.kind === 'quote' ? c.speaker : undefined)).filter((s): s is string => !!s))];
    tail = speakers.length ? speakers.join(' · ') : `${values.length} speakers`;
  } else {
    const shown = values.slice(0, 5).map((v) => (v.count > 1 ? `${v.text} ×${v.count}` : v.text));
    tail = shown.join(' · ') + (values.length > 5 ? ` · +${values.length - 5} more` : '');
  }
  return { subject, values, label: `${subject} · ${tail}` };
}
