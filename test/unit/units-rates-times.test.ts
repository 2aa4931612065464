// Figures on one footing before they are compared: money across currencies at a rate the workspace
// states, rates per time unit, times of day with their zones, and digits dropped in copying. The
// sentences are written in the manner of wire copy; the frame's rule table (frame.test.ts) has a row
// for each rule.
import * as assert from 'node:assert/strict';
import { CheckWorkspace, extractClaims } from '../../src/engine';
import type { Finding, QuantityClaim } from '../../src/engine';
import { RateTable, inCurrencyOf } from '../../src/engine/currency';
import { droppedDigit, meridiemSlip, nearTimes, nearlyAlike, transposedDigits, transposedTime } from '../../src/engine/figureChecks';
import { formatTimeGap, timeVerdict } from '../../src/engine/zones';

const STORY = 'Officials in Marendi and the Talvor commission gave the figures on Tuesday.';

const figures = (text: string) => extractClaims(text, 'a.txt').claims.filter((c): c is QuantityClaim => c.kind === 'quantity');
const one = (text: string, holding: string) => {
  const c = figures(text).find((x) => x.text.includes(holding));
  assert.ok(c, `no figure holding ${holding} in ${JSON.stringify(figures(text).map((x) => x.text))}`);
  return c.quantity;
};

function findings(docs: Record<string, string>, of: string, on: string, direct = false): Finding[] {
  const ws = new CheckWorkspace({}, { direct });
  for (const [p, t] of Object.entries(docs)) ws.setDocument(p, `${STORY}\n${t}`);
  return ws.findings(of).filter((f) => f.claim.text.includes(on));
}

