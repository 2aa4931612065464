// A quotation against the other sources: the same words (corroborated), other words for the same
// statement (a variant, with a word-level diff), the same words given to someone else, or nobody.
import type { DocumentClaims, Finding, QuoteClaim, Related, WordVectors } from './types';
import type { ClaimIndex } from './claimIndex';
import { STOPWORDS } from './lexicon';
import { isPerson, sharesName } from './speakers';
import { sourceName } from './format';
import { commaList, listing } from './listing';
import { bestInCached, type Alignment } from './alignment';
import { clippedToQuotations, quotedOccurrence } from './quoteClip';
import { beyondVariants, uncorroborated } from './quoteAlone';
import { SINGLE_SOURCE_WORDS, keptWords, quoteAt, quotedAround, runAt, toldByAnother, wordsOf } from './quoteSpans';
import { CLOSE_WORDING, isContent, kindAt, shareOf, wholeShare, type Kind } from './quoteKind';
import { paraphrasesOf, type Paraphrase } from './quoteParaphrase';

/**
 * The rarest shared words of each third of the quotation: a source that quotes only its first
 * sentence still holds an anchor.
 */
function spreadAnchors(shared: string[], words: string[], df: Map<string, number>): string[] {
  const third = Math.ceil(words.length / 3);
  const out = new Set<string>();
  for (let t = 0; t < 3; t++) {
    const part = new Set(words.slice(t * third, (t + 1) * third));
    shared.filter((w) => part.has(w)).sort((a, b) => df.get(a)! - df.get(b)!).slice(0, 2).forEach((w) => out.add(w));
  }
  return [...out];
}

export function compareQuote(q: QuoteClaim, doc: DocumentClaims, index: ClaimIndex, vectors?: WordVectors): Finding[] {
  const words = wordsOf(q);
  if (words.length === 0) return [];
  const content = [...new Set(words.filter((w) => !STOPWORDS.has(w)))];
  const pool = content.length ? content : [...new Set(words)];
  // Anchor on the rarest words that some other document has (a frequency of 1 is this one alone).
  const df = new Map(pool.map((w) => [w, index.docFrequency(w)]));
  const shared = pool.filter((w) => df.get(w)! > 1);
  const anchors = spreadAnchors(shared, words, df);
  // Quotations are compared among the reports of the same story, like figures.
  // The documents of the same story that have one of the anchors: a bounded set, whatever the size
  // of the workspace.
  const docs = new Set<string>();
  for (const p of index.stories.relatedTo(doc.path).keys()) if (anchors.some((a) => index.stories.hasWord(p, a))) docs.add(p);
  const found: ({ al: Alignment } & Kind)[] = [];
  for (const path of docs) {
    const aligned = bestInCached(words, anchors, path, index);
    if (!aligned) continue;
    const al = quotedOccurrence(index, clippedToQuotations(index, aligned, words.length));
    const kind = kindAt(al, words, q.quoted, index);
    if (kind?.reported && q.speaker && toldByAnother(index, al, q.speaker)) continue;
    if (kind) found.push({ al, ...kind });
    if (kind?.exact && !kind.split) found.push(...otherPart(al, words, index));
  }
  const claim = { path: doc.path, start: q.span.start, end: q.span.end, text: q.text, id: q.id };
  if (found.length === 0) {
    const said = paraphrasesOf(q, doc.path, index, vectors);
    if (said.length) return [paraphraseFinding(q, said, claim, index)];
    if (words.length < SINGLE_SOURCE_WORDS || q.unmarked) return [];
    return [{
      type: 'single-source',
      severity: 'hint',
      confidence: 0.5,
      message: `No other source carries this quotation${q.speaker ? ` from ${q.speaker}` : ''}; it rests on this source alone.`,
      claim,
      related: [],
    }];
  }
  found.sort((a, b) => a.al.path.localeCompare(b.al.path));
  // A few sources of each wording, the rest counted (listing.ts).
  const listed = listing(found, (f) => (f.exact ? 'same' : 'differs'), (a, b) => a.al.path.localeCompare(b.al.path), (f) => (f.exact ? 1 : 0));
  const related: Related[] = listed.shown.map((f) => {
    const r = relatedFor(f.al, f.exact, index, f.reported);
    const more = listed.more.get(f);
    if (more) r.more = more;
    return r;
  });
  const unlisted = listed.left ? { more: listed.left } : {};
  const out: Finding[] = [];
  const clash = speakerClash(q, words, found, index);
  if (clash) out.push({ ...clash, claim, related, ...unlisted });
  const variants = found.filter((f) => !f.exact);
  const corroborating = [...new Set(found.filter((f) => f.exact).map((f) => sourceName(f.al.path)))];
  // Words that another source carries exactly are corroborated, even when a third words them
  // otherwise (a fragment of a longer quotation, or a source that trimmed it): that third source's
  // own quotation gets the variant finding.
  // A quotation that another source gives whole, as part of a longer one, is corroborated and
  // also cut: both are said.
  const parts = found.filter((f) => f.longer);
  if (variants.length || parts.length) out.push({ ...variantFinding(words, variants, parts, corroborating, claim, related), ...unlisted });
  const wholeVariants = variants.filter((v) => !v.part);
  if (wholeVariants.length && !corroborating.length) out.push(...beyondVariants(q, words, wholeVariants.map((v) => v.al), doc, index));
  if (corroborating.length) {
    const partly = variants.filter((v) => v.part);
    const otherwise = [
      wholeVariants.length ? `; ${commaList(wholeVariants.map((v) => sourceName(v.al.path)))} word${wholeVariants.length === 1 ? 's' : ''} it differently` : '',
      partly.length ? `; ${commaList(partly.map((v) => sourceName(v.al.path)))} word${partly.length === 1 ? 's' : ''} another part of it differently` : '',
    ].join('');
    // A source that quotes one sentence of this quotation corroborates that part only: say so.
    const exact = found.filter((f) => f.exact);
    const whole = exact.filter((f) => f.al.matched >= words.length || f.split).map((f) => `${sourceName(f.al.path)}${f.split ? ' (in two quotations, the attribution between)' : ''}`);
    const part = [...new Set(exact.filter((f) => f.al.matched < words.length && !f.split).map((f) => sourceName(f.al.path)))];
    const said = [whole.length ? `The same words appear in ${commaList(whole)}` : '', part.length ? `${whole.length ? 'part of them' : 'Part of these words'} appears word for word in ${commaList(part)}` : ''].filter(Boolean).join('; ');
    out.push({ type: 'quote-corroborated', severity: 'hint', confidence: 1, message: `${said}${otherwise}.`, claim, related, ...unlisted });
    if (!whole.length && !variants.length) out.push(...uncorroborated(q, words, part.length ? exact.map((f) => f.al) : [], doc, index));
  }
  return out;
}

