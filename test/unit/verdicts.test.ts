// Verdict rules across small documents written for these tests: which figures, dates and
// quotations the engine holds to conflict, agree, vary or stand alone. No word vectors: the
// documents share their nouns and verbs, so claims meet by lemma and context.
import * as assert from 'node:assert/strict';
import { CheckWorkspace } from '../../src/engine';
import type { Finding, FindingType } from '../../src/engine';

function check(docs: Record<string, string>): { ws: CheckWorkspace; findings: Finding[]; texts: Record<string, string> } {
  const ws = new CheckWorkspace();
  for (const [p, t] of Object.entries(docs)) ws.setDocument(p, t);
  return { ws, findings: ws.allFindings(), texts: docs };
}

/** The finding on the claim of `path` whose text contains `holds`. */
function findingOn(findings: Finding[], path: string, holds: string, type?: FindingType): Finding | undefined {
  return findings.find((f) => f.claim.path === path && f.claim.text.includes(holds) && (type === undefined || f.type === type));
}

const summary = (fs: Finding[]) => fs.map((f) => `${f.type} ${f.claim.path} ${JSON.stringify(f.claim.text)}: ${f.message}`);
const conflicts = (fs: Finding[]) => fs.filter((f) => f.type === 'conflict');

describe('verdicts: figures', () => {
  it('a row of a list of names says in its finding whose figure it is ("tariffs, for Kestrel: 26% here")', () => {
    const { findings } = check({
      'a.txt': 'This is the full list of reciprocal tariffs that Talvor announced:\n\n1. Marendi: 34%\n2. Kestrel: 26%\n3. Oskar Union: 20%\n',
      'b.txt': 'Talvor announces punitive levies on 60 countries and imposes a 27% tariff on all goods imports from Kestrel as part of measures against countries for purportedly having the most unfair trade barriers against its products.',
    });
    assert.match(findingOn(findings, 'a.txt', '26%', 'conflict')?.message ?? summary(findings).join('\n'), /^tariffs, for Kestrel: 26% here; b says 27%/);
  });
  it('two days on which a statement was made are two statements when they told unlike things ("confirmed that hackers …", "confirmed that nearly 7 million people …"); one statement told alike, dated two ways, differs', () => {
    const { findings } = check({
      'a.txt': 'SAN FRANCISCO - Personal genetics firm Talvor on Tuesday confirmed that hackers using stolen passwords accessed the personal information about 6.9 million members.',
      'b.txt': 'Genetic testing company Talvor on Monday confirmed that nearly 7 million people have been affected by a security breach that took place in early October.',
    });
    assert.deepEqual(summary(findings.filter((f) => f.type === 'conflict' && /day/.test(f.claim.text))), []);
    // One statement told alike, dated two ways, still differs.
    const same = check({
      'a.txt': 'Talvor on Tuesday confirmed that hackers using stolen passwords accessed the personal information of 6.9 million members.',
      'b.txt': 'Talvor on Monday confirmed that hackers using stolen passwords accessed the personal information of 6.9 million members.',
    });
    assert.ok(findingOn(same.findings, 'a.txt', 'Tuesday', 'conflict'), summary(same.findings).join('\n'));
  });
  it('15,000 troops against between 10,000 and 12,000 troops is a conflict, with source and percentage', () => {
    const { findings } = check({
      'a.txt': 'The defence ministry confirmed that 15,000 troops were sent to the flooded border region.',
      'b.txt': 'Between 10,000 and 12,000 troops were sent to the flooded border region, officials said.',
    });
    const f = findingOn(findings, 'a.txt', '15,000');
    assert.ok(f, `no finding on 15,000: ${JSON.stringify(summary(findings))}`);
    assert.equal(f.type, 'conflict');
    const r = f.related.find((x) => x.path === 'b.txt');
    assert.ok(r, 'b.txt is not among the related sources');
    assert.equal(r.relation, 'conflicts');
    assert.ok(r.text.includes('10,000'), r.text);
    assert.match(f.message, /\bb\b/, 'the message names the other source');
    assert.match(f.message, /\d+(–\d+)?%/, 'the message gives the difference as a percentage');
    // And the other way round.
    const g = findingOn(findings, 'b.txt', '10,000');
    assert.equal(g?.type, 'conflict');
    assert.match(g!.message, /\ba\b/);
    assert.match(g!.message, /\d+%/);
  });

  it('"about 600 were killed" agrees with "around 600 people died"', () => {
    const { findings } = check({
      'a.txt': 'About 600 were killed when the dam burst above the town.',
      'b.txt': 'Around 600 people died when the dam burst above the town.',
    });
    const f = findingOn(findings, 'a.txt', '600');
    assert.equal(f?.type, 'agreement', JSON.stringify(summary(findings)));
    assert.ok(f!.related.some((r) => r.path === 'b.txt' && (r.relation === 'agrees' || r.relation === 'same')));
    assert.deepEqual(conflicts(findings), []);
  });

  it('a rounded figure agrees with a precise one ("about 4,000" and 3,987)', () => {
    const { findings } = check({
      'a.txt': 'About 4,000 households lost power during the ice storm.',
      'b.txt': 'The utility said 3,987 households lost power during the ice storm.',
    });
    const f = findingOn(findings, 'a.txt', '4,000');
    assert.equal(f?.type, 'agreement', JSON.stringify(summary(findings)));
    assert.equal(f!.related[0].relation, 'agrees');
    assert.equal(f!.related[0].path, 'b.txt');
    assert.equal(findingOn(findings, 'b.txt', '3,987')?.type, 'agreement');
    assert.deepEqual(conflicts(findings), []);
  });

  it('a more-than bound conflicts with a lower value', () => {
    const { findings } = check({
      'a.txt': 'More than 6,000 nurses joined the strike over pay.',
      'b.txt': 'Some 4,500 nurses joined the strike over pay.',
    });
    const f = findingOn(findings, 'a.txt', '6,000');
    assert.equal(f?.type, 'conflict', JSON.stringify(summary(findings)));
    assert.equal(f!.related[0].relation, 'conflicts');
    assert.equal(findingOn(findings, 'b.txt', '4,500')?.type, 'conflict');
  });

  it('a more-than bound agrees with a value within its step', () => {
    const { findings } = check({
      'a.txt': 'More than 6,000 nurses joined the strike over pay.',
      'b.txt': 'Some 6,800 nurses joined the strike over pay.',
    });
    assert.deepEqual(conflicts(findings).map((f) => f.message), []);
    assert.equal(findingOn(findings, 'a.txt', '6,000')?.type, 'agreement');
  });

  it('a more-than bound far below a higher count elsewhere is a note on the bound, and the count agrees', () => {
    const { findings } = check({
      'a.txt': 'More than 6,000 nurses joined the strike over pay.',
      'b.txt': 'Some 13,500 nurses joined the strike over pay.',
    });
    assert.deepEqual(
      conflicts(findings).map((f) => `${f.severity}: ${f.message}`),
      ['information: Check by hand: nurses: more than 6,000 here; b says about 13,500 (higher than this lower bound: a count so far may be out of date).'],
    );
    assert.equal(findingOn(findings, 'b.txt', '13,500')?.type, 'agreement');
  });

  it('a round more-than bound that a higher count under double it meets agrees with it', () => {
    const { findings } = check({
      'a.txt': 'More than 6,000 nurses joined the strike over pay.',
      'b.txt': 'Some 7,500 nurses joined the strike over pay.',
    });
    assert.deepEqual(conflicts(findings), []);
    assert.equal(findingOn(findings, 'a.txt', '6,000')?.type, 'agreement');
  });

  it('an increment ("another 3,000 soldiers") is not compared with a total', () => {
    const docs = {
      'a.txt': 'The government sent another 3,000 soldiers to the flooded province.',
      'b.txt': 'The government has sent 15,000 soldiers to the flooded province.',
    };
    assert.deepEqual(summary(conflicts(check(docs).findings)), []);
    // Control: without "another" the same pair is a conflict, so the rule above is what keeps them apart.
    const control = check({ ...docs, 'a.txt': docs['a.txt'].replace('another ', '') });
    assert.equal(findingOn(control.findings, 'a.txt', '3,000')?.type, 'conflict');
  });

  it('a projection ("will send 8,000") is not compared with a count so far', () => {
    const docs = {
      'a.txt': 'The government will send 8,000 soldiers to the flooded province.',
      'b.txt': 'The government has sent 15,000 soldiers to the flooded province.',
    };
    assert.deepEqual(summary(conflicts(check(docs).findings)), []);
    const control = check({ ...docs, 'a.txt': 'The government has sent 8,000 soldiers to the flooded province.' });
    assert.equal(findingOn(control.findings, 'a.txt', '8,000')?.type, 'conflict');
  });

  it('killed is not compared with "killed or wounded"', () => {
    const docs = {
      'a.txt': '40 miners were killed in the collapse at the northern pit.',
      'b.txt': '95 miners were killed or wounded in the collapse at the northern pit.',
    };
    assert.deepEqual(summary(conflicts(check(docs).findings)), []);
    const control = check({ ...docs, 'b.txt': '95 miners were killed in the collapse at the northern pit.' });
    assert.equal(findingOn(control.findings, 'a.txt', '40')?.type, 'conflict');
  });

  it('killed is not compared with casualties', () => {
    const docs = {
      'a.txt': 'The collapse at the northern pit killed 40 miners.',
      'b.txt': 'The collapse at the northern pit left 95 casualties among the miners.',
    };
    assert.deepEqual(summary(conflicts(check(docs).findings)), []);
    const control = check({ ...docs, 'b.txt': 'The collapse at the northern pit killed 95 miners.' });
    assert.equal(findingOn(control.findings, 'a.txt', '40')?.type, 'conflict');
  });
});

