// For each claim of a document, what every other source says about the same thing: the candidates
// of each other document (figureScore.ts), the best of them (pickBest), the rules that clear a pair
// (clearing.ts), and the finding (figureFinding.ts).
import type { Claim, DocumentClaims, EngineHost, Finding } from './types';
import { blockKey, type ClaimIndex, type Ref } from './claimIndex';
import { VERDICTS } from './pairMemo';
import { Scorer, type Block } from './scorer';
import { APPROX_MOST, isBound, middlesApart, sameNumber } from './interval';
import { compareQuote } from './quoteCompare';
import type { RateTable } from './currency';
import { TIE, figureScore, threshold, type FigureClaim, type Match } from './figureScore';
import { verdictOf } from './verdicts';
import { belowNamedWhole, columnClearing, explainedByOwnFigure, finerThan, toldOfAnotherYear, type FinerColumn, finerFigures, otherDaysOfStory, partBelowWhole, partsOfWhole, roundedTwoWays, roundsOwn, type Finer } from './clearing';
import { buildFinding, describe } from './figureFinding';
import { conversionFinding } from './figureChecks';
import { yearIn } from './years';
import { earlierElsewhere } from './earlierCounts';
import { headlineFinding, saidElsewhere } from './restatements';
import { acrossLines } from './acrossLines';


/** A source's own statement of this very figure counts against its other figures from this share of the threshold. */
const ECHO = 0.5;

/** Which match a pair that fell below its threshold still makes, if any: the same figure, an echo. */
const echoOf = (verdict: Match['verdict'] | undefined, score: number, limit: number) => (verdict === 'same' && score >= limit * ECHO ? 'echo' : undefined);

/**
 * `direct` scores every pair of claims as it meets it, without the memo of pairs by signature:
 * the reference the memoised comparison must equal (test/unit/compare-memo.test.ts).
 */
export function compareDocument(doc: DocumentClaims, index: ClaimIndex, host: EngineHost, direct = false): Finding[] {
  const out: Finding[] = [];
  // Conflicts told so far, by what they say here: the places against them are compared only then.
  const told = new Map<string, { finding: Finding; agreement?: Finding; against: () => string }[]>();
  // The finding of each figure, by its id, for the headline that gives it again (see below).
  const findingOf = new Map<string, Finding>();
  const headlines: Claim[] = [];
  const sc = new Scorer(doc, index, { verdict: ((a: FigureClaim, b: FigureClaim) => verdictOf(a, b, index.rates)) as Scorer['verdict'], score: (a, b, sa, sb) => figureScore(a as FigureClaim, b as FigureClaim, index, host, direct ? undefined : index.contexts, sa, sb) }, direct);
  for (const c of doc.claims) {
    if (saidElsewhere(c)) continue;
    // Still a candidate for other reports' figures: a headline's words name the thing compactly.
    if (c.kind === 'quantity' && c.context.inHeadline) {
      headlines.push(c);
      continue;
    }
    if (c.kind === 'quote') {
      out.push(...compareQuote(c, doc, index, host.vectors));
      continue;
    }
    const slip = c.kind === 'quantity' ? conversionFinding(c, doc.path) : undefined;
    if (slip) out.push(slip);
    const found = compareFigure(c, doc, index, host, sc);
    if (!found) continue;
    const f = found.finding;
    // A document that states one fact twice ("on Friday" … "Friday's ceremony") and meets the same
    // other claims both times gets one finding, with the second mention beside the first.
    const key = f.type === 'conflict' ? describe(c) : undefined;
    const same = key ? told.get(key) : undefined;
    const earlier = same?.find((t) => t.against() === found.against());
    if (earlier) {
      const first = earlier.finding;
      first.related.push({ path: doc.path, start: c.span.start, end: c.span.end, text: c.text, relation: 'same', note: 'the same figure again in this document' });
      findingOf.set(c.id, first);
      // The second mention may meet other places that agree ("killing at least 151 people" where the
      // first met "150 people were injured"): what agrees with it is said too.
      const mine = found.agreement;
      if (mine && !mine.related.every((r) => earlier.agreement?.related.some((x) => x.path === r.path && x.start === r.start))) out.push(mine);
      continue;
    }
    if (key) told.set(key, [...(same ?? []), found]);
    findingOf.set(c.id, f);
    out.push(f);
    if (found.agreement) out.push(found.agreement);
  }
  // A headline's figure takes the finding of the body's (restatements.ts), first, as the headline comes.
  out.unshift(...headlines.flatMap((c) => headlineFinding(c, findingOf) ?? []));
  for (const r of doc.repetitions) {
    out.push({
      type: 'repetition',
      severity: 'hint',
      confidence: 1,
      message: `This passage repeats, word for word, the one at line ${lineOf(index, doc.path, r.first.start)}; a document is not a second source for itself, so its figures are checked once.`,
      claim: { path: doc.path, start: r.again.start, end: r.again.end, text: excerpt(index, doc.path, r.again), id: `${doc.path}#rep${r.again.start}` },
      related: [{ path: doc.path, start: r.first.start, end: r.first.end, text: excerpt(index, doc.path, r.first), relation: 'same', note: 'first said here' }],
    });
  }
  return out;
}

