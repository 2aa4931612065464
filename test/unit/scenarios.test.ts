// Whole stories written for the tests, in other styles than the seeds (a wire report, a newspaper,
// briefing notes, a draft; an earnings story): what a careful reader flags there, and what not.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CheckWorkspace, type Finding } from '../../src/engine';
import { defaultVectorsFile, loadVectors } from '../../src/host/vectors';

const vectors = loadVectors(defaultVectorsFile());

function check(...folders: string[]): Finding[] {
  const ws = new CheckWorkspace({ vectors });
  for (const folder of folders) {
    const dir = path.join(__dirname, '../fixtures', folder);
    for (const f of fs.readdirSync(dir)) ws.setDocument(folders.length > 1 ? `${folder}/${f}` : f, fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  return ws.allFindings();
}

const conflictsOn = (fs: Finding[], file: string, text: string) =>
  fs.filter((f) => f.type === 'conflict' && f.claim.path === file && f.claim.text.includes(text));

describe('scenarios', () => {
  it('needs the word vectors built (npm run build)', () => assert.ok(vectors));

  describe('an earthquake told four ways', () => {
    const findings = check('quake');
    it('flags the magnitude, the day, the damaged buildings and the survivors', () => {
      assert.match(conflictsOn(findings, 'b_guardian.md', '7.1')[0]?.message ?? '', /6\.8 magnitude \(4% lower\)/);
      assert.match(conflictsOn(findings, 'd_draft.md', 'Wednesday')[0]?.message ?? '', /a_reuters and b_guardian say Tuesday/);
      assert.match(conflictsOn(findings, 'd_draft.md', '3,200')[0]?.message ?? '', /2,300/);
      assert.match(conflictsOn(findings, 'b_guardian.md', '68 people')[0]?.message ?? '', /86 \(26% higher\)/);
    });
    it('takes "at least 112 killed" as consistent with 121 and 130 (a count so far that later counts passed, no conflict), and bounds with close figures', () => {
      assert.deepEqual(conflictsOn(findings, 'a_reuters.txt', '112'), []);
      const bound = findings.filter((f) => f.type === 'later-count' && f.claim.path === 'a_reuters.txt' && f.claim.text.includes('112'));
      assert.equal(bound.length, 1);
      assert.equal(bound[0].severity, 'information');
      assert.match(bound[0].message, /at least 112 here; .*130 \(a later count: this one is a count so far\)/);
      // The draft's 121 is not put in doubt by a lower bound.
      const against = conflictsOn(findings, 'd_draft.md', '121').flatMap((f) => f.related.filter((r) => r.path === 'a_reuters.txt' && r.relation !== 'agrees' && r.relation !== 'same'));
      assert.deepEqual(against, []);
      assert.deepEqual(conflictsOn(findings, 'a_reuters.txt', '1,400'), []);
      assert.deepEqual(conflictsOn(findings, 'b_guardian.md', '1,500'), []);
    });
    it('reads "4.17am" as a time, not a figure', () => {
      assert.ok(!findings.some((f) => f.claim.text === '4' || f.related.some((r) => r.text === '4')));
    });
    it('names the word one quotation leaves out', () => {
      const v = findings.find((f) => f.type === 'quote-variant' && f.claim.path === 'b_guardian.md');
      assert.match(v?.message ?? '', /leaves out “trapped”/);
      assert.ok(v?.diff?.some((d) => d.op === 'added' && d.text === 'trapped'));
    });
  });

  describe('two stories in one folder', () => {
    const findings = check('quake', 'earnings');
    it('compares each report only with the reports of its own story', () => {
      const story = (p: string) => p.split('/')[0];
      const crossing = findings.filter((f) => f.related.some((r) => story(r.path) !== story(f.claim.path)));
      assert.deepEqual(crossing.map((f) => `${f.claim.path}: ${f.message}`), []);
    });
    it('still finds every disagreement it finds in each story alone', () => {
      const key = (f: Finding) => `${f.claim.path.split('/').pop()} ${f.claim.start}`;
      const together = new Set(findings.filter((f) => f.type === 'conflict').map(key));
      const alone = [...check('quake'), ...check('earnings')].filter((f) => f.type === 'conflict').map(key);
      assert.deepEqual(alone.filter((k) => !together.has(k)), []);
    });
  });

  describe('two events that share only days of the week and titles', () => {
    it('are two stories: a weekday, a month or a title names no one', () => {
      const ws = new CheckWorkspace({ vectors });
      ws.setDocument('a.txt', 'Rescuers in Marendi pulled miners from the Talvor pit on Friday, Governor Elin Varga of Kessra said. Twelve people were hurt when the shaft flooded on Tuesday in October, the Prime Minister said.');
      ws.setDocument('b.txt', 'Voters in Ostrava chose Petr Novak as mayor on Friday, the Bohemia board chair Jana Kral said. Fifteen people were hurt when a stand collapsed on Tuesday in October, the Prime Minister said.');
      const crossing = ws.allFindings().filter((f) => f.related.some((r) => r.path !== f.claim.path));
      assert.deepEqual(crossing.map((f) => `${f.claim.path}: ${f.message}`), []);
    });
  });

  describe('an editing session', () => {
    it('takes in a source added, changed or removed after the first check', () => {
      const ws = new CheckWorkspace({ vectors });
      const say = (n: string) => `Harlow county council said ${n} households were evacuated from the riverside estate in Harlow after the Lune flood.`;
      ws.setDocument('a.txt', say('420'));
      ws.setDocument('b.txt', say('420'));
      const conflicts = () => ws.findings('a.txt').filter((f) => f.type === 'conflict').flatMap((f) => f.related.filter((r) => r.relation === 'conflicts').map((r) => r.path));
      assert.deepEqual(conflicts(), []);
      ws.setDocument('c.txt', say('240'));
      assert.deepEqual(conflicts(), ['c.txt']);
      ws.setDocument('c.txt', say('420'));
      assert.deepEqual(conflicts(), []);
      ws.setDocument('c.txt', say('520'));
      ws.removeDocument('c.txt');
      assert.deepEqual(conflicts(), []);
    });
  });

  describe('one story told by many sources', () => {
    it('compares them though every one names the same people and places', () => {
      const ws = new CheckWorkspace({ vectors });
      for (let i = 0; i < 80; i++) {
        const n = i === 40 ? '240' : '420';
        ws.setDocument(`r${i}.txt`, `Report ${i}. The Harlow county council said ${n} households were evacuated from the riverside estate in Harlow after the Lune flood, Mayor Jo Park said on Sunday.`);
      }
      const f = ws.findings('r40.txt').find((x) => x.claim.text.includes('240'));
      assert.equal(f?.type, 'conflict');
      // A few sources are named and the others counted (`more`): every one of them was compared.
      const against = f!.related.filter((r) => r.relation === 'conflicts').reduce((n, r) => n + 1 + (r.more ?? 0), 0);
      assert.ok(against >= 10, `${against} sources`);
      assert.ok(f!.related.length <= 4, `${f!.related.length} listed`);
      assert.match(f!.message, / and \d+ more say 420/);
    });
  });

  describe('two reports that name different people of one story', () => {
    it('are compared when each shares its names with the same other reports of it', () => {
      const ws = new CheckWorkspace({ vectors });
      ws.setDocument('a.txt', 'In the Lune flood, 420 households were evacuated from the riverside estate, as Mayor Jo Park and Lee Brandt of the Lune Valley Trust looked on.');
      ws.setDocument('b.txt', 'In the flood, 240 households were evacuated from the riverside estate, as Ruth Okafor of Kestrel Pumps and Sam Idris of Northfield Water looked on.');
      for (const p of ['c.txt', 'd.txt']) ws.setDocument(p, 'Mayor Jo Park, Lee Brandt of the Lune Valley Trust, Ruth Okafor of Kestrel Pumps and Sam Idris of Northfield Water met in Harlow as the Lune flood receded.');
      // A report of another story, which shares nothing of these: still apart.
      ws.setDocument('e.txt', 'Governor Raul Ortiz said 240 households in Calder were evacuated after the Tamsin dam burst, the Red Cross said.');
      assert.deepEqual(ws.neighbours('a.txt').sort(), ['b.txt', 'c.txt', 'd.txt']);
      const f = ws.findings('b.txt').find((x) => x.claim.text.includes('240'));
      assert.equal(f?.type, 'conflict', JSON.stringify(ws.findings('b.txt')));
      assert.ok(f!.related.every((r) => r.path === 'a.txt'));
    });
  });

  describe('a document that names nobody', () => {
    it('is still read as part of the story by its words', () => {
      const ws = new CheckWorkspace({ vectors });
      ws.setDocument('notes.txt', 'notes: the flood reached the old mill at dawn. about 240 households evacuated from the riverside estate. pumping crews from three counties.');
      ws.setDocument('report.txt', 'Rescuers said 420 households were evacuated from the riverside estate after the flood reached the old mill at dawn, the Harlow county council said.');
      const f = ws.findings('notes.txt').find((x) => x.claim.text.includes('240'));
      assert.equal(f?.type, 'conflict', JSON.stringify(ws.findings('notes.txt')));
    });
  });

  describe('a report told through other people than the others name', () => {
    it('is still read as part of the story by its words', () => {
      const ws = new CheckWorkspace({ vectors });
      const names = 'Mayor Jo Park, Lee Brandt, Ruth Okafor of the Lune Valley Trust, Sam Idris of Northfield Water and Nia Evans of Kestrel Pumps';
      const facts = `The flood reached the old mill in Harlow at dawn, said ${names}. Pumping crews came from three counties, said ${names}.`;
      ws.setDocument('a.txt', `${facts} They said 420 households were evacuated from the riverside estate.`);
      for (const p of ['b.txt', 'd.txt', 'e.txt']) ws.setDocument(p, `${facts} They said the riverside estate was safe again.`);
      ws.setDocument('c.txt', 'Senator Ann Cole praised Governor Raul Ortiz and the Red Cross. The flood reached the old mill at dawn, and 240 households were evacuated from the riverside estate in Harlow, Cole told Reuters and the BBC in Washington.');
      const f = ws.findings('c.txt').find((x) => x.claim.text.includes('240'));
      assert.equal(f?.type, 'conflict', JSON.stringify(ws.findings('c.txt')));
    });
  });

  describe('an election', () => {
    const findings = check('election');
    const on = (file: string, text: string) => findings.filter((f) => f.claim.path === file && f.claim.text.includes(text));
    it('takes rounded shares as the precise ones they round ("52%" and "52.4%")', () => {
      assert.deepEqual(on('local.md', '52%').filter((f) => f.related.some((r) => r.path === 'ap.txt' && r.relation === 'conflicts')), []);
      assert.ok(on('ap.txt', '44.1%').every((f) => !f.related.some((r) => r.path === 'local.md' && r.relation === 'conflicts')), JSON.stringify(on('ap.txt', '44.1%')));
    });
    it('flags the seats, the challenger’s share and a one-point turnout gap', () => {
      assert.match(on('local.md', '118')[0]?.message ?? '', /ap says 112 \(5% lower\)/);
      assert.match(on('blog.md', '41.1')[0]?.message ?? '', /ap says 44\.1%/);
      assert.match(on('local.md', '67 percent')[0]?.message ?? '', /ap (and blog )?says? 68%/);
    });
    it('leaves figures of another time out: "down from 71% in 2019", "in 2019 … 55%"', () => {
      assert.deepEqual(on('ap.txt', '71%').filter((f) => f.type === 'conflict'), []);
      assert.ok(!on('blog.md', '55%').some((f) => f.related.some((r) => r.text.includes('52'))), JSON.stringify(on('blog.md', '55%')));
    });
    it('does not take "late Monday" for the speaker of the next quotation', () => {
      assert.ok(!findings.some((f) => f.type === 'quote-speaker'), JSON.stringify(findings.filter((f) => f.type === 'quote-speaker')));
    });
  });

  describe('quarterly results', () => {
    const findings = check('earnings');
    it('flags revenue, growth, profit, head count and the day of the results', () => {
      assert.match(conflictsOn(findings, 'ft.md', '$4.5bn')[0]?.message ?? '', /4.2 billion \(7% lower\)/);
      assert.match(conflictsOn(findings, 'ft.md', '15 per cent')[0]?.message ?? '', /12% \(3 percentage points lower\)/);
      assert.match(conflictsOn(findings, 'draft.md', '$601 million')[0]?.message ?? '', /610 million \(1% higher\)/);
      assert.match(conflictsOn(findings, 'draft.md', '21,000')[0]?.message ?? '', /18,000/);
      assert.match(conflictsOn(findings, 'draft.md', 'Wednesday')[0]?.message ?? '', /Thursday/);
    });
    it('leaves analysts’ estimates and the share move out of the revenue comparison', () => {
      assert.deepEqual(conflictsOn(findings, 'bloomberg.txt', '$4.0 billion'), []);
      assert.deepEqual(conflictsOn(findings, 'bloomberg.txt', '6.5%'), []);
    });
  });
});

describe('findings kept between sessions', () => {
  const dir = path.join(__dirname, '../fixtures/quake');
  const load = () => {
    const ws = new CheckWorkspace({ vectors });
    for (const f of fs.readdirSync(dir)) ws.setDocument(f, fs.readFileSync(path.join(dir, f), 'utf8'));
    return ws;
  };
  it('are taken back for the very same texts, and refused once a text differs', () => {
    const before = load().snapshot();
    const same = load();
    assert.equal(same.restore(before), true);
    assert.deepEqual(same.allFindings(), Object.values(before.findings).flat());
    const changed = load();
    changed.setDocument('d_draft.md', 'A different draft altogether, about 12 boats.');
    assert.equal(changed.restore(before), false);
  });
  it('are dropped as soon as a document changes', () => {
    const ws = load();
    assert.equal(ws.restore(load().snapshot()), true);
    const edited = fs.readFileSync(path.join(dir, 'd_draft.md'), 'utf8').replace('121 people', '130 people');
    ws.updateDocument('d_draft.md', edited);
    assert.ok(!ws.findings('d_draft.md').some((f) => f.type === 'conflict' && f.claim.text === '130 people'));
    assert.ok(!ws.findings('d_draft.md').some((f) => f.claim.text === '121 people'));
  });
});

describe('quotations that share a phrase', () => {
  // Two sentences of one earnings call, as the NYT and the Motley Fool quoted them: each runs on
  // past the shared words at the other end, so neither is a wording of the other.
  const story = 'Elon Musk spoke on the Tesla earnings call about the Cybertruck on Wednesday.';
  const variants = (a: string, b: string) => {
    const ws = new CheckWorkspace({ vectors });
    ws.setDocument('nyt.txt', `${story}\n${a}`);
    ws.setDocument('fool.txt', `${story}\n${b}`);
    return ws.allFindings().filter((f) => f.type === 'quote-variant');
  };
  it('one short remark of one speaker in two translations is worded otherwise ("truly horrific" / "truly tragic")', () => {
    const found = variants('“It’s truly horrific,” Musk said of the crash.', '"This is truly tragic," Musk said in a statement.');
    assert.equal(found.length, 2);
    assert.match(found[0].message, /quotes Musk as saying “(This is truly tragic|It’s truly horrific)”/);
    assert.equal(found[0].related[0].relation, 'differs');
  });
  it('the same remark in other words from two speakers is two remarks', () => {
    const found = variants('“It’s truly horrific,” Musk said of the crash.', '"This is truly tragic," Biden said in a statement.');
    assert.deepEqual(found.map((f) => f.message), []);
  });
  it('two remarks of one speaker that share a word or two are not one remark in other words', () => {
    // Vingegaard on two days of the Tour, as AP and the BBC quoted him.
    const found = variants('“But yeah, it’s amazing to take my second victory in the Tour de France,” Musk said.', '"I\'m happy of course - we\'re winning it for the second time and it\'s amazing," Musk said.');
    assert.deepEqual(found.map((f) => f.message), []);
  });
  it('two sentences that share a phrase are not two wordings of one', () => {
    const found = variants(
      'Mr. Musk said “there will be enormous challenges in reaching volume production with Cybertruck and making the Cybertruck cash flow positive.”',
      'Musk said it would take time to "reach volume production and be cash flow positive at a price that people can afford."',
    );
    assert.deepEqual(found.map((f) => f.message), []);
  });
  it('a short quoted name with one word changed and its figure kept is one name worded two ways', () => {
    const found = variants(
      "Pilots call the three minutes after takeoff and eight before landing the 'devil's 11 minutes.'",
      'Pilots call the three minutes after takeoff and eight before landing the "critical 11 minutes" of a flight.',
    );
    assert.equal(found.length, 2);
    assert.match(found[0].message, /“devil”|“critical”/);
  });
  it('two short quoted phrases sharing one noun and no figure are not one name', () => {
    const found = variants('Pilots call it the "devil\'s minutes" of a flight.', 'Pilots call it the "critical minutes" of a flight.');
    assert.deepEqual(found.map((f) => f.message), []);
  });
  it('two statements of one speaker that share a phrase are not two wordings of one', () => {
    // Biden on the House vote and on the Senate's, as CBS and NBC quoted them: the window the
    // alignment picks holds the shared phrase; the sentences around it are mostly their own.
    const found = variants(
      '“Tonight, the House took a critical step forward to prevent a first-ever default and protect our country’s hard-earned and historic economic recovery,” Mr. Biden said in a statement.',
      '“Just now, Senators from both parties voted to protect our hard-earned economic progress and prevent a first-ever default,” tweeted Biden after the vote.',
    );
    assert.deepEqual(found.map((f) => f.message), []);
  });
  it('two quotations that share a whole sentence, a word added, quote one statement', () => {
    const found = variants(
      'Musk said: “This is the fight of our lives for this company. Each of us made a solemn promise to the buyers.”',
      '“The word crisis has been used a lot in recent days but this really is the fight of our lives for this company,” the new board of directors said in a statement.',
    );
    assert.equal(found.length, 2, JSON.stringify(found.map((f) => f.message)));
    assert.match(found[0].message, /“really”/);
  });
  it('two quotations that share four words of substance in order quote one statement, each running on at its own end', () => {
    const found = variants(
      'Musk said: “Tonight the whole team fought hard for every single truck in the factory.”',
      'Musk said: “We fought hard for every truck in the factory and the buyers will see it.”',
    );
    assert.ok(found.length > 0);
  });
  it('two excerpts of one speech that overlap word for word are not two wordings', () => {
    // The diff first lines up the quotation's opening words, which its last sentence repeats.
    const found = variants(
      'Musk said: “This was a bad launch by a supplier who was late. It was a bad launch, a mess. This was a bad, messy launch.”',
      'Musk said: “This was a bad messy launch. The real test is going to be the second truck next year,”',
    );
    assert.deepEqual(found.map((f) => f.message), []);
  });
  it('the words another source writes around its quotation are not aligned with the quotation', () => {
    // "an" of "in an interview" lined up with the quotation's "an economic loss".
    const found = variants(
      'Musk said: “It is important to remember that this loss is an economic loss, but it is nothing compared to the damage done to the brand by this recall,”',
      'Musk said: “This sum is large indeed,” in an interview with a radio station, “but it is in no way comparable to the damage done to the brand by this recall.”',
    );
    assert.ok(found.length > 0);
  });
  it('a noun that is also a verb of deciding ("the restraining order that …") does not make prose a report of a statement', () => {
    const found = variants(
      'The union said: “This allows workers to return to the plant during the ratification process, but does not affect the right of members to vote.”',
      'In the meantime the restraining order that kept workers out of the plant has been lifted during the ratification process.',
    );
    assert.deepEqual(found.map((f) => f.message), []);
  });
  it('prose that gives most of a quotation\'s words, four of substance, is another wording of it, though no verb of saying brings it in', () => {
    const found = variants(
      'Musk wrote that a shard of glass “cut the upper part of my right hand.”',
      'A shard of glass cut the upper part of his right hand at the factory.',
    );
    assert.equal(found.length, 1, JSON.stringify(found.map((f) => f.message)));
    assert.match(found[0].message, /reports it in its own words/);
  });
  it('two sentences of one statement that share two names and little else are two remarks', () => {
    const found = variants(
      'Musk said: “The Review Panel\'s advice to me, and that of the Northern Office for Rail Safety and Standards, which on Tuesday declared a national rail emergency of regional security, are aligned.”',
      'Musk said: “The review panel met and advised me that in its view, the situation constitutes a national rail emergency of international concern.”',
    );
    assert.deepEqual(found.map((f) => f.message), []);
  });
  it('two wordings of one sentence, end to end, still are', () => {
    const found = variants(
      'Mr. Musk said “there will be enormous challenges in reaching volume production with Cybertruck and making the Cybertruck cash flow positive.”',
      'Musk said “there will be big challenges in reaching volume production with the Cybertruck and making it cash flow positive.”',
    );
    assert.ok(found.length > 0);
  });
});


/**
 * The types of the findings on a.txt's quotations (on the one that holds `at`, when given), with
 * b.txt beside it, both opening with one line of the story.
 */
function quoteTypes(story: string, a: string, b: string, at?: string): string[] {
  const ws = new CheckWorkspace({ vectors });
  ws.setDocument('a.txt', `${story}\n${a}`);
  ws.setDocument('b.txt', `${story}\n${b}`);
  const offset = at === undefined ? -1 : `${story}\n${a}`.indexOf(at);
  const holds = (f: Finding) => offset < 0 || (f.claim.start <= offset && offset < f.claim.end);
  return ws.findings('a.txt').filter((f) => (f.type.startsWith('quote') || f.type === 'single-source') && holds(f)).map((f) => f.type).sort();
}

describe('a quotation reworded in prose', () => {
  const story = 'Tornadoes tore through Marendi county over the weekend, Governor Ann Talvor said on Monday.';
  const a = '"This has been the most devastating tornado event in our state\'s history," Talvor said.';
  it('is not the speaker\'s when the prose names another source ("According to the Weather Service, the deadliest tornado event in state history …")', () => {
    assert.deepEqual(quoteTypes(story, a, 'According to the National Weather Service, the deadliest tornado event in state history occurred in Kestrel in 1890.', 'devastating'), ['single-source']);
  });
  it('is still another wording when the prose names no one else', () => {
    assert.deepEqual(quoteTypes(story, a, 'Talvor said on Saturday that it had been the most devastating tornado event in the history of the state.', 'devastating'), ['quote-variant']);
  });
});

describe('a quotation of one word', () => {
  const story = 'The Talvor union ended its strike against Kestrel Aircraft on Monday after members voted.';
  it('is not corroborated by the word in another source\'s own prose ("“pleased”" / "he was pleased to have reached")', () => {
    const types = quoteTypes(story, 'The chief executive said he was “pleased” with the vote.', 'The chief executive said he was pleased to have reached an agreement with the union.', 'pleased');
    assert.ok(!types.includes('quote-corroborated'), JSON.stringify(types));
  });
  it('is corroborated by another quotation that holds it, wherever the word first appears in that source', () => {
    const types = quoteTypes(
      story,
      'The White House called the decision “shortsighted” on Wednesday.',
      'The administration called the surprise decision shortsighted. "The President is disappointed by the shortsighted decision to cut production," the White House said.',
      'shortsighted',
    );
    assert.ok(types.includes('quote-corroborated'), JSON.stringify(types));
  });
  it('is corroborated by a quotation whose copy closes a curly double mark with a single one (“exceptional’, adding)', () => {
    const types = quoteTypes(story, 'The union called the deal "exceptional" the night it was agreed.', 'The union called the three-year agreement “exceptional’, adding that there were gains for writers.', 'exceptional');
    assert.ok(types.includes('quote-corroborated'), JSON.stringify(types));
  });
});

describe('a title in quotation marks', () => {
  const story = 'Christie\'s sold the Talvor collection in New York on Monday, officials said.';
  it('names a work: it neither corroborates nor words otherwise a remark that opens with it', () => {
    const a = '“‘Shot Sage Blue Marilyn’ is the absolute pinnacle of American Pop,” Alex Rotter, chairman at Christie’s, said in a statement.';
    assert.deepEqual(quoteTypes(story, a, 'The painting, titled "Shot Sage Blue Marilyn", sold for $195 million at Christie\'s in New York.', 'absolute pinnacle'), ['single-source']);
  });
  it('a quotation that opens with a title in single marks is one quotation (“‘Barbie’ and ‘Oppenheimer’ are …”)', () => {
    const a = '“‘Barbie’ and ‘Oppenheimer’ are complementing each other at the box office, not taking the audience from each other,” said Paul Dergarabedian.';
    assert.deepEqual(quoteTypes(story, a, '"Barbie" opened to $155 million at the box office on Sunday, studios said.', 'complementing'), ['single-source']);
  });
  it('a remark that ends as a sentence ends is said, whatever its capitals ("Viva Las Vegas!")', () => {
    const types = quoteTypes(story, 'Verstappen sang “Viva Las Vegas! Viva Las Vegas!” over the team radio.', 'Over the radio he sang "Viva Las Vegas!" after the race.', 'Viva');
    assert.ok(types.includes('quote-corroborated'), JSON.stringify(types));
  });
});

describe('a fragment of a longer quotation', () => {
  const story = 'Pope Talvor spoke from the balcony of St. Peter\'s Basilica on Thursday evening.';
  it('is told what the longer one goes on with, however few its words ("Peace be with you" of "Peace be with you all")', () => {
    assert.deepEqual(quoteTypes(story, 'The pope said, “Peace be with you,” to the crowd below.', 'The pope said: “Peace be with you all.” The crowd cheered.'), ['quote-corroborated', 'quote-variant']);
  });
  it('is not told of the words that only lead into it ("worst-case scenario" of "the worst-case scenario")', () => {
    assert.deepEqual(quoteTypes(story, 'Forecasters warned of a “worst-case scenario” for the coast.', 'Forecasters said it was “the worst-case scenario” for the coast.'), ['quote-corroborated']);
  });
});

describe('a quotation with the writer\'s words in square brackets', () => {
  const story = 'Talvor signed a ten-year contract with the Kestrels on Monday, his agent said.';
  const said = (opening: string) => `“${opening} is excited to begin this partnership, and he structured his contract to reflect a true commitment from both sides,” the agent said.`;
  it('is the same words: the bracket stands for the words it replaces ("[Talvor] is excited" / "He is excited")', () => {
    assert.deepEqual(quoteTypes(story, said('He'), said('[Talvor]')), ['quote-corroborated']);
  });
  it('… while the same change without brackets is another wording', () => {
    assert.deepEqual(quoteTypes(story, said('He'), said('Talvor')), ['quote-variant']);
  });
});