describe('verdicts: dates', () => {
  it('Thursday against Friday for the same ceremony is a conflict', () => {
    const { findings } = check({
      'a.txt': 'The memorial ceremony for the flood victims was held on Thursday in the cathedral.',
      'b.txt': 'The memorial ceremony for the flood victims was held on Friday in the cathedral.',
    });
    const f = findingOn(findings, 'a.txt', 'Thursday');
    assert.equal(f?.type, 'conflict', JSON.stringify(summary(findings)));
    assert.equal(f!.related[0].path, 'b.txt');
    assert.ok(f!.related[0].text.includes('Friday'));
    assert.equal(f!.related[0].relation, 'conflicts');
  });

  it('"last October" against "in October 2023" is a conflict to check by hand (information)', () => {
    const { findings } = check({
      'a.txt': 'The mayor first announced the stadium plan last October.',
      'b.txt': 'The mayor first announced the stadium plan in October 2023.',
    });
    const f = findingOn(findings, 'a.txt', 'last October');
    assert.equal(f?.type, 'conflict', JSON.stringify(summary(findings)));
    assert.equal(f!.severity, 'information');
    assert.ok(f!.related.some((r) => r.path === 'b.txt' && r.text.includes('October 2023')));
    const g = findingOn(findings, 'b.txt', 'October 2023');
    assert.equal(g?.type, 'conflict');
    assert.equal(g!.severity, 'information');
  });
});