function lineOf(index: ClaimIndex, path: string, offset: number): number {
  const text = index.entry(path)?.text ?? '';
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function excerpt(index: ClaimIndex, path: string, span: { start: number; end: number }): string {
  const text = index.entry(path)?.text ?? '';
  const s = text.slice(span.start, Math.min(span.end, span.start + 80));
  return span.end - span.start > 80 ? `${s}…` : s;
}

/** The finding about a figure, and the places that speak against it (all of them, listed or not). */
function compareFigure(c: FigureClaim, doc: DocumentClaims, index: ClaimIndex, host: EngineHost, sc: Scorer): { finding: Finding; agreement?: Finding; against: () => string } | undefined {
  const byDoc = new Map<string, Match[]>();
  const add = (ref: Ref, score: number, verdict: Match['verdict']) => {
    const list = byDoc.get(ref.path);
    if (list) list.push({ ref, score, verdict });
    else byDoc.set(ref.path, [{ ref, score, verdict }]);
  };
  const matches: Match[] = [];
  let finer: Finer[] | undefined;
  const keep = (best: Match) => {
    if (best.verdict !== 'agrees' && best.verdict !== 'same' && (sc.check('own', c, best.ref.sig, () => explainedByOwnFigure(c, best, doc, sc)) || otherDaysOfStory(c, best, doc, index) || partBelowWhole(c, best) || partsOfWhole(c, best, doc, index) || toldOfAnotherYear(c, best.ref.claim as FigureClaim, doc.claims, index.entry(best.ref.path)?.claims.claims ?? [], sc) || roundedTwoWays(best, (finer ??= finerFigures(c, doc, index, sc)), sc))) return;
    matches.push(best);
  };
  if (sc.direct) {
    for (const ref of index.candidates(c, doc.path)) {
      const other = ref.claim as FigureClaim;
      const verdict = verdictOf(c, other, index.rates);
      if (!verdict || belowNamedWhole(c, other)) continue;
      const score = figureScore(c, other, index, host);
      const limit = threshold(c, other, verdict);
      if (score < limit) {
        if (echoOf(verdict, score, limit)) add(ref, score, 'echo');
        continue;
      }
      add(ref, score, verdict);
    }
    const rivals = doc.claims.filter((o): o is FigureClaim => o !== c && !saidElsewhere(o) && o.kind !== 'quote' && blockKey(o) === blockKey(c));
    const mutual = (m: Match) => !takenByRival(c, m, rivals, index, host);
    for (const list of byDoc.values()) {
      const best = pickBest(c, list, mutual);
      if (best) keep(best);
    }
  } else {
    // The same, from the block's table of verdicts and scores (scorer.ts): one row per own claim,
    // one column per distinct claim of the story, whatever the number of documents that carry it.
    const b = sc.block(blockKey(c));
    const row = b.rowOf.get(c)!;
    const n = b.groups.length;
    const passing: number[] = [];
    const echoes: number[] = [];
    for (let g = 0; g < n; g++) {
      const code = b.verdict[row * n + g];
      if (code === 0 || belowNamedWhole(c, b.groups[g].claim as FigureClaim)) continue;
      const limit = threshold(c, b.groups[g].claim as FigureClaim, VERDICTS[code] as Match['verdict']);
      const score = b.score[row * n + g];
      if (score < limit) {
        if (echoOf(VERDICTS[code], score, limit)) echoes.push(g);
        continue;
      }
      passing.push(g);
    }
    for (const g of echoes) for (const ref of b.groups[g].refs) add(ref, b.score[row * n + g], 'echo');
    // takenByRival, over the block's table (with its rule for the same figure said twice).
    const mutual = (m: Match) => {
      const col = b.colOf.get(m.ref.sig)!;
      return !sc.beaten(b, row, col, m.score + TIE, (i) => secondMention(b.own[i] as FigureClaim, c, m, index.rates) || (b.own[i].sentence.start === c.sentence.start && sc.pairedElsewhere(b, i, col, m.ref.doc)));
    };
    // A document with one candidate left gets pickBest of that one alone: the same for every
    // document whose candidate is of the same column, so it is asked once per column.
    const places = sc.places();
    const count = new Uint16Array(places.size);
    for (const g of [...passing, ...echoes]) for (const ref of b.groups[g].refs) count[places.get(ref.doc)!]++;
    // keep(), over the block: the rules that clear a pair asked once per column, then per document.
    let finerCols: FinerColumn[] | undefined;
    const finerOf = () => (finerCols ??= finerColumns(c, b, row));
    const clearings = new Map<number, ReturnType<typeof columnClearing>>();
    const clearing = (m: Match) => {
      if (m.verdict === 'agrees' || m.verdict === 'same') return undefined;
      let rule = clearings.get(m.ref.sig);
      if (rule === undefined && !clearings.has(m.ref.sig)) clearings.set(m.ref.sig, (rule = columnClearing(c, m, doc, index, sc, finerOf)));
      return rule;
    };
    for (const g of passing) {
      const score = b.score[row * n + g];
      const verdict = VERDICTS[b.verdict[row * n + g]] as Match['verdict'];
      // Whether the column's claims are left to this one by its rivals, and the rules that clear them.
      let asked = false;
      let alone = false;
      let rule: ReturnType<typeof columnClearing>;
      for (const ref of b.groups[g].refs) {
        if (count[places.get(ref.doc)!] > 1) {
          add(ref, score, verdict);
          continue;
        }
        const m = { ref, score, verdict };
        if (!asked) {
          asked = true;
          alone = pickBest(c, [m], mutual) !== undefined;
          if (alone) rule = clearing(m);
        }
        if (alone && rule !== true && !rule?.(ref)) matches.push(m);
      }
    }
    for (const list of byDoc.values()) {
      const best = pickBest(c, list, mutual);
      if (!best) continue;
      const rule = clearing(best);
      if (rule !== true && !rule?.(best.ref)) matches.push(best);
    }
  }
  matches.push(...acrossLines(c, doc.path, index, sc, matches));
  if (matches.length === 0) return undefined;
  if (c.kind === 'quantity') earlierElsewhere(c, doc, matches, index);
  const byPath = sc.byPath();
  matches.sort((x, y) => byPath(x.ref.path, y.ref.path));
  let places: string | undefined;
  const against = () => (places ??= matches.filter((m) => m.verdict === 'conflicts' || m.verdict === 'unresolved').map((m) => `${m.ref.path}#${m.ref.claim.span.start}`).join());
  const [finding, agreement] = buildFinding(c, doc, matches, byPath, index.rates);
  return { finding, agreement, against };
}

/** finerFigures (clearing.ts) over the block's table: the figures more exact than c that agree with it. */
function finerColumns(c: FigureClaim, b: Block, row: number): FinerColumn[] {
  // Nothing counts finer than to the unit.
  if (c.kind !== 'quantity' || (c.quantity.kind === 'count' && c.quantity.precision <= 1)) return [];
  const out: FinerColumn[] = [];
  const n = b.groups.length;
  for (let g = 0; g < n; g++) {
    const x = b.groups[g].claim as FigureClaim;
    if (!finerThan(x, c)) continue;
    const v = VERDICTS[b.verdict[row * n + g]];
    if (v === 'agrees' || v === 'same') out.push({ claim: x, refs: b.groups[g].refs, match: b.score[row * n + g] / threshold(c, x, v) });
  }
  return out;
}

/**
 * The best-matching claim of one other source. A source that gives two figures for one thing
 * (an older and a newer estimate) is read at the figure that agrees, when both match about as well.
 */
function pickBest(c: FigureClaim, all: Match[], mutual: (m: Match) => boolean): Match | undefined {
  const list = all.length === 1 ? (all[0].verdict === 'echo' ? [] : all) : all.filter((m) => m.verdict !== 'echo');
  if (!list.length) return undefined;
  if (list.length > 1) list.sort((x, y) => y.score - x.score || x.ref.claim.span.start - y.ref.claim.span.start);
  // A source that gives one figure dated to a past year ("the tsunami that struck in 1960, killing
  // 61 people") and one undated (the toll now) is read at the undated one for an undated figure.
  const dated = (m: Match) => !!yearIn((m.ref.claim as FigureClaim).context.time);
  if (!yearIn(c.context.time) && dated(list[0])) {
    const undated = list.findIndex((m) => !dated(m));
    if (undated > 0) list.unshift(...list.splice(undated, 1));
  }
  const top = list[0];
  // The source states this very figure too, of something near enough: it does not contradict it.
  if (top.verdict === 'conflicts' && all.some((m) => m.verdict === 'echo')) return undefined;
  // A source that writes this figure's very number, hedged or bounded otherwise, is read there
  // first ("at least 95 people" / "95", not that source's later "at least 158"): a bound agrees
  // with any higher count, but only the same number says the same thing.
  const sameNumbered = list.find((m) => (m.verdict === 'same' || m.verdict === 'agrees') && c.kind === 'quantity' && m.ref.claim.kind === 'quantity' && sameNumber(c.quantity, m.ref.claim.quantity) && mutual(m));
  if (sameNumbered) return sameNumbered;
  // A source that gives this very figure too does not contradict it, whatever else it gives; nor
  // does one that gives two figures too far apart to be one figure rounded (70.4% and 90% efficacy:
  // two groups), when one of them agrees.
  const agreeing = list.find((m) => m.verdict === 'same' || (m.verdict === 'agrees' && (m.score >= top.score - TIE || farApart(m.ref.claim, top.ref.claim))));
  if (agreeing && mutual(agreeing)) return statedFiner(agreeing, list, mutual) ?? agreeing;
  const found = list.find(mutual);
  // Nor does one that states this very figure where another figure here answers to it better.
  return found?.verdict === 'conflicts' && list.some((m) => m.verdict === 'same') ? undefined : found;
}

/**
 * A source that gives one thing's figure twice, hedged and exactly ("Nearly 200 nations", "198
 * parties (197 countries plus the European Union)"), is read at its exact figure (clearing.ts
 * roundsOwn): the hedge only rounds the figure it states, and does not vouch for another.
 */
function statedFiner(agreeing: Match, list: Match[], mutual: (m: Match) => boolean): Match | undefined {
  if (agreeing.verdict !== 'agrees') return undefined;
  return list.find((m) => m.verdict === 'conflicts' && roundsOwn(agreeing.ref.claim, m.ref.claim as FigureClaim) && mutual(m));
}

/** Two figures of one source further apart than any hedge allows (see interval.ts): two things, not one. */
function farApart(a: Claim, b: Claim): boolean {
  return a.kind === 'quantity' && b.kind === 'quantity' && middlesApart(a.quantity, b.quantity, APPROX_MOST);
}

/**
 * Pairs are mutual: another figure of this document that matches the other claim clearly better
 * takes it ("analysts expected $4.0 billion" does not meet a revenue figure that the document's own
 * "$4.2 billion revenue" answers to).
 */
function sameOrAgrees(a: FigureClaim, b: FigureClaim, rates: RateTable): boolean {
  const v = verdictOf(a, b, rates);
  return v === 'same' || v === 'agrees';
}

/**
 * The same figure said twice ("60 million registered voters", "about 60 million people were
 * eligible"; "about a quarter of the city", "25% of the city") is one claim: its second mention
 * does not take away what the first meets, agreement or conflict. A bound ("more than 30,000") is
 * not a second mention of a figure ("has hit 30,000"), though the two agree: it says less.
 */
function secondMention(o: FigureClaim, c: FigureClaim, m: Match, rates: RateTable): boolean {
  if (!sameOrAgrees(o, c, rates)) return false;
  if (m.verdict === 'same' || m.verdict === 'agrees') return true;
  return !bound(o) && !bound(c);
}

const bound = (c: FigureClaim) => c.kind === 'quantity' && isBound(c.quantity);

// The memoised comparison applies this rule over its table (Scorer.beaten in scorer.ts): a change
// here goes there too (test/unit/compare-memo.test.ts fails until it does).
function takenByRival(c: FigureClaim, m: Match, rivals: FigureClaim[], index: ClaimIndex, host: EngineHost): boolean {
  const theirs = m.ref.claim as FigureClaim;
  for (const o of rivals) {
    if (!verdictOf(o, theirs, index.rates)) continue;
    if (secondMention(o, c, m, index.rates)) continue;
    const so = figureScore(o, theirs, index, host);
    if (so > m.score + TIE && !(o.sentence.start === c.sentence.start && bestElsewhere(o, so, m.ref, index, host))) return true;
  }
  return false;
}

/**
 * Whether o meets another figure of ref's document better than ref's. Two figures of one sentence
 * share its words, so their scores hardly tell which of them another report's figure answers to;
 * one figure of a report answers to one of the other's, so a figure of the same sentence that meets
 * another figure of that report better is paired there and takes nothing else ("generating some
 * 2.5 megajoules from 2.1 megajoules": the 2.1 answers to "the 2.05 megajoules the lasers had
 * delivered", and leaves "released 3.15 megajoules" to the 2.5). Scorer.pairedElsewhere is this
 * over a block's table.
 */
function bestElsewhere(o: FigureClaim, so: number, ref: Ref, index: ClaimIndex, host: EngineHost): boolean {
  for (const r of index.blockOf(ref.path, blockKey(o))) {
    if (r.claim === ref.claim) continue;
    const x = r.claim as FigureClaim;
    if (verdictOf(o, x, index.rates) && figureScore(o, x, index, host) > so) return true;
  }
  return false;
}