/**
 * A source that quotes one part of a long quotation word for word may give another part in a
 * quotation of its own, worded otherwise ("“We love you infinitely. Rest in peace,”" and, before
 * it, "“Everything that we are, is thanks to you,”" against "Everything we are is thanks to you. We
 * love you infinitely. Rest in peace."): the words the alignment left at either end, four or more,
 * are looked for there too, and what they meet is kept with those words (`part`).
 */
function otherPart(al: Alignment, words: string[], index: ClaimIndex): ({ al: Alignment } & Kind)[] {
  const kept = keptWords(al);
  const first = kept.indexOf(true);
  const last = kept.lastIndexOf(true) + 1;
  const out: ({ al: Alignment } & Kind)[] = [];
  for (const [a, b] of [[0, first], [last, words.length]]) {
    if (b - a < SINGLE_SOURCE_WORDS) continue;
    const part = words.slice(a, b);
    const aligned = bestInCached(part, part.filter(isContent), al.path, index);
    if (!aligned || aligned.start === al.start) continue;
    const other = clippedToQuotations(index, aligned, part.length);
    // The part's own sentences are not known here: only the other source's are read.
    const kind = kindAt(other, part, '', index);
    // The rest of a quotation met word for word elsewhere in that source: only a close wording of
    // it is that part again, a loose one more likely another remark.
    if (kind && !kind.reported && quotedAround(index, other) && (kind.exact || shareOf(other, part) >= CLOSE_WORDING)) out.push({ al: other, exact: kind.exact, part });
  }
  return out;
}