describe('verdicts: repetition', () => {
  const a =
    'The river burst its banks on Sunday night and flooded the old town.\n\n' +
    'Rescue teams evacuated some 2,000 residents from the low-lying districts.\n\n' +
    'The mayor asked the army for help with the clean-up.\n\n' +
    'Rescue teams evacuated some 2,000 residents from the low-lying districts.\n';

  it('a passage repeated in one document gives one repetition finding and no conflict between the copies', () => {
    const { findings, ws } = check({ 'a.txt': a, 'b.txt': 'The river burst its banks and flooded the old town on Sunday night.' });
    const reps = findings.filter((f) => f.type === 'repetition');
    assert.equal(reps.length, 1, JSON.stringify(summary(findings)));
    const second = a.lastIndexOf('Rescue teams');
    const first = a.indexOf('Rescue teams');
    assert.equal(reps[0].claim.path, 'a.txt');
    assert.equal(reps[0].claim.start, second);
    assert.equal(reps[0].related[0].start, first);
    assert.deepEqual(summary(conflicts(findings)), []);
    // The copy's figure points at its twin and is not checked again.
    const twins = ws.claims('a.txt')!.claims.filter((c) => c.text.includes('2,000'));
    assert.equal(twins.length, 2);
    assert.equal(twins[1].repeatOf, twins[0].id);
    assert.equal(findings.filter((f) => f.type !== 'repetition' && f.claim.path === 'a.txt' && f.claim.start === a.lastIndexOf('some 2,000')).length, 0);
  });

  it('a conflict with another source is reported once, not once per copy', () => {
    const { findings } = check({ 'a.txt': a, 'b.txt': 'Rescue teams evacuated 3,500 residents from the low-lying districts after the river burst its banks.' });
    const onA = findings.filter((f) => f.type === 'conflict' && f.claim.path === 'a.txt');
    assert.equal(onA.length, 1, JSON.stringify(summary(findings)));
    assert.equal(onA[0].claim.start, a.indexOf('some 2,000'));
    const onB = findingOn(findings, 'b.txt', '3,500', 'conflict');
    assert.ok(onB);
    assert.deepEqual(onB.related.map((r) => [r.path, r.start]), [['a.txt', a.indexOf('some 2,000')]]);
  });
});