describe('money in several currencies', () => {
  it('a figure and its bracketed conversion are one claim with two readings, either way round', () => {
    const a = one('The Treasury valued the package at $5bn (£3.9bn) on Monday.', '$5bn');
    assert.equal(a.unit, 'USD');
    assert.deepEqual(a.alt, { unit: 'GBP', low: 3.9e9, high: 3.9e9, precision: 1e8 });
    assert.equal(figures('The Treasury valued the package at $5bn (£3.9bn) on Monday.').length, 1);
    const b = one('The regulator fined the bank €40m (US$43m) for the breach.', '€40m');
    assert.equal(b.alt?.unit, 'USD');
    assert.equal(one('The fund was worth £3.9bn ($5bn) at the close.', '£3.9bn').alt?.unit, 'USD');
  });

  it('a range with its currency written at both ends is one range', () => {
    const q = one('The company said the strike cost between £89 million and £120 million a day.', '£89');
    assert.deepEqual([q.low, q.high, q.qualifier, q.per], [89e6, 120e6, 'range', 'day']);
    assert.deepEqual([one('Estimates ranged from $2bn to $3bn.', '$2bn').high, one('It cost $5m-$7m in all.', '$5m').high], [3e9, 7e6]);
  });

  it('a bracket in the same currency, or not money, is no conversion', () => {
    assert.equal(one('Musk agreed to buy the company for $44 billion ($54.20 a share) in April.', '$44').alt, undefined);
    assert.equal(one('Revenue was $62.02 billion (+18%) in the quarter.', '$62.02').alt, undefined);
  });

  it('a rate one source states is used for two others, widened for the conversion, and such a conflict is at most a warning', () => {
    const docs = {
      'a.txt': 'The government put the cost of the rescue package at $5bn (£3.9bn).',
      'b.txt': 'The government put the cost of the rescue package at $6.5bn.',
      'c.txt': 'The government put the cost of the rescue package at £3.95bn.',
    };
    const c = findings(docs, 'c.txt', '£3.95bn');
    const conflict = c.find((f) => f.type === 'conflict');
    assert.ok(conflict, JSON.stringify(c));
    assert.equal(conflict.severity, 'warning');
    assert.match(conflict.message, /≈ GBP/);
    // £3.95bn is $5.06bn at the stated rate: it agrees with a's own figure, which the conflict's
    // message names and an agreement of the same claim places.
    assert.match(conflict.message, /; a agrees\.$/);
    assert.ok(!conflict.related.some((r) => r.path === 'a.txt'), JSON.stringify(conflict.related));
    const beside = c.find((f) => f.type === 'agreement');
    assert.ok(beside?.related.some((r) => r.path === 'a.txt' && (r.relation === 'agrees' || r.relation === 'same')), JSON.stringify(c));
    assert.equal(beside?.claim.start, conflict.claim.start);
  });

  it('the same three sources, compared directly and through the memo of pairs, give the same findings', () => {
    const docs = {
      'a.txt': 'The government put the cost of the rescue package at $5bn (£3.9bn).',
      'b.txt': 'The government put the cost of the rescue package at $6.5bn.',
      'c.txt': 'The government put the cost of the rescue package at £3.95bn.',
    };
    assert.deepEqual(findings(docs, 'b.txt', '$6.5bn', true), findings(docs, 'b.txt', '$6.5bn'));
  });

  it('without any stated rate another currency is a note to check by hand, never a conflict of error or warning', () => {
    const fs = findings({ 'a.txt': 'The government put the cost of the rescue package at $5bn.', 'b.txt': 'The government put the cost of the rescue package at £3.9bn.' }, 'a.txt', '$5bn');
    assert.ok(fs.length > 0);
    for (const f of fs) if (f.type === 'conflict') {
      assert.equal(f.severity, 'information');
      assert.match(f.message, /^Check by hand: .*another currency/);
    }
  });

  it('the workspace forgets a rate when the document that stated it changes, memo and all', () => {
    const ws = new CheckWorkspace({});
    ws.setDocument('a.txt', `${STORY}\nThe government put the cost of the rescue package at $5bn (£3.9bn).`);
    ws.setDocument('b.txt', `${STORY}\nThe government put the cost of the rescue package at $6.5bn.`);
    ws.setDocument('c.txt', `${STORY}\nThe government put the cost of the rescue package at £3.95bn.`);
    assert.equal(ws.findings('b.txt').find((f) => f.type === 'conflict')?.severity, 'warning');
    ws.setDocument('a.txt', `${STORY}\nThe government put the cost of the rescue package at $5bn.`);
    const after = ws.findings('b.txt').filter((f) => f.type === 'conflict');
    assert.ok(after.every((f) => f.related.every((r) => r.path !== 'c.txt' || r.relation === 'differs')), JSON.stringify(after));
  });

  it('through edits, the memoised comparison equals the direct one on currencies, rates and times', () => {
    const texts = [
      'The government put the cost of the rescue package at $5bn (£3.9bn). Polls open at 10am local time (0800 GMT).',
      'The government put the cost of the rescue package at $6.5bn. About 40,000 people a week were crossing the border.',
      'The government put the cost of the rescue package at £3.95bn. Polls open at 9 am GMT. Some 5,500 people a day were crossing the border.',
    ];
    const memo = new CheckWorkspace({});
    const direct = new CheckWorkspace({}, { direct: true });
    const all = (ws: CheckWorkspace) => ['a.txt', 'b.txt', 'c.txt'].flatMap((p) => ws.findings(p));
    texts.forEach((t, i) => [memo, direct].forEach((ws) => ws.setDocument(`${'abc'[i]}.txt`, `${STORY}\n${t}`)));
    assert.deepEqual(all(memo), all(direct));
    for (const edit of ['$5bn (£4.4bn)', '$5bn', '$5bn (£3.9bn)']) {
      const t = `${STORY}\n${texts[0].replace('$5bn (£3.9bn)', edit)}`;
      [memo, direct].forEach((ws) => ws.updateDocument('a.txt', t));
      assert.deepEqual(all(memo), all(direct), edit);
    }
  });

  it('RateTable averages the sources\' rates and answers both ways round; inCurrencyOf widens by 5%', () => {
    const t = new RateTable();
    const claims = (text: string) => extractClaims(text, 'x.txt').claims;
    assert.equal(t.set('a', claims('The deal was worth $5bn (£4bn).')), true);
    assert.equal(t.set('a', claims('The deal was worth $5bn (£4bn).')), false);
    t.set('b', claims('The sale raised $3bn (£2bn).'));
    assert.ok(Math.abs(t.rate('GBP', 'USD')! - (1.25 + 1.5) / 2) < 1e-9);
    assert.ok(Math.abs(t.rate('USD', 'GBP')! - 1 / 1.25 / 2 - 1 / 1.5 / 2) < 1e-9);
    const pounds = { kind: 'money' as const, unit: 'GBP', low: 100, high: 100, qualifier: 'exact' as const, precision: 1 };
    const dollars = { ...pounds, unit: 'USD' };
    const x = inCurrencyOf(pounds, dollars, t)!;
    assert.equal(x.unit, 'USD');
    assert.equal(x.qualifier, 'approx');
    assert.equal(inCurrencyOf(pounds, { ...dollars, unit: 'JPY' }, t), undefined);
    assert.equal(t.delete('a'), true);
  });
});