function variantFinding(words: string[], found: { al: Alignment; reported?: boolean; part?: string[] }[], parts: { al: Alignment; longer?: string[] }[], corroborating: string[], claim: Finding['claim'], related: Related[]): Finding {
  if (found.length === 0) {
    const { al, longer } = parts[0];
    return {
      type: 'quote-variant',
      severity: 'information',
      confidence: 1,
      message: `Quotes part of a longer quotation in ${commaList(parts.map((p) => sourceName(p.al.path)))}: ${sourceName(al.path)} ${rest(words, longer!)}.`,
      claim,
      related,
    };
  }
  // Each wording against the words it was aligned with: the whole quotation, or a part of it.
  const wordsOf = (al: Alignment) => found.find((f) => f.al === al)?.part ?? words;
  // The closest wording of the whole quotation first; a part worded otherwise only when none is.
  const variants = found.map((f) => f.al).sort((a, b) => +(wordsOf(a) !== words) - +(wordsOf(b) !== words) || shareOf(b, wordsOf(b)) - shareOf(a, wordsOf(a)));
  const closest = variants[0];
  const whole = variants.filter((v) => wordsOf(v) === words).map((v) => sourceName(v.path));
  const partly = variants.filter((v) => wordsOf(v) !== words).map((v) => sourceName(v.path));
  // A statement another source reports in its own words is no misquotation there: worth a look only.
  const reported = found.some((f) => f.al === closest && f.reported);
  const part = wordsOf(closest) !== words;
  const left = closest.ops.filter((o) => o.op === 'added').map((o) => `“${o.text}”`);
  const extra = closest.ops.filter((o) => o.op === 'removed').map((o) => `“${o.text}”`);
  const share = shareOf(closest, wordsOf(closest));
  const how = [left.length ? `leaves out ${left.slice(0, 3).join(', ')} that ${sourceName(closest.path)} has` : '', extra.length ? `has ${extra.slice(0, 3).join(', ')} that ${sourceName(closest.path)} does not` : '']
    .filter(Boolean)
    .join(' and ');
  return {
    type: 'quote-variant',
    // Words another source carries exactly are not this source's slip: the variant is only worth a look.
    severity: corroborating.length || reported ? 'information' : share >= 0.8 ? 'warning' : 'information',
    confidence: Math.round(share * 100) / 100,
    message: `${part ? `Part of the quotation worded differently in ${commaList(partly)}` : `Quotation worded differently in ${commaList(whole)}${partly.length ? `, and a part of it in ${commaList(partly)}` : ''}`}${reported ? ` (${sourceName(closest.path)} reports it in its own words, not as a quotation)` : ''}: this one ${how || 'differs in word order'} (${Math.round(wholeShare(closest, wordsOf(closest)) * 100)}% of ${part ? 'that part' : 'the words'} shared)${corroborating.length ? `; ${commaList(corroborating)} quote${corroborating.length === 1 ? 's' : ''} ${part ? 'the rest' : 'it'} word for word` : ''}.`,
    claim,
    related,
    diff: closest.ops,
  };
}

/** A quotation that other reports give in other words of the same speaker (quoteParaphrase.ts): worth a look. */
function paraphraseFinding(q: QuoteClaim, said: Paraphrase[], claim: Finding['claim'], index: ClaimIndex): Finding {
  const related: Related[] = said.map(({ path, other }) => ({
    path,
    start: other.span.start,
    end: other.span.end,
    text: index.entry(path)!.text.slice(other.span.start, other.span.end),
    relation: 'differs',
    note: `${sourceName(path)} quotes ${other.speaker} in other words`,
  }));
  const closest = said.reduce((a, b) => (b.share > a.share ? b : a));
  return {
    type: 'quote-variant',
    severity: 'information',
    confidence: Math.round(closest.share * 100) / 100,
    message: `Worded otherwise in ${commaList(said.map((p) => sourceName(p.path)))}: ${sourceName(closest.path)} quotes ${closest.other.speaker} as saying “${closest.other.quoted.replace(/[,.]$/, '')}”, most of whose words mean what these do. Likely one remark translated or heard two ways: check which words ${q.speaker} used.`,
    claim,
    related,
  };
}

/** What the longer quotation says beyond this part: "goes on with “…”", or "opens with “…”". */
function rest(words: string[], longer: string[]): string {
  const at = runAt(longer, words);
  if (at < 0) return `goes on with “${longer.filter((w) => !words.includes(w)).slice(0, 8).join(' ')}”`;
  const after = longer.slice(at + words.length, at + words.length + 8);
  if (after.length) return `goes on with “${after.join(' ')}${at + words.length + 8 < longer.length ? ' …' : ''}”`;
  const before = longer.slice(Math.max(0, at - 8), at);
  return `opens with “${at > 8 ? '… ' : ''}${before.join(' ')}”`;
}

/**
 * The same words (four or more) given to two differently named people. Only names of people
 * count: a title ("the judge"), the body a person speaks for ("the court") or an outlet that carried
 * the words ("according to the Times") may all stand for the same speaker.
 */
function speakerClash(q: QuoteClaim, words: string[], found: { al: Alignment }[], index: ClaimIndex): Omit<Finding, 'claim' | 'related'> | undefined {
  if (words.length < SINGLE_SOURCE_WORDS || !isPerson(q)) return undefined;
  for (const { al } of found) {
    const other = quoteAt(index, al);
    if (!other || !isPerson(other) || sharesName(other.speaker!, q.speaker!)) continue;
    return {
      type: 'quote-speaker',
      severity: 'warning',
      confidence: 0.7,
      message: `Attributed to ${q.speaker} here; ${sourceName(al.path)} gives the same words to ${other.speaker}.`,
    };
  }
  return undefined;
}

function relatedFor(al: Alignment, exact: boolean, index: ClaimIndex, reported?: boolean): Related {
  const { start, end } = al;
  const e = index.entry(al.path)!;
  return {
    path: al.path,
    start,
    end,
    text: e.text.slice(start, end),
    relation: exact ? 'same' : 'differs',
    note: exact ? `${sourceName(al.path)} has the same words` : `${sourceName(al.path)} ${reported ? 'reports it in its own words' : 'words it differently'}`,
  };
}