describe('verdicts: quotations', () => {
  const full = '“We will rebuild every school in the valley before winter,” the education minister Lena Sorel said on a visit to the flooded district.';

  it('a quotation that leaves words out is a quote-variant whose diff adds them', () => {
    const { findings } = check({
      'a.txt': full,
      'b.txt': 'The education minister Lena Sorel promised: “We will rebuild every school before winter.”',
    });
    const f = findingOn(findings, 'b.txt', 'rebuild', 'quote-variant');
    assert.ok(f, JSON.stringify(summary(findings)));
    assert.ok(f.diff, 'a quote-variant carries a diff');
    assert.ok(f.diff.some((o) => o.op === 'added' && o.text === 'in the valley'), JSON.stringify(f.diff));
    assert.ok(f.related.some((r) => r.path === 'a.txt' && r.relation === 'differs'));
    // Seen from the fuller quotation, the same words are extra.
    const g = findingOn(findings, 'a.txt', 'rebuild', 'quote-variant');
    assert.ok(g?.diff?.some((o) => o.op === 'removed' && o.text === 'in the valley'), JSON.stringify(g?.diff));
  });

  // A quotation and another source's prose: the finding on the quotation says the prose reports it.
  const reported = (quotation: string, prose: string, opening: string) => {
    const { findings } = check({ 'a.txt': quotation, 'b.txt': prose });
    const f = findingOn(findings, 'a.txt', opening, 'quote-variant');
    assert.ok(f, JSON.stringify(summary(findings)));
    assert.match(f.message, /b reports it in its own words, not as a quotation/);
    assert.equal(f.severity, 'information');
    return f;
  };

  it('a statement another source reports in its own words (indirect speech) is a variant, said so, at information', () => {
    const f = reported(
      '“Emergency crews should be sent to rebuild the damaged schools of the valley before winter,” the education minister Lena Sorel said.',
      'Lena Sorel directed that emergency crews should be sent to repair the damaged schools in the valley before winter.',
      'Emergency crews',
    );
    assert.ok(f.related.some((r) => r.path === 'b.txt' && r.relation === 'differs' && r.text.startsWith('emergency crews should be sent to repair')), JSON.stringify(f.related));
  });

  it('prose that carries every word of substance of a quotation in a row, only a function word at its start changed, reports the statement in its own words', () => {
    reported('“This is illegal under Marendi competition rules,” the regulator said on Tuesday.', 'The regulator fined the company on Tuesday. That’s illegal under Marendi competition rules.', 'This is illegal');
  });

  /** Whether a finding of `type` stands on a.txt's claims when a.txt and b.txt are compared, and what was found. */
  const onA = (a: string, b: string, type: FindingType) => {
    const { findings } = check({ 'a.txt': a, 'b.txt': b });
    return { found: findings.some((f) => f.claim.path === 'a.txt' && f.type === type), shown: JSON.stringify(summary(findings)) };
  };

  it('prose that shares a phrase with a quotation, or a part of its words without quotation marks, is no other wording of it', () => {
    const phrase = onA('“The death toll is huge,” said Talvor Okafor of the Marendi Red Crescent.', 'According to the Marendi Red Crescent, the death toll has risen.', 'quote-variant');
    assert.ok(!phrase.found, phrase.shown);
    const part = onA(
      '“This should concern us all. The potential for further floods within the region and beyond is very worrying,” said Talvor Okafor.',
      'Floods may spread, and the potential for further floods within the region and beyond is very worrying, Okafor added.',
      'quote-variant',
    );
    assert.ok(!part.found, part.shown);
  });

  it("a phrase of two or three words in another source's own narrative does not vouch for the quotation; in prose that tells someone's words it does", () => {
    const own = onA('More than nine hours later, the Marendi fire brigade said the fire was “under control,” officials said.', 'Firefighters in Marendi worked through the night to bring the fire under control.', 'quote-corroborated');
    assert.ok(!own.found, own.shown);
    const said = onA('In a letter, Okafor called Sorel his “closest comrade.”', 'Last October, Okafor sent Sorel a birthday letter, calling him his closest comrade.', 'quote-corroborated');
    assert.ok(said.found, said.shown);
  });

  it('the same quotation in two sources is corroborated', () => {
    const { findings } = check({
      'a.txt': full,
      'b.txt': 'Lena Sorel, the education minister, told parents: “We will rebuild every school in the valley before winter.”',
    });
    const f = findingOn(findings, 'b.txt', 'rebuild');
    assert.equal(f?.type, 'quote-corroborated', JSON.stringify(summary(findings)));
    assert.ok(f!.related.some((r) => r.path === 'a.txt' && r.relation === 'same'));
    assert.equal(findingOn(findings, 'a.txt', 'rebuild')?.type, 'quote-corroborated');
  });

  it('a prefix written with a hyphen or without is one word ("re-establish", "reestablish"): the quotation is corroborated, not worded differently; other compounds stay two words', () => {
    const { findings } = check({
      'a.txt': 'Talvor said: “We are deeply thankful for the help we have received in our efforts to re-establish contact with the vessel.”',
      'b.txt': 'The company said: “We are deeply thankful for the help we have received in our efforts to reestablish contact with the vessel.”',
    });
    assert.equal(findingOn(findings, 'a.txt', 'thankful')?.type, 'quote-corroborated', JSON.stringify(summary(findings)));
    const part = check({
      'a.txt': 'Kestrel said one of its “crew tracking-related tools was affected and unable to process the changes”, the airline said.',
      'b.txt': 'The airline blamed a fault in its “crew tracking” software for the delays.',
    });
    assert.ok(part.findings.some((f) => f.claim.path === 'b.txt' && f.type === 'quote-corroborated'), JSON.stringify(summary(part.findings)));
  });

  it('a quotation another source gives in two quotations, the attribution between, is the same words', () => {
    const { findings } = check({
      'a.txt': '“It’s the one I wanted, it’s the hard battle, it’s the amazing opponents,” said Talvor, the first champion from Marendi since 2004.',
      'b.txt': '“It’s the one I wanted,” said Talvor, whose winning time was a personal best. “It’s the hard battle, it’s the amazing opponents.”',
    });
    const f = findingOn(findings, 'a.txt', 'hard battle');
    assert.equal(f?.type, 'quote-corroborated', JSON.stringify(summary(findings)));
    assert.match(f!.message, /^The same words appear in b \(in two quotations/);
    // Two quotations that do not run on into each other's words are not these words.
    const other = check({
      'a.txt': '“It’s the one I wanted, it’s the hard battle, it’s the amazing opponents,” said Talvor, the first champion from Marendi since 2004.',
      'b.txt': '“It’s the one I wanted,” said Talvor, whose winning time was a personal best. “The crowd in Marendi was loud tonight.”',
    });
    assert.ok(!other.findings.some((x) => x.claim.path === 'a.txt' && /^The same words/.test(x.message)), JSON.stringify(summary(other.findings)));
  });

  it('a sentence quoted word for word corroborates that part of a longer quotation, whatever prose stands around it', () => {
    const { findings } = check({
      'a.txt': 'Tesla said in its letter: “Our cost of goods sold per vehicle decreased to ~$37,500 in Q3. While production cost at our new factories remained higher than our established factories, we have implemented necessary upgrades in Q3 to enable further unit cost reductions. We continue to believe that an industry leader needs to be a cost leader.”',
      'b.txt': 'Tesla said it would keep cutting costs. “We continue to believe that an industry leader needs to be a cost leader,” the company said in its letter to investors on Wednesday.',
    });
    const f = findingOn(findings, 'a.txt', 'cost of goods');
    assert.equal(f?.type, 'quote-corroborated', JSON.stringify(summary(findings)));
    assert.match(f!.message, /^Part of these words appears word for word in b/);
  });

  it('a source that quotes one sentence of a longer quotation word for word corroborates it', () => {
    const { findings } = check({
      'a.txt': '“These findings show that we have an effective vaccine that will save many lives. Excitingly, one of our dosing regimens may work better,” Professor Andrew Pollard said.',
      'b.txt': 'Professor Andrew Pollard said: “These findings show that we have an effective vaccine that will save many lives.”',
    });
    const types = findings.filter((f) => f.claim.path === 'a.txt' && f.claim.text.includes('findings')).map((f) => f.type);
    assert.ok(types.includes('quote-corroborated'), JSON.stringify(summary(findings)));
    assert.ok(!types.includes('quote-variant'), JSON.stringify(summary(findings)));
  });

  it('two quotations that share a figure and one word are two statements, not two wordings of one', () => {
    const { findings } = check({
      'a.txt': 'Marendi central bank officials also said “inflation has made further progress toward (their) 2% goal.”',
      'b.txt': 'The Marendi central bank said it "has gained greater confidence that inflation is moving sustainably toward 2%."',
    });
    const types = findings.filter((f) => f.claim.path === 'a.txt' && f.claim.text.includes('progress')).map((f) => f.type);
    assert.ok(!types.includes('quote-variant'), JSON.stringify(summary(findings)));
  });

  it('a two-word fragment quoted elsewhere corroborates the longer quotation, not another wording of it', () => {
    const { findings } = check({
      'a.txt': 'Governor Wes Moore praised the crews who stopped traffic on the Harlow bridge. ‘They saved lives last night,’ Moore said.',
      'b.txt': 'Governor Wes Moore said the crews who stopped traffic on the Harlow bridge “saved lives”.',
    });
    const types = findings.filter((f) => f.claim.path === 'a.txt' && f.claim.text.includes('saved')).map((f) => f.type);
    assert.ok(types.includes('quote-corroborated'), JSON.stringify(summary(findings)));
    assert.ok(!types.includes('quote-variant'), JSON.stringify(summary(findings)));
  });

  it('a fragment that cuts off a hedge just before it is a part of the longer quotation, said so', () => {
    const { findings } = check({
      'a.txt': 'Governor Josh Green said “upwards of 1,700 buildings” were destroyed by the fires in Lahaina.',
      'b.txt': 'Governor Josh Green also said “maybe upwards of 1,700 buildings” were destroyed by the fires in Lahaina.',
    });
    const f = findingOn(findings, 'a.txt', 'upwards', 'quote-variant');
    assert.match(f?.message ?? '', /opens with “maybe”/, JSON.stringify(summary(findings)));
  });

  it('the same quotation after prose that repeats its first word is the same words', () => {
    const prose = 'Fires were still burning in Lahaina and surrounding areas.';
    const { findings } = check({
      'a.txt': `${prose}\n“Lahaina, with a few rare exceptions, has been burned down,” the governor told reporters.`,
      'b.txt': `${prose}\n“Lahaina, with a few rare exceptions, has been burned down,” the governor said.`,
    });
    const f = findingOn(findings, 'a.txt', 'rare exceptions');
    assert.equal(f?.type, 'quote-corroborated', JSON.stringify(summary(findings)));
  });

  it('the part of a quotation that no source quoting its other part carries rests on this source alone, at its place', () => {
    const { findings } = check({
      'a.txt': '“These findings show that we have an effective vaccine that will save many lives. Excitingly, one of our dosing regimens may work better,” Professor Andrew Pollard said.',
      'b.txt': 'Professor Andrew Pollard said: “These findings show that we have an effective vaccine that will save many lives.”',
    });
    const alone = findings.filter((f) => f.claim.path === 'a.txt' && f.type === 'single-source');
    assert.deepEqual(alone.map((f) => f.claim.text), ['Excitingly, one of our dosing regimens may work better'], JSON.stringify(summary(findings)));
    assert.match(alone[0].message, /rest on this source alone/);
  });

  it('the runs of a long quotation beyond the part another source words otherwise rest on this source alone', () => {
    const { findings } = check({
      'a.txt': 'Talvor told the crowd: “After the first set I thought the level went up again. I started playing tennis watching you. When I was born you were already winning tournaments. But 36 is the new 26. It is amazing.”',
      'b.txt': 'Turning to Okafor, Talvor said: "I started playing tennis watching you. Since I was born, you were winning tournaments."',
    });
    const alone = findings.filter((f) => f.claim.path === 'a.txt' && f.type === 'single-source');
    assert.deepEqual(alone.map((f) => f.claim.text), ['After the first set I thought the level went up again', 'But 36 is the new 26. It is amazing'], JSON.stringify(summary(findings)));
    assert.match(alone[0].message, /quoted elsewhere in other words, but these rest on this source alone/);
    assert.ok(findings.some((f) => f.claim.path === 'a.txt' && f.type === 'quote-variant'));
  });

  it('a part that another source quotes in two words still leaves the rest of a quotation on this source alone', () => {
    const { findings } = check({
      'a.txt': '“This was a shameful ruling by a judge who was biased from the start. The appeal is already written and we will file it on Monday. This was a shameful, political ruling.”',
      'b.txt': 'The mayor called it a “shameful ruling” at the hearing.',
      'c.txt': 'The mayor said: “This was a shameful, political ruling.”',
    });
    const alone = findings.filter((f) => f.claim.path === 'a.txt' && f.type === 'single-source');
    assert.deepEqual(alone.map((f) => f.claim.text), ['by a judge who was biased from the start. The appeal is already written and we will file it on Monday'], JSON.stringify(summary(findings)));
  });

  it('a source that quotes one part word for word and another part in other words is read at both', () => {
    const { findings } = check({
      'a.txt': '“Everything we are is thanks to you. We love you infinitely. Rest in peace,” his daughter wrote on Instagram.',
      'b.txt': '“Everything that we are, is thanks to you,” his daughter wrote on Instagram, beside a photograph of the family holding his hand in the hospital room where he had been treated for the last weeks of his life. “We love you infinitely. Rest in peace.”',
    });
    const variant = findings.find((f) => f.claim.path === 'a.txt' && f.type === 'quote-variant');
    assert.match(variant?.message ?? '', /^Part of the quotation worded differently in b: this one leaves out “that” that b has/, JSON.stringify(summary(findings)));
    assert.ok(findings.some((f) => f.claim.path === 'a.txt' && f.type === 'quote-corroborated'));
  });

  it('a quotation that is part of a longer one says how the longer one goes on', () => {
    const { findings } = check({
      'a.txt': '“These findings show that we have an effective vaccine that will save many lives. Excitingly, one of our dosing regimens may work better,” Professor Andrew Pollard said.',
      'b.txt': 'Professor Andrew Pollard said: “These findings show that we have an effective vaccine that will save many lives.”',
    });
    const f = findingOn(findings, 'b.txt', 'findings', 'quote-variant');
    assert.match(f?.message ?? '', /a goes on with “excitingly one of our dosing regimens may work …”/, JSON.stringify(summary(findings)));
  });

  it('finds the other wording of a long quotation when the other source quotes only its first sentence', () => {
    const { findings } = check({
      'a.txt': 'Musk said: "I also want to make the company better than ever by enhancing the product with new features, making the algorithms open source to increase trust. The company has tremendous potential and I look forward to working with the community to unlock it."',
      'b.txt': 'Musk said: “I also want to make the company better than ever by powering the product with new features, making algorithms open source to increase trust,” in the statement.',
      // A third source carries the whole quotation: the rarest shared words are then in its second sentence.
      'c.txt': 'In a statement Musk said: "I also want to make the company better than ever by enhancing the product with new features, making the algorithms open source to increase trust. The company has tremendous potential and I look forward to working with the community to unlock it."',
    });
    const f = findingOn(findings, 'a.txt', 'I also want', 'quote-variant');
    assert.ok(f, JSON.stringify(summary(findings)));
    assert.ok(f.related.some((r) => r.path === 'b.txt' && r.relation === 'differs'));
  });

  it('a quotation of four words or more that no other source carries is single-source', () => {
    const { findings } = check({
      'a.txt': '“Nobody in this valley will spend the winter in a tent,” the governor told reporters.',
      'b.txt': 'The governor visited the flooded district on Tuesday and met families in the shelters.',
    });
    const f = findingOn(findings, 'a.txt', 'Nobody');
    assert.equal(f?.type, 'single-source', JSON.stringify(summary(findings)));
    assert.deepEqual(f!.related, []);
  });
});