describe('rates per time unit', () => {
  it('reads the time unit after the figure or its noun, and not "a year earlier"', () => {
    assert.equal(one('Officials said 40,000 people a week were crossing the border.', '40,000').per, 'week');
    assert.equal(one('Output reached 2 million barrels per day in May.', '2 million').per, 'day');
    assert.equal(one('Cleaners earn $3 per hour at the site.', '$3').per, 'hour');
    assert.equal(one('Junior nurses will be paid £30,000 per annum under the deal.', '30,000').per, 'year');
    assert.equal(one('About 5,500 migrants a day reached the islands.', '5,500').per, 'day');
    assert.equal(one('A year earlier, sales were 2 million units.', '2 million').per, undefined);
    assert.equal(one('The company sold 2 million units a year earlier.', '2 million').per, undefined);
    assert.equal(one('Staff work five days a week at the plant.', 'five').per, undefined);
    assert.equal(one('The company said the strike cost £370 million a day on September 28.', '£370').per, 'day');
    assert.equal(one('The firm had 300 staff a year on, the report said.', '300').per, undefined);
  });

  it('a rate meets a rate in another time unit, converted, and says so', () => {
    const fs = findings({ 'a.txt': 'The agency said about 40,000 people a week were crossing the border.', 'b.txt': 'The agency said 2,000 people a day were crossing the border.' }, 'a.txt', '40,000');
    const f = fs.find((x) => x.type === 'conflict');
    assert.ok(f, JSON.stringify(fs));
    assert.match(f.message, /2,000 per day \(≈ 14,000 per week/);
  });

  it('pay per hour against pay per day is a note to check by hand: working time decides', () => {
    const fs = findings({ 'a.txt': 'Cleaners at the site earn $3 per hour, the union said.', 'b.txt': 'Cleaners at the site earn $30 a day, the union said.' }, 'a.txt', '$3');
    const f = fs.find((x) => x.type === 'conflict');
    assert.ok(f, JSON.stringify(fs));
    assert.equal(f.severity, 'information');
    assert.match(f.message, /per another time unit/);
    const year = findings({ 'a.txt': 'Junior nurses will be paid £30,000 per annum under the deal.', 'b.txt': 'Junior nurses will be paid £3,000 a month under the deal.' }, 'a.txt', '30,000');
    // Months and years are calendar time: £3,000 a month is £36,000 a year, a plain conflict.
    assert.equal(year.find((x) => x.type === 'conflict')?.severity, 'error', JSON.stringify(year));
  });
});

describe('figures in two units of one quantity', () => {
  it('a figure written to its unit stands for that whole unit: 97 seconds is within "two minutes", not "three minutes"', () => {
    const docs = (other: string) => ({ 'a.txt': 'The striker scored twice in 97 seconds to force extra time.', 'b.txt': `The striker scored twice in ${other} to force extra time.` });
    const within = findings(docs('two minutes'), 'a.txt', '97 seconds');
    assert.ok(within.some((f) => f.type === 'agreement') && !within.some((f) => f.type === 'conflict'), JSON.stringify(within));
    const apart = findings(docs('three minutes'), 'a.txt', '97 seconds');
    assert.ok(apart.some((f) => f.type === 'conflict'), JSON.stringify(apart));
  });

  it('reads energy, power, storage, pressure and megapixels as measures, by case where case tells two units apart', () => {
    const unit = (text: string, holding: string) => one(text, holding).unit;
    assert.equal(unit('The capsule released 3.15 megajoules of energy.', '3.15'), 'MJ');
    assert.equal(unit('The lasers delivered 2.05 MJ to the target.', '2.05'), 'MJ');
    assert.equal(unit('The plant will add 1,100 megawatts to the grid.', '1,100'), 'MW');
    assert.equal(unit('The turbines produced 4.2 TWh last year.', '4.2'), 'TWh');
    assert.equal(unit('The base model has 256GB of storage.', '256GB'), 'GB');
    assert.equal(unit('Pressure at the centre fell to 950 mb overnight.', '950'), 'mbar');
    assert.equal(unit('The update is a 512 MB download.', '512'), 'MB');
    assert.equal(unit('It has a 48MP main camera.', '48MP'), 'MP');
    assert.equal(unit('It has a 48-megapixel main camera.', '48'), 'MP');
    // Not a unit: "250 MPs" counts members of parliament.
    assert.equal(one('Some 250 MPs voted against the bill.', '250').kind, 'count');
  });

  it('reads units as papers write them: hyphened areas, "kms", a full stop left on the unit, "pc" for per cent, and vague measures', () => {
    const area = one('Crews were scouring a 7,600-square-mile (20,000-square-kilometer) area on Tuesday.', '7,600');
    assert.deepEqual([area.kind, area.unit, area.alt?.unit, area.alt?.low], ['measure', 'sq mi', 'km²', 20000]);
    assert.equal(one('The plane was flying at about 2,500ft.', '2,500').unit, 'ft');
    // The sentence's full stop, which wink keeps on the unit, is no part of the figure's words.
    assert.deepEqual(figures('Marendi beat the previous record of 38.7C. Talvor reached 104F.').map((c) => c.text), ['38.7C', '104F']);
    assert.equal(one('I like to come out blazing, especially in the 200m. But not today.', '200m').unit, 'm');
    assert.equal(one('The village lies around 27 kms from the coast.', '27').unit, 'km');
    assert.equal(one('Prices were 2.5pc higher in March.', '2.5pc').kind, 'percent');
    assert.equal(one('He bought 5 PCs for the office.', '5').kind, 'count');
    const vague = one('Ships searched thousands of square miles of ocean.', 'thousands');
    assert.deepEqual([vague.kind, vague.unit, vague.low, vague.high], ['measure', 'sq mi', 2000, 9999]);
    assert.equal(one('Thousands of people fled the town.', 'Thousands').kind, 'count');
    const money = one('The fraud cost customers billions of dollars, prosecutors said.', 'billions');
    assert.deepEqual([money.kind, money.unit, money.low, money.high], ['money', 'USD', 2e9, 1e10 - 1]);
  });

  it('a vague amount meets an exact one in its range, and says its range as a reader does', () => {
    const fs = findings({ 'a.txt': 'Prosecutors said the fraud cost customers billions of dollars.', 'b.txt': 'Prosecutors said the fraud cost customers $8 billion.' }, 'a.txt', 'billions');
    const agreed = fs.find((f) => f.type === 'agreement');
    assert.ok(agreed, JSON.stringify(fs));
    assert.match(agreed.message, /USD 2 billion–10 billion \(vague\)/);
  });

  it('compares energy and power across their units: 1.1 GW is 1,100 megawatts, 3.6 MJ is a kilowatt-hour', () => {
    const docs = (other: string) => ({ 'a.txt': 'The new reactor will add 1,100 megawatts to the grid next year.', 'b.txt': `The new reactor will add ${other} to the grid next year.` });
    const same = findings(docs('1.1 GW'), 'a.txt', '1,100');
    assert.ok(same.some((f) => f.type === 'agreement') && !same.some((f) => f.type === 'conflict'), JSON.stringify(same));
    const apart = findings(docs('1.6 GW'), 'a.txt', '1,100');
    assert.ok(apart.some((f) => f.type === 'conflict'), JSON.stringify(apart));
    const energy = findings({ 'a.txt': 'The shot released 3.6 megajoules of energy, the lab said.', 'b.txt': 'The shot released 1 kWh of energy, the lab said.' }, 'a.txt', '3.6');
    assert.ok(energy.some((f) => f.type === 'agreement'), JSON.stringify(energy));
  });
});

describe('a dropped or extra digit', () => {
  it('the same significant digits ten, a hundred or a thousand times apart', () => {
    const q = (low: number, precision = 1) => ({ kind: 'count' as const, low, high: low, qualifier: 'exact' as const, precision });
    assert.equal(droppedDigit(q(3.2e6, 1e5), q(320000, 1e4)), true);
    assert.equal(droppedDigit(q(4500), q(45)), true);
    assert.equal(droppedDigit(q(3e6, 1e6), q(300000, 1e5)), false, 'one digit alike is too often chance');
    assert.equal(droppedDigit(q(3.2e6, 1e5), q(410000, 1e4)), false);
    assert.equal(droppedDigit(q(3.2e6, 1e5), { ...q(320000, 1e4), qualifier: 'more-than' }), false);
    assert.equal(droppedDigit(q(32e9), q(32)), false, 'more than a thousandfold is not a slip of one digit');
  });

  it('a conflict of two counts under a thousand within each other\'s rounding says they are read as counted', () => {
    const fs = findings({ 'a.txt': 'In all, 210 Democrats in the Marendi assembly voted for the bill.', 'b.txt': 'In all, 211 Democrats in the Marendi assembly voted for the bill.' }, 'a.txt', '210');
    const f = fs.find((x) => x.type === 'conflict');
    assert.ok(f, JSON.stringify(fs));
    assert.match(f.message, /a count under a thousand is read as counted, not rounded/);
  });

  it('is a conflict whose message says it is likely a dropped or extra digit', () => {
    const fs = findings({ 'a.txt': 'The storm left 3.2 million homes without power, the utility said.', 'b.txt': 'The storm left 320,000 homes without power, the utility said.' }, 'a.txt', '3.2 million');
    const f = fs.find((x) => x.type === 'conflict');
    assert.ok(f, JSON.stringify(fs));
    assert.match(f.message, /likely a dropped or extra digit/);
  });
});

describe('one figure converted two ways', () => {
  it('the same figure whose own conversions differ by more than 5% conflicts, and says so', () => {
    const fs = findings({ 'a.txt': 'Talvor raised nearly $1bn (£840m) from investors, the Marendi court heard.', 'b.txt': 'Talvor raised nearly $1 billion (£840,000m) from investors, the Marendi court heard.' }, 'a.txt', '$1bn');
    const f = fs.find((x) => x.type === 'conflict');
    assert.ok(f, JSON.stringify(fs));
    assert.match(f.message, /the same figure, converted otherwise/);
  });

  it('conversions within 5% of each other are the same figure rounded', () => {
    const fs = findings({ 'a.txt': 'Talvor raised $5bn (£3.9bn) from investors, the Marendi court heard.', 'b.txt': 'Talvor raised $5bn (£4bn) from investors, the Marendi court heard.' }, 'a.txt', '$5bn');
    assert.deepEqual(fs.map((x) => x.type), ['agreement']);
  });
});

describe('two digits swapped', () => {
  const q = (low: number, precision = 1, qualifier: 'exact' | 'approx' = 'exact') => ({ kind: 'count' as const, low, high: low, qualifier, precision });
  it('the same digits written to the same place, two neighbours swapped, three digits or more', () => {
    assert.equal(transposedDigits(q(1360, 10), q(1630, 10)), true);
    assert.equal(transposedDigits({ ...q(38.61, 0.01), kind: 'percent' }, { ...q(38.16, 0.01), kind: 'percent' }), true);
    assert.equal(transposedDigits(q(12), q(21)), false, 'two digits swap too often by chance');
    assert.equal(transposedDigits(q(1360, 10), q(6310, 10)), false, 'not neighbours');
    assert.equal(transposedDigits(q(1360, 10), q(1630, 10, 'approx')), false, 'a hedged figure is not copied digit for digit');
    assert.equal(transposedDigits(q(38.61, 0.01), q(386.1, 0.1)), false, 'written to another place');
  });

  it('a conflict says the digits are likely swapped in copying', () => {
    const fs = findings({ 'a.txt': 'Talvor Air cancelled 1,360 flights on Sunday, the airline said.', 'b.txt': 'Talvor Air cancelled 1,630 flights on Sunday, the airline said.' }, 'a.txt', '1,360');
    const f = fs.find((x) => x.type === 'conflict');
    assert.ok(f, JSON.stringify(fs));
    assert.match(f.message, /the same digits, two swapped: likely a copying slip/);
  });
});

describe('two figures alike to a thousandth', () => {
  const q = (low: number, precision = 1, qualifier: 'exact' | 'approx' = 'exact') => ({ kind: 'count' as const, low, high: low, qualifier, precision });
  it('five significant digits or more each, within a thousandth of each other', () => {
    assert.equal(nearlyAlike(q(1978274), q(1977824)), true);
    assert.equal(nearlyAlike(q(24254), q(24261)), true);
    assert.equal(nearlyAlike(q(1978274), q(1353506)), false, 'far apart');
    assert.equal(nearlyAlike(q(1978274), q(1978274)), false, 'the same figure');
    assert.equal(nearlyAlike(q(2400), q(2401)), false, 'four digits: too few to carry an identity');
    assert.equal(nearlyAlike(q(1978000, 1000), q(1977000, 1000)), false, 'written to the thousand');
    assert.equal(nearlyAlike(q(1978274), q(1977824, 1, 'approx')), false, 'a hedged figure is not copied digit for digit');
  });

  it('a conflict says so, though the two sentences share few words', () => {
    const fs = findings({ 'a.txt': 'The Marendi tournament ended with a full house at the final, bringing the end tally to 1,978,274.', 'b.txt': 'According to official figures, a total of 1,977,824 fans attended 64 games of the Marendi tournament.' }, 'a.txt', '1,978,274');
    const f = fs.find((x) => x.type === 'conflict');
    assert.ok(f, JSON.stringify(fs));
    assert.match(f.message, /alike to a thousandth at this precision: likely one figure, copied with a slip or revised/);
  });
});

describe('am and pm swapped', () => {
  const t = (low: number, precision = 1) => ({ kind: 'time' as const, low, high: low, qualifier: 'exact' as const, precision });
  it('the same minute past the hour, twelve hours apart', () => {
    assert.equal(meridiemSlip(t(927), t(207)), true);
    assert.equal(meridiemSlip(t(900), t(180)), false, 'a whole hour names the hours of many events');
    assert.equal(meridiemSlip(t(927), t(208)), false);
    assert.equal(meridiemSlip({ ...t(927), qualifier: 'approx' }, t(207)), false, 'a hedged time is not copied digit for digit');
  });

  it('a conflict says am and pm are likely swapped', () => {
    const fs = findings({ 'a.txt': 'The hospital in Marendi confirmed the death at 3.27pm local time.', 'b.txt': 'He died at 3:27am local time due to organ failure.' }, 'a.txt', '3.27pm');
    const f = fs.find((x) => x.type === 'conflict');
    assert.ok(f, JSON.stringify(fs));
    assert.match(f.message, /the same minute with am and pm swapped: likely a slip/);
  });
});

describe('a time of day with two digits swapped', () => {
  const t = (low: number) => ({ kind: 'time' as const, low, high: low, qualifier: 'exact' as const, precision: 1 });
  it('the digits of a 12-hour clock, two neighbours swapped', () => {
    assert.equal(transposedTime(t(18 * 60 + 23), t(18 * 60 + 32)), true, '6:23 and 6:32 pm');
    assert.equal(transposedTime(t(12 * 60 + 21), t(12 * 60 + 12)), true, '12:21 and 12:12');
    assert.equal(transposedTime(t(18 * 60 + 23), t(18 * 60 + 25)), false);
    assert.equal(transposedTime({ ...t(18 * 60 + 23), qualifier: 'approx' }, t(18 * 60 + 32)), false, 'a hedged time is not copied digit for digit');
  });

  it('a conflict on the usual evidence, whose message says the digits are likely swapped', () => {
    // Context this faint (two reports' own sentences) would not do for two times apart otherwise.
    const fs = findings({ 'a.txt': 'The commercial lander, Odysseus made by Intuitive Machines, landed near the South Pole of the moon on Thursday, February 22nd at 6:23 PM ET.', 'b.txt': "A week after launching aboard a SpaceX rocket, the uncrewed Odysseus spacecraft gently landed near the Moon's south pole at 6:32 pm ET on February 22, 2024." }, 'a.txt', '6:23');
    const f = fs.find((x) => x.type === 'conflict');
    assert.ok(f, JSON.stringify(fs));
    assert.match(f.message, /the same digits, two swapped: likely a copying slip/);
  });
});

describe('two times of day minutes apart', () => {
  const t = (low: number, unit?: string) => ({ kind: 'time' as const, low, high: low, qualifier: 'exact' as const, precision: 1, ...(unit ? { unit } : {}) });
  it('to the odd minute, unhedged, five minutes or less apart in one zone', () => {
    assert.equal(nearTimes(t(18 * 60 + 7), t(18 * 60 + 9)), true, '6:07 and 6:09 pm');
    assert.equal(nearTimes(t(107, 'EST'), t(108, 'ET')), true, '1:47 EST and 1:48 ET');
    assert.equal(nearTimes(t(18 * 60 + 7), t(18 * 60 + 13)), false, 'six minutes apart');
    assert.equal(nearTimes(t(90), t(88)), false, 'a time on a five-minute mark may be rounded');
    assert.equal(nearTimes({ ...t(18 * 60 + 7), qualifier: 'approx' }, t(18 * 60 + 9)), false, 'a hedged time');
    assert.equal(nearTimes(t(18 * 60 + 7), t(18 * 60 + 7)), false, 'the same time');
  });

  it('a conflict whose message says one moment was likely timed twice', () => {
    // Context this faint (two reports' own sentences) would not do for two times apart otherwise.
    const fs = findings({ 'a.txt': 'The commercial lander, Odysseus made by Intuitive Machines, landed near the South Pole of the moon on Thursday, February 22nd at 6:23 PM ET.', 'b.txt': "A week after launching aboard a SpaceX rocket, the uncrewed Odysseus spacecraft gently landed near the Moon's south pole at 6:26 pm ET on February 22, 2024." }, 'a.txt', '6:23');
    const f = fs.find((x) => x.type === 'conflict');
    assert.ok(f, JSON.stringify(fs));
    assert.match(f.message, /3 minutes later: likely one moment timed twice/);
  });
});

describe('times of day', () => {
  it('reads a time with its zone and its own conversion as one claim, and "1915 GMT" is not a year', () => {
    const text = 'The ferry left at 3:15 pm (1915 GMT), officials said.';
    const claims = extractClaims(text, 'a.txt').claims;
    assert.equal(claims.filter((c) => c.kind === 'date').length, 0, JSON.stringify(claims));
    const q = one(text, '3:15');
    assert.deepEqual([q.kind, q.low, q.unit, q.alt?.unit, q.alt?.low], ['time', 915, undefined, 'GMT', 1155]);
    assert.deepEqual([one('Polls open at 10am local time (0800 GMT) in the north.', '10am').low, one('The vote closes at 3:15 p.m. ET on Monday.', '3:15').unit], [600, 'ET']);
    const around = one('The crash occurred around 7pm on Friday.', '7pm');
    assert.deepEqual([around.low, around.qualifier, around.precision], [1140, 'approx', 60]);
    // "10.30pm", which wink reads as "10.3" and "0pm".
    const dotted = one('The explosion happened at 10.30pm (2130 GMT) on Saturday.', '10.30pm');
    assert.deepEqual([dotted.kind, dotted.low, dotted.alt?.low], ['time', 1350, 1290]);
  });

  it('a split, a score, a deadline or a clock reading is no time of day', () => {
    const times = (text: string) => figures(text).filter((c) => c.quantity.kind === 'time').map((c) => c.text);
    assert.deepEqual(times('He passed halfway in 1:02:11 and led at 29:21.'), []);
    assert.deepEqual(times('Ministers must agree by 7pm on Friday.'), []);
    assert.deepEqual(times('The 10:30 train left late.'), []);
    assert.deepEqual(times('Doctors ordered 10 CT scans for the injured.'), []);
    assert.deepEqual(times('Volunteers logged 1000 hours of work.'), []);
    assert.deepEqual(times('The market opens between 7pm and 9pm on weekdays.'), []);
    assert.deepEqual(times('Polls open at 10am local time (0800 GMT) and close at 3:15 p.m. ET.'), ['10am local time (0800 GMT)', '3:15 p.m. ET']);
  });

  it('the span of a rank is not a length of its own ("the first hat-trick in a final in 56 years")', () => {
    const durations = (text: string) => figures(text).filter((c) => c.quantity.kind === 'duration').map((c) => c.text);
    assert.deepEqual(durations('Mbappe scored the first hat-trick in a World Cup final in 56 years.'), []);
    assert.deepEqual(durations('The war lasted 56 years.'), ['56 years']);
  });

  it('compares in one zone, through GMT when both are known, never a zoneless time with a zoned one', () => {
    const t = (low: number, unit?: string, alt?: { unit: string; low: number }) => ({ kind: 'time' as const, low, high: low, qualifier: 'exact' as const, precision: 1, unit, alt: alt && { ...alt, high: alt.low, precision: 1 } });
    assert.equal(timeVerdict(t(915, undefined, { unit: 'GMT', low: 1155 }), t(1155, 'GMT')), 'agrees');
    assert.equal(timeVerdict(t(915, undefined, { unit: 'GMT', low: 1155 }), t(1215, 'GMT')), 'conflicts');
    assert.equal(timeVerdict(t(915), t(1155, 'GMT')), undefined);
    assert.equal(timeVerdict(t(915, 'BST'), t(855, 'GMT')), 'agrees');
    // Noon ET is 16:00 GMT in summer and 17:00 in winter: either agrees, 18:00 does not.
    assert.equal(timeVerdict(t(720, 'ET'), t(960, 'GMT')), 'agrees');
    assert.equal(timeVerdict(t(720, 'ET'), t(1020, 'GMT')), 'agrees');
    assert.equal(timeVerdict(t(720, 'ET'), t(1080, 'GMT')), 'conflicts');
    // Around midnight: "about 23:45" and 00:00 are a quarter hour apart, not a day.
    assert.equal(timeVerdict({ ...t(1425), qualifier: 'approx' }, t(0)), 'agrees');
    assert.equal(timeVerdict(t(1430), t(1430)), 'same');
  });

  it('two times that each give their own conversion into one zone are read zone by zone: agreeing in one and not the other, they differ', () => {
    const t = (low: number, alt: number) => ({ kind: 'time' as const, low, high: low, qualifier: 'exact' as const, precision: 1, alt: { unit: 'GMT', low: alt, high: alt, precision: 1 } });
    // 17:50 and 17:46 local agree with their rounding; 21:00 and 08:46 GMT cannot.
    assert.equal(timeVerdict({ ...t(1070, 1260), qualifier: 'approx' as const, precision: 60 }, t(1066, 526)), 'conflicts');
    assert.equal(formatTimeGap(t(1066, 526), t(1066, 1260)), '11 h 46 min earlier in GMT, though the times agree as written: one of the two conversions is a slip');
    // 7am and 8am local, both 05:00 GMT: the local times part.
    assert.equal(formatTimeGap(t(420, 300), t(480, 300)), '1 hour later as written, though the times agree in GMT: one of the two conversions is a slip');
    assert.equal(timeVerdict({ ...t(1065, 525), qualifier: 'approx' as const }, t(1066, 526)), 'agrees');
  });

  it('"Eastern" takes the season the story\'s other times name ("CDT"): a story is told in one season', () => {
    const rates = new RateTable();
    rates.set('fox.txt', extractClaims('Otis made landfall around 1:25 a.m. CDT Wednesday.', 'fox.txt').claims);
    rates.set('nyt.txt', extractClaims('It made landfall at about 6 a.m. (1200 GMT), officials said.', 'nyt.txt').claims);
    assert.deepEqual([rates.season(), rates.localOffset()], [1, -360]);
    const eastern = { kind: 'time' as const, low: 85, high: 85, qualifier: 'exact' as const, precision: 1, unit: 'ET' };
    const local = { kind: 'time' as const, low: 25, high: 25, qualifier: 'exact' as const, precision: 1 };
    // 1:25 a.m. ET is 06:25 GMT in winter (= 00:25 at GMT-6) but 05:25 GMT in summer.
    assert.equal(timeVerdict(eastern, local, -360), 'agrees');
    assert.equal(timeVerdict(eastern, local, -360, rates.season()), 'conflicts');
  });

  it('a hedge widens a whole hour by half an hour, a quarter hour by a quarter, a five-minute mark by five minutes, and any other minute not at all', () => {
    const t = (low: number, precision = 1, qualifier: 'exact' | 'approx' = 'approx') => ({ kind: 'time' as const, low, high: low, qualifier, precision });
    const exact = (low: number) => t(low, 1, 'exact');
    assert.equal(timeVerdict(t(1140, 60), exact(1165)), 'agrees'); // around 7 pm, 19:25
    assert.equal(timeVerdict(t(1140, 60), exact(1190)), 'conflicts'); // around 7 pm, 19:50
    assert.equal(timeVerdict(t(1350), exact(1365)), 'agrees'); // about 10:30, 22:45
    assert.equal(timeVerdict(t(1083), exact(1084)), 'conflicts'); // about 6.03pm, 6:04
    assert.equal(timeVerdict(t(1165), exact(1168)), 'agrees'); // about 7.25pm, 7:28
    assert.equal(timeVerdict(t(1040), exact(1065)), 'conflicts'); // about 5:20 pm, 5:45
  });

  it('a time on the hour stands for a quarter hour either side, not half an hour; bands that only touch are apart', () => {
    const t = (low: number, precision: number, qualifier: 'exact' | 'approx') => ({ kind: 'time' as const, low, high: low, qualifier, precision });
    assert.equal(timeVerdict(t(1140, 60, 'exact'), t(1150, 1, 'exact')), 'agrees'); // 7 pm, 19:10
    assert.equal(timeVerdict(t(1140, 60, 'exact'), t(1160, 1, 'exact')), 'conflicts'); // 7 pm, 19:20
    // "around 10:30 pm" reaches 22:45, where "11 pm" begins: apart, as "67%" and "68%" are.
    assert.equal(timeVerdict(t(1350, 1, 'approx'), t(1380, 60, 'exact')), 'conflicts');
    // "shortly after 7pm AEST" is 8 pm AEDT: not "7:25pm AEDT".
    assert.equal(timeVerdict({ ...t(1140, 60, 'approx'), unit: 'AEST' }, { ...t(1165, 1, 'exact'), unit: 'AEDT' }), 'conflicts');
  });

  it('a time just before or shortly after the one written has that time for an end of its band, not its middle', () => {
    const before = one('The Dali pulled away from the pier just before 12:45 a.m., officials said.', '12:45');
    const after = one('The first call came shortly after 7pm, he said.', '7pm');
    assert.deepEqual([before.side, after.side, before.qualifier], ['before', 'after', 'approx']);
    const t = (low: number, precision = 1) => ({ kind: 'time' as const, low, high: low, qualifier: 'exact' as const, precision });
    // 12:30 to 12:45: not "1 am" (12:45 to 1:15, touching), still "12:40".
    assert.equal(timeVerdict(before, t(60, 60)), 'conflicts');
    assert.equal(timeVerdict(before, t(40)), 'agrees');
    // 7 to 7:15 pm: not 6:55, which "about 7pm" would reach.
    assert.equal(timeVerdict(after, t(1135)), 'conflicts');
    assert.equal(timeVerdict({ ...after, side: undefined }, t(1135)), 'agrees');
    assert.equal(formatTimeGap(before, t(60, 60)), '15 minutes later');
  });

  it('tells a gap in minutes, one minute in the singular ("1 minute later", "10 minutes earlier")', () => {
    const t = (low: number) => ({ kind: 'time' as const, low, high: low, qualifier: 'exact' as const, precision: 1 });
    assert.deepEqual([formatTimeGap(t(1083), t(1084)), formatTimeGap(t(1093), t(1083)), formatTimeGap(t(1080), t(1140))], ['1 minute later', '10 minutes earlier', '1 hour later']);
  });

  it('"6.03pm" is 18:03, and a time with no half of the day after a pm time of its sentence takes it', () => {
    assert.equal(one('The touchdown happened at about 6.03pm, prompting cheers.', '6.03pm').low, 1083);
    const later = one('The lander started the descent at 5:20 pm IST and touched down at 6:04 on the Moon surface.', '6:04');
    assert.deepEqual([later.low, later.unit], [1084, 'IST']);
    assert.equal(one('The flight left at 13:10 and landed at 1:15.', '1:15').low, 75);
  });
});

describe('temperatures', () => {
  it('a temperature below zero keeps its sign, and a difference is told in degrees, not as a share', () => {
    const fs = findings({ 'a.txt': 'Temperatures fell to minus 5C overnight in the capital, forecasters said.', 'b.txt': 'Temperatures fell to 5C overnight in the capital, forecasters said.' }, 'a.txt', 'minus 5C');
    const f = fs.find((x) => x.type === 'conflict');
    assert.match(f?.message ?? '', /-5 °C here; b says 5 °C \(10 °C higher\)/, JSON.stringify(fs.map((x) => x.message)));
    assert.equal(f?.severity, 'error');
  });
});
