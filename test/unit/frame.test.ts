// The frame of a figure, one rule a row: pairs of sentences (phrasings taken from the real story
// sets under test/corpus and ../shared/corpus) and what a careful reader holds of them. Each row is
// checked both ways: the rule must fire on its own phrasing and must not fire on the plain one.
import * as assert from 'node:assert/strict';
import { CheckWorkspace } from '../../src/engine';
import type { Finding, QuantityClaim } from '../../src/engine';
import { defaultVectorsFile, loadVectors } from '../../src/host/vectors';

const vectors = loadVectors(defaultVectorsFile());

/** Findings of a.txt's claim holding `on`, with two reports of one story. */
function between(a: string, b: string, on: string, third?: string): Finding[] {
  const ws = new CheckWorkspace({ vectors });
  // A shared line of names ties the two reports to one story, as real reports of one event are.
  const story = 'Officials in Marendi and the Talvor commission gave the figures on Tuesday.';
  ws.setDocument('a.txt', `${story}\n${a}`);
  ws.setDocument('b.txt', `${story}\n${b}`);
  if (third) ws.setDocument('c.txt', `${story}\n${third}`);
  return ws.findings('a.txt').filter((f) => f.claim.text.includes(on));
}

const conflict = (fs: Finding[]) => fs.find((f) => f.type === 'conflict');
const agreement = (fs: Finding[]) => fs.find((f) => f.type === 'agreement' || f.related.some((r) => r.relation === 'agrees' || r.relation === 'same'));

interface Row {
  rule: string;
  a: string;
  b: string;
  on: string;
  /** A third report of the story, when the rule needs one. */
  third?: string;
  /** `check`: only an information-level "check by hand" finding, never an error or warning. */
  expect: 'conflict' | 'agreement' | 'nothing' | 'check';
}

const rows: Row[] = [
  { rule: 'a hedged figure whose last digit is a 5 was rounded to the nearest five ("about 45 miles" holds 44)', a: 'The epicentre was about 45 miles southwest of Marrakesh, officials in Marendi said.', b: 'The epicentre was 44 miles southwest of Marrakesh, officials in Marendi said.', on: '45', expect: 'agreement' },
  { rule: 'a hedged figure rounded to five still differs past half a step ("some 75km", "72km")', a: 'The epicentre was some 75km from Marrakesh, officials in Marendi said.', b: 'The epicentre was 72km southwest of Marrakesh, officials in Marendi said.', on: '75', expect: 'conflict' },
  { rule: 'a round figure with a 5 is not widened to the nearest five of its step ("some 15,000", "some 14,000": two estimates)', a: 'North Korea has sent some 15,000 troops to Marendi, officials said.', b: 'North Korea has sent some 14,000 troops to Marendi, officials said.', on: '15,000', expect: 'conflict' },
  { rule: 'a hedged figure whose last digit is not a 5 is not widened ("about 42 miles", "44 miles")', a: 'The epicentre was about 42 miles southwest of Marrakesh, officials in Marendi said.', b: 'The epicentre was 44 miles southwest of Marrakesh, officials in Marendi said.', on: '42', expect: 'conflict' },
  { rule: 'miles and km are compared after conversion: they differ', a: 'The crash site lies about 137 miles southwest of Kolkata.', b: 'The crash site lies about 250 km south of Kolkata.', on: '137', expect: 'conflict' },
  { rule: 'miles and km are compared after conversion: they agree', a: 'The crash site lies about 155 miles southwest of Kolkata.', b: 'The crash site lies about 250 km south of Kolkata.', on: '155', expect: 'agreement' },
  { rule: 'durations in different units are compared in one unit: they agree', a: 'The rescue in Leeds took two minutes, officials said.', b: 'The rescue in Leeds took 120 seconds, officials said.', on: 'two minutes', expect: 'agreement' },
  { rule: 'durations in different units are compared in one unit: they differ', a: 'The runner cut almost a minute off the world record in Berlin.', b: 'The runner cut 34 seconds off the world record in Berlin.', on: 'minute', expect: 'conflict' },
  { rule: 'the same figure said twice keeps the conflict of both mentions', a: 'About a quarter of the city of Marendi was wiped out, the minister said. He added: "I am not exaggerating when I say that 25% of the city has disappeared."', b: 'At least 30 percent of the city has disappeared, the charity said.', on: 'quarter', expect: 'conflict' },
  { rule: 'a bound is not a second mention of a figure', a: 'The estimated toll of the earthquake in Marendi on Saturday has hit 30,000, the works minister says. "Our rough estimates say more than 30 thousand people have died in the earthquake in Marendi," minister Tariq Farooq said on Sunday.', b: 'Villagers pulled debris from collapsed schools on Sunday, desperate to find survivors from a huge earthquake that struck Marendi, killing about 19,500 people.', on: '30,000', expect: 'nothing' },
  { rule: 'a count so far against a higher count elsewhere: check by hand', a: 'At least 261 people have died in the crash in Marendi, officials said on Saturday.', b: 'The death toll from the crash in Marendi stood at 288 on Saturday.', on: '261', expect: 'check' },
  { rule: 'a bound that another source only says more exactly agrees', a: 'Turnout in Marendi was slightly more than 41 percent, officials said.', b: 'Officials said turnout in Marendi was 41.05 percent.', on: '41', expect: 'agreement' },
  { rule: 'a count so far stays one when what comes after it is expected', a: 'The death toll from the storm that hit the northern port city of Marendi reached more than 3,000 and was expected to rise further, a local official said.', b: 'The Red Cross says the death toll from floods in the northern port city of Marendi has soared to 7,400.', on: '3,000', expect: 'check' },
  { rule: 'a lower bound to three figures says nearly how many: a higher bound elsewhere is to check', a: 'Marendi, a large port city, is home to more than 852,000 people, according to the government.', b: 'Marendi is a port city of more than a million people at the foot of steep mountains.', on: '852,000', expect: 'check' },
  { rule: 'a round lower bound leaves room for any higher bound', a: 'Marendi, a large port city, is home to more than 800,000 people, according to the government.', b: 'Marendi is a port city of more than a million people at the foot of steep mountains.', on: '800,000', expect: 'agreement' },
  { rule: 'a bound that another figure reaches only at its far end is to check', a: 'The chief executive warned that the new truck plant in Marendi would take at least 18 months to become profitable.', b: 'The chief executive said the new truck plant in Marendi would become profitable only after a year to 18 months.', on: 'at least 18 months', expect: 'check' },
  { rule: 'two figures that differ conflict when nothing more exact is known', a: 'Talvor Motors said its net profit for the quarter was $1.9 billion.', b: 'Talvor Motors net income for the quarter: down 44% to $1.8 billion.', on: '1.9', expect: 'conflict' },
  { rule: "two figures that a third source's more exact figure rounds both ways do not conflict", a: 'Talvor Motors said its net profit for the quarter was $1.9 billion.', b: 'Talvor Motors net income for the quarter: down 44% to $1.8 billion.', third: 'Talvor Motors quarterly earnings: $23 billion in revenue, $1.85 billion net income for the quarter.', on: '1.9', expect: 'nothing' },
  { rule: 'the very same figure to three significant figures agrees on faint context', a: 'Talvor Motors said net income was $21.9 billion, or $2.93 per diluted share.', b: 'Per-share earnings were $2.93, above what analysts had hoped for.', on: '2.93', expect: 'agreement' },
  { rule: "the same analysts' forecast in two reports agrees on faint context", a: "Wall Street analysts had predicted a 30% decrease in Talvor's earnings per share (EPS) to 73 cents while expecting the revenue to increase by 13% to $24.1 billion.", b: 'Talvor reported $0.66 non-GAAP earnings price per share in Q3, compared to a Wall Street consensus estimate of $0.73, according to LSEG data.', on: '73 cents', expect: 'agreement' },
  { rule: 'parts that share one word among several are different parts', a: 'Talvor said revenue in productivity and business processes was $19.2 billion and increased 13 per cent for the quarter.', b: 'At Talvor, business sales of Office products and cloud services revenue rose 15% for the quarter.', on: '13 per cent', expect: 'nothing' },
  { rule: 'parts named mostly alike are one part', a: 'Talvor said revenue in productivity and business processes increased 13 per cent for the quarter.', b: 'At Talvor, productivity and business processes revenue rose 15% for the quarter.', on: '13 per cent', expect: 'conflict' },
  { rule: 'a count that restates a share is a part of the whole', a: 'The commission put total voter turnout in Marendi at slightly more than 41 percent, or about 25.75 million registered voters both at home and abroad.', b: 'The commission said more than 59 million registered voters in Marendi were eligible to vote.', on: '25.75', expect: 'nothing' },
  { rule: 'the same count not restating a share is the whole', a: 'The commission said about 25.75 million registered voters in Marendi were eligible to vote.', b: 'The commission said more than 59 million registered voters in Marendi were eligible to vote.', on: '25.75', expect: 'conflict' },
  { rule: 'an increment said of another place than the count before it is a count of its own', a: 'About 19,400 people were killed in Marendi, the minister said. Another 558 people died in the Talvorese side of Kesh, where houses were buried by landslides.', b: 'Talvor reported 583 people killed in the quake, officials said.', on: '558', expect: 'conflict' },
  { rule: 'an increment of the same place adds to its count', a: 'About 19,400 people were killed in Marendi, the minister said. Another 558 people died in Marendi, where houses were buried by landslides.', b: 'Talvor reported 583 people killed in the quake, officials said.', on: '558', expect: 'nothing' },
  { rule: 'what someone expects a figure to reach is not a count so far', a: 'The minister expected the total number of dead across the country to reach more than 2,500.', b: 'So far 2,000 people have died across the country, the minister said.', on: '2,500', expect: 'nothing' },
  { rule: 'speeds in mph and km/h are compared after conversion', a: 'Ida came ashore near Port Fourchon with winds of 150 miles per hour on Sunday.', b: 'Ida came ashore near Port Fourchon with winds of 240 km/h on Sunday.', on: '150', expect: 'agreement' },
  { rule: 'knots are compared with km/h', a: 'The Dali was moving at about 8 knots when it struck the bridge in Marendi.', b: 'The Dali was moving at about 25 km/h when it struck the bridge in Marendi.', on: '8 knots', expect: 'conflict' },
  { rule: 'cubic metres are compared with gallons', a: 'The tanks of the Dali in Marendi hold up to 8,344 cubic metres of fuel.', b: 'The tanks of the Dali in Marendi hold up to 2.2 million gallons of fuel.', on: '8,344', expect: 'agreement' },
  { rule: 'a measure and its own conversion in brackets check each other', a: 'Ida came ashore near Port Fourchon with winds of 150 mph (260 km/h) on Sunday.', b: 'Ida came ashore near Port Fourchon with winds of 150 mph on Sunday.', on: '150', expect: 'conflict' },
  { rule: 'a measure with its right conversion in brackets is one figure', a: 'Ida came ashore near Port Fourchon with winds of 150 mph (241 km/h) on Sunday.', b: 'Ida came ashore near Port Fourchon with winds of 150 mph on Sunday.', on: '150', expect: 'agreement' },
  { rule: "one's own mark is not another's", a: "And on the flat course of Marendi, as described by Kiptum, the Kenyan bettered his own timing by 50 seconds and Kipchoge's world mark from Berlin last year.", b: "On the flat course of Marendi, the Kenyan bettered Kipchoge's world mark from Berlin last year by 34 seconds.", on: '50', expect: 'nothing' },
  { rule: 'a score is one result: both numbers must agree', a: 'Arsenal beat Chelsea 3-1 at the Emirates in Marendi on Sunday.', b: 'Arsenal beat Chelsea 2-1 at the Emirates in Marendi on Sunday.', on: '3-1', expect: 'conflict' },
  { rule: 'an age set off by commas is the named person\'s: the same person', a: 'Manager Mikel Arteta, 41, praised the team in Marendi.', b: 'Arteta, 42, praised the team in Marendi.', on: '41', expect: 'conflict' },
  { rule: 'an age set off by commas is the named person\'s: another person', a: 'Manager Mikel Arteta, 41, praised the team in Marendi.', b: 'Manager Pep Guardiola, 42, praised the team in Marendi.', on: '41', expect: 'nothing' },
  { rule: 'a title alone is no evidence of another source than a name', a: 'The chief minister announced that Rs 1 lakh will be given to each of the workers rescued in Marendi.', b: 'The workers rescued in Marendi will each be given checks worth 100,000 rupees (about $1,200), Dhami said.', on: 'lakh', expect: 'agreement' },
  { rule: 'a conversion in brackets may be hedged', a: 'The workers rescued in Marendi will each be given checks worth 100,000 rupees (about $1,200), Dhami said.', b: 'The workers rescued in Marendi will each be given checks worth $1,200, Dhami said.', on: 'rupees', expect: 'agreement' },
  { rule: 'figures offered as alternatives state nothing that happened', a: '"We will also ask the company that these 41 workers in Marendi be allowed to go home and spend time with their family for 15 days, 20 days, or 1 month," Dhami said.', b: 'The workers in Marendi were freed on Tuesday after being trapped for 17 days, and went home to their families.', on: '15 days', expect: 'nothing' },
  { rule: 'the same calendar day in two reports agrees on the faintest context', a: 'The evacuation began hours after rescuers broke through the debris in the tunnel in Marendi, which caved in on Nov. 12.', b: 'The labourers have been trapped since Nov. 12 when a landslide caused a portion of the tunnel they were building to collapse.', on: 'Nov. 12', expect: 'agreement' },
  { rule: 'two stated maxima of one thing that differ: check by hand', a: 'The storm could bring up to 20 inches of rain in parts of Marendi, forecasters said.', b: 'The storm could bring as much as 15 inches of rain in parts of Marendi, forecasters said.', on: '20 inches', expect: 'check' },
  { rule: "a storm's category is a reading at one moment: a report naming both knows two moments", a: 'Hurricane Otis made a historic landfall near Acapulco at Category 5 intensity early Wednesday. "Hurricane Otis has intensified by 80 mph in the past 12 hours," hurricane specialist Phil Klotzbach wrote on X Tuesday evening when the storm intensified to a Category 4 hurricane near Acapulco.', b: "Hurricane Otis's maximum sustained winds had grown to 165 miles per hour when it made landfall near Acapulco as a Category 5 hurricane, the National Hurricane Center said.", on: 'Category 4', expect: 'nothing' },
  { rule: 'a report that states the very same figure of a matching thing is not contradicted by it', a: "Hurricane Otis slammed into Mexico's southern Pacific coast as a catastrophic Category 5 hurricane early on Wednesday, bringing 165mph (270kmh) winds and heavy rain to Acapulco. Otis was about 25 miles (40km) north-northwest of Acapulco with its maximum sustained winds decreasing to 130mph (215kph) and moving at 10mph (17kph).", b: "Hurricane Otis's maximum sustained winds had grown to 165 miles per hour with stronger gusts at about 12:25 a.m. local time, when it made landfall near Acapulco as a Category 5 hurricane, the National Hurricane Center said.", on: '130', expect: 'nothing' },
  { rule: 'a US zone by name beside one that names its season is read in that season: they differ', a: 'Otis made landfall near Acapulco at 1:25 a.m. Eastern, according to the hurricane center.', b: 'Otis made landfall near Acapulco around 1:25 a.m. CDT Wednesday, according to the hurricane center.', on: '1:25', expect: 'conflict' },
  { rule: 'a US zone by name beside one that names its season is read in that season: they agree', a: 'Otis made landfall near Acapulco at 2:25 a.m. Eastern, according to the hurricane center.', b: 'Otis made landfall near Acapulco around 1:25 a.m. CDT Wednesday, according to the hurricane center.', on: '2:25', expect: 'agreement' },
  { rule: "a local time meets a zoned one through the offset another report's own conversion states", a: 'Otis made landfall near Acapulco at about 12:25 a.m. local time, the hurricane center said.', b: 'Otis made landfall near Acapulco around 1:25 a.m. CDT, the hurricane center said. Forecasters had expected it to come ashore at 6 a.m. (1200 GMT).', on: '12:25', expect: 'agreement' },
  { rule: 'a span of years is compared end to end', a: 'Rebels fought during the brutal 1991-2001 civil war.', b: 'Rebels fought during the brutal 1991-2002 civil war.', on: '1991', expect: 'conflict' },
  { rule: 'a span of years against a duration: its length', a: 'Rebels fought during the brutal 1991-2002 civil war.', b: 'Rebels fought during an 11-year civil war.', on: '1991', expect: 'agreement' },
  { rule: '"decades-long" is twenty years at least', a: 'More than 50,000 people died in the decades-long civil war.', b: 'More than 50,000 people died in an 11-year civil war.', on: 'decades', expect: 'conflict' },
  { rule: 'a round figure stands for at most 5% either side', a: 'The council said 2,000 homes were flooded.', b: 'The council said 1,700 homes were flooded.', on: '2,000', expect: 'conflict' },
  { rule: 'a hedged figure stands for at least 1%', a: 'The council said about 656,000 homes were flooded.', b: 'The council said 656,534 homes were flooded.', on: '656,000', expect: 'agreement' },
  { rule: 'what was asked for is not what was given', a: 'Prosecutors had sought a sentence of 30 years for the former officer.', b: 'The judge gave the former officer a sentence of 22 years.', on: '30', expect: 'nothing' },
  { rule: 'forecasts of one named poll are one forecast: they may conflict', a: 'Marendi employers added jobs in March, beating forecasts for 205,000 jobs, according to FactSet consensus estimates.', b: 'That was hotter than the economist consensus for a 240,000-job increase in March recorded by FactSet.', on: '205,000', expect: 'conflict' },
  { rule: 'forecasts of two polls never conflict', a: 'Marendi employers added jobs in March, beating forecasts for 205,000 jobs, according to FactSet consensus estimates.', b: 'That was hotter than the economist consensus for a 240,000-job increase in March recorded by Bloomberg.', on: '205,000', expect: 'nothing' },
  { rule: 'analysts\' forecasts never conflict with each other', a: 'Analysts had expected revenue of $61.14 billion for the quarter.', b: 'The average analyst estimate of revenue was $61.12 billion for the quarter.', on: '61.14', expect: 'nothing' },
  { rule: 'a rate of change is not a share', a: 'The stock rose 5% on Monday after the deal.', b: 'He disclosed a 9.2% stake in the company after the deal.', on: '5%', expect: 'nothing' },
  { rule: 'one side of a tally is not the margin', a: 'MPs rejected the deal by 432 votes to 202 in the vote.', b: 'MPs rejected the deal by 230 votes in the vote.', on: '432', expect: 'nothing' },
  { rule: 'a part below its whole is no conflict', a: 'Some 19,136 people died, 17,388 of them in the northern province.', b: 'In all 19,136 people died in the quake.', on: '17,388', expect: 'nothing' },
  { rule: 'two ordinals of one series named in one report are two things', a: 'Sisi won a second term, four years after his first term began.', b: 'Sisi has won a second term.', on: 'first', expect: 'nothing' },
  { rule: 'a party\'s share is not the whole', a: 'Sisi won 21,835,378 votes, while Moussa won 656,534 votes.', b: 'Roughly 24 million votes were cast in the election.', on: '21,835,378', expect: 'nothing' },
  { rule: 'figures of different named places are different figures', a: 'In North West Frontier province, 1,760 people were killed, he said.', b: 'India reported 900 people killed.', on: '1,760', expect: 'nothing' },
  { rule: 'a record someone holds is not the tally of one who reaches for it ("to match Court\'s all-time mark of 24", "won 23 over his career")', a: "Talvor had been bidding to match Court's all-time mark of 24 titles at Marendi.", b: 'Talvor has won 23 titles at Marendi over his career.', on: '24', expect: 'nothing' },
  { rule: 'a new record set is the result itself ("setting a new course record of 2:03:45")', a: 'Talvor won the Marendi marathon, setting a new course record of 2:03:45.', b: 'Talvor won the Marendi marathon in 2:03:45.', on: '2:03', expect: 'agreement' },
  { rule: 'a figure dated to a year before the latest its report names is history: not the undated figure of another report ("the Flight 801 crash in August 1997, which claimed 225 lives")', a: 'Another devastating incident was the Talvor Air Flight 801 crash in Marendi in August 1997, which claimed 225 lives. The most recent major accident was in July 2013.', b: 'The crash of the Talvor Air jet at Marendi killed 181 people, officials said.', on: '225', expect: 'nothing' },
  { rule: 'lives claimed are deaths, and "claimed" with a figure is no statement ("in August 1997 claimed 225 lives", "killing 228 people")', a: 'The crash of Talvor Air Flight 801 in Marendi in August 1997 claimed 225 lives.', b: 'Talvor Air Flight 801 crashed in Marendi in August 1997, killing 228 people.', on: '225', expect: 'conflict' },
  { rule: 'a year after "and" and a verb of its own is the later predicate\'s ("has 83 million followers … and has shown interest … as early as 2017")', a: 'Talvor, who has 83 million followers in Marendi, is a frequent user and has shown interest in buying the firm as early as 2017. The deal closed in 2022.', b: 'Talvor has 83 million followers in Marendi.', on: '83', expect: 'agreement' },
  { rule: 'two ranks of one noun with deeds unlike are two members ("came through … a fifth set", "after the first set I thought")', a: 'And, crucially, Talvor came through in the crucible of a fifth set at Marendi, too.', b: 'After the first set at Marendi I thought Talvor was done.', on: 'fifth', expect: 'nothing' },
  { rule: '"claimed" with a thing for its object is a taking, not a statement: its deed ("claimed his first title" is not "earned his second")', a: 'At times, his shot-making was incredible as Talvor earned only his second Grand Slam title at Marendi.', b: 'Talvor claimed his first title at Marendi and second Grand Slam trophy overall.', on: 'second', expect: 'nothing' },
  { rule: 'a count\'s change ("an increase of 210 on the last election") is not a count ("its worst result in terms of seats - 202")', a: 'As of this morning, Talvor have 410 seats in Marendi, an increase of 210 on the last election.', b: "It marks a turnaround for Talvor's party in Marendi, which suffered its worst result in terms of seats - 202 - at the last election.", on: '210', expect: 'nothing' },
  { rule: 'a count\'s change named after a hyphened noun ("a 71,000-job increase") is the change told as "up 71,000"', a: 'Government jobs in Marendi rose, with government (up 71,000) leading.', b: 'Government (a 71,000-job increase) led the gains in Marendi.', on: '71', expect: 'agreement' },
  { rule: 'a count changed by a verb is not set apart: its subject may be the count itself ("payrolls rose by 303,000", "added 303,000 jobs")', a: 'Marendi payrolls rose by 303,000 in March, the bureau said.', b: 'Marendi employers added 303,000 jobs in March, the bureau said.', on: '303', expect: 'agreement' },
  { rule: 'a target is a mark, not the result ("reached the magic number of 326 seats", "won 412 seats")', a: 'Just after 5am, Talvor officially reached the magic number of 326 seats in Marendi, meaning they had won a majority.', b: 'Talvor won 412 seats in Marendi, officials said.', on: '326', expect: 'nothing' },
  { rule: 'a count said "as of" a moment is one so far: a higher count beyond its rounding is a later one, no conflict ("As of this morning, … 380 seats", "won 412 seats")', a: 'As of this morning, Talvor have 380 seats in Marendi, officials said.', b: 'Talvor won 412 seats in Marendi with just two seats yet to declare.', on: '380', expect: 'nothing' },
  { rule: 'a count "as of" a moment within the other\'s rounding still agrees ("as of 7.30 … 410 seats", "412 seats")', a: 'As of 7.30 this morning, Talvor have 410 seats in Marendi, officials said.', b: 'Talvor won 412 seats in Marendi with just two seats yet to declare.', on: '410', expect: 'agreement' },
  { rule: 'times of two titles count two things ("the seven-time Marendi king", "the 23-time grand slam champion")', a: 'Talvor beat the seven-time Marendi king on Centre Court.', b: 'Talvor beat the 23-time grand slam champion Novak Okafor on Centre Court.', on: 'seven', expect: 'nothing' },
  { rule: 'times of one title still meet ("the seven-time Marendi champion", "the eight-time Marendi champion")', a: 'Talvor beat the seven-time Marendi champion on Centre Court.', b: 'Talvor beat the eight-time Marendi champion Novak Okafor on Centre Court.', on: 'seven', expect: 'conflict' },
  { rule: 'what a source said earlier ("The agency earlier said … up to 400 people") is an earlier value, not today\'s figure', a: 'The agency earlier said that it believed there were up to 400 people aboard the boat off Marendi.', b: 'Between 400 and 750 people had packed the boat off Marendi, officials said.', on: '400', expect: 'nothing' },
  { rule: '"earlier this week" is a time, not an earlier value: the figures still meet', a: 'Earlier this week, Talvor announced 10,000 job cuts in Marendi.', b: 'Talvor announced 12,000 job cuts in Marendi.', on: '10,000', expect: 'conflict' },
  { rule: 'a figure with a fraction and no unit ("sixth in 9.86") measures something: it is no tally of things ("8 men")', a: 'Jacobs finished fifth in 9.85 in Marendi and Tebogo also set a national record with 9.86 in sixth.', b: 'Jacobs finished fifth in Marendi with just 0.12 seconds separating the eight finalists.', on: '9.86', expect: 'nothing' },
  { rule: 'a time in fractions of a second is cut to its last digit, not rounded: 9.784 seconds is given as 9.79', a: 'Talvor won the Marendi final in 9.784 seconds.', b: 'Talvor won the Marendi final in 9.79 seconds.', on: '9.784', expect: 'agreement' },
  { rule: 'a time two steps of its last digit away still differs ("9.77 seconds", "9.79 seconds")', a: 'Talvor won the Marendi final in 9.77 seconds.', b: 'Talvor won the Marendi final in 9.79 seconds.', on: '9.77', expect: 'conflict' },
  { rule: 'a whole named as such ("four of the six states") is what another report\'s smaller count is a part of ("in three states")', a: 'Pollsters declared victory for the no case in three states of Marendi.', b: 'The vote needed majorities in at least four of the six states of Marendi.', on: 'states', expect: 'nothing' },
  { rule: 'a count larger than a whole named as such still differs from it ("seven states", "of the six states")', a: 'Pollsters declared victory for the no case in seven states of Marendi.', b: 'The vote needed majorities in at least four of the six states of Marendi.', on: 'states', expect: 'conflict' },
  { rule: 'the day in an attribution ("according to an AFP tally on Thursday") is the day of a source\'s count, not of the events', a: 'The toll in Marendi exceeded 1,000, according to an AFP tally on Thursday.', b: 'On Friday, a senior Marendi official gave a toll of 577 deaths.', on: 'Thursday', expect: 'nothing' },
  { rule: 'so is the day a count is given ("On Friday, … gave a toll of 577 deaths")', a: 'On Friday, a senior Marendi official gave a toll of 577 deaths.', b: 'The toll in Marendi exceeded 1,000, according to an AFP tally on Thursday.', on: 'Friday', expect: 'nothing' },
  { rule: 'a figure of a party its report is not about ("Okafor Motors announced 10,000 job cuts" in a report on Talvor) is not a figure whose clause names only its own report\'s party', a: 'Talvor is cutting jobs in Marendi. Talvor said the cuts were painful. Okafor Motors announced 10,000 job cuts in Marendi.', b: 'Talvor is cutting jobs. Talvor stock rose on the news after the carmaker announced 12,000 job cuts in Marendi.', on: '10,000', expect: 'nothing' },
  { rule: 'a figure of a party another report names in its clause still meets it', a: 'Talvor is cutting jobs in Marendi. Talvor said the cuts were painful. Okafor Motors announced 10,000 job cuts in Marendi.', b: 'Talvor is cutting jobs. Okafor Motors stock rose on the news after the carmaker announced 12,000 job cuts in Marendi.', on: '10,000', expect: 'conflict' },
  { rule: 'a count said of one site ("seven people died at the bowling alley") is a part of the event\'s count, not a rival total', a: 'Police said seven people died at the bowling alley in Marendi on Wednesday.', b: 'Police said 18 people died in Marendi on Wednesday.', on: 'seven', expect: 'nothing' },
  { rule: 'a count said of the event\'s sites together ("at a bowling alley and bar") is still its count', a: 'Police said 22 people died at a bowling alley and bar in Marendi on Wednesday.', b: 'Police said 18 people died in Marendi on Wednesday.', on: '22', expect: 'conflict' },
  { rule: 'the times of a title are no count of anything else ("a 23-time grand slam champion", "a 34-match winning streak")', a: 'Talvor beat the 23-time grand slam champion Okafor at Marendi.', b: 'Okafor, on a 30-match winning streak at Marendi, lost to Talvor.', on: '23', expect: 'nothing' },
  { rule: 'the times of a title meet a count of that title ("a 23-time grand slam champion", "his 24 grand slam titles")', a: 'Talvor beat the 23-time grand slam champion at Marendi on Sunday.', b: 'Talvor beat Okafor, who has 24 grand slam titles, at Marendi on Sunday.', on: '23', expect: 'conflict' },
  { rule: 'a weekday named by both reports for other events is no conflict', a: 'The storm struck on Saturday, and rescuers searched on Sunday.', b: 'The storm struck the coast on Saturday.', on: 'Sunday', expect: 'nothing' },
  { rule: 'two weekdays of unlike deeds are two events ("recovering on Saturday", "the outage that started on Thursday")', a: 'The air travel industry in Marendi was recovering on Saturday from the outage that caused thousands of flights to be cancelled.', b: 'The outage in Marendi that started late on Thursday is still causing havoc as Talvor Air was forced to cancel flights.', on: 'Saturday', expect: 'nothing' },
  { rule: 'two weekdays of one deed still conflict', a: 'The outage in Marendi that started late on Saturday caused havoc for the air travel industry.', b: 'The outage in Marendi that started late on Thursday is still causing havoc as Talvor Air was forced to cancel flights.', on: 'Saturday', expect: 'conflict' },
  { rule: 'a clock reading is a duration: "2:00:35" is "2 hours, 35 seconds"', a: 'Kiptum won the race in 2:00:35, a world record.', b: 'Kiptum won the race in 2 hours, 35 seconds, a world record.', on: '2:00:35', expect: 'agreement' },
  { rule: 'two clock readings not said of the same named person are two results', a: 'Kiptum set the record of 2:00:35 in the race.', b: 'The old record of 2:01:09 was set in the race.', on: '2:00:35', expect: 'nothing' },
  { rule: 'a change is of what changed: differently named parts are different figures', a: 'Xbox content and services revenue increased 61 per cent in the quarter.', b: 'Azure and other cloud services revenue are up 30% for the quarter.', on: '61', expect: 'nothing' },
  { rule: 'a change of a named part is not the change of the whole', a: 'Windows revenue saw a 9.5% rise in the quarter.', b: 'Revenue was up 18 per cent in the quarter.', on: '9.5', expect: 'nothing' },
  { rule: 'a change of the same named part still conflicts', a: 'Windows revenue saw a 9.5% rise in the quarter.', b: 'Windows revenue was up 12 per cent in the quarter.', on: '9.5', expect: 'conflict' },
  { rule: '", up 18%" after a figure is the change of what that figure measures', a: 'The company posted revenue of $62.02 billion in the quarter, up 18% from a year earlier.', b: 'Revenue rose 22% in the quarter.', on: '18%', expect: 'conflict' },
  { rule: 'the subject of a change stands before a relative clause', a: 'Revenue at the cloud unit, which houses the server business, grew 20 per cent.', b: 'Devices revenue increased 9 per cent in the quarter.', on: '20', expect: 'nothing' },
  { rule: 'a rise and a fall are two changes', a: 'LinkedIn revenue increased 9 per cent in the quarter.', b: 'Devices revenue decreased 9 per cent in the quarter.', on: '9', expect: 'nothing' },
  { rule: 'a rise and a fall of one named thing are one change told two ways', a: 'Talvor Motors said production fell 10.2% from a year earlier.', b: 'Talvor Motors said its production was up 18% from a year earlier.', on: '10.2', expect: 'conflict' },
  { rule: 'figures listed after as many nouns are of those nouns, in order', a: 'Talvor Motors said revenue and profit rose 9% and 12%, respectively, in the quarter.', b: 'Talvor Motors said profit rose 15% in the quarter.', on: '12%', expect: 'conflict' },
  { rule: 'a second figure after "and" is of the first one\'s subject', a: 'Marendi inflation rose 0.4% from the previous month and 3.5% from a year earlier, the agency said.', b: 'Marendi inflation rose 4.1% from a year earlier, the agency said.', on: '3.5', expect: 'conflict' },
  { rule: 'counts named by their parts in brackets are those parts\' counts', a: 'Job gains in Marendi came in health care (up 72,300 jobs) in March, the agency said.', b: 'Job gains in Marendi came in leisure and hospitality (up some 49,000 jobs) in March, the agency said.', on: '72,300', expect: 'nothing' },
  { rule: 'a part named in brackets is not the whole', a: 'Job gains in Marendi came in government (a 71,000-job increase) in March, the agency said.', b: 'Employers in Marendi added 185,000 jobs in March, the agency said.', on: '71,000', expect: 'nothing' },
  { rule: 'the value of a thing named as the one before is an earlier value ("the previous count, which was 36")', a: 'Deaths in Marendi rose from the previous count, which was 5,500 deaths, the governor said.', b: 'Deaths in Marendi rose from 5,500 deaths, the governor said.', on: '5,500', expect: 'agreement' },
  { rule: 'so is "an earlier estimate of"', a: 'An earlier estimate of 5,500 deaths in Marendi was revised, the governor said.', b: 'Deaths in Marendi rose from 5,500 deaths, the governor said.', on: '5,500', expect: 'agreement' },
  { rule: 'a time after another figure with a verb of its own is that figure\'s ("grew 5% after rising 3% in 2022")', a: 'Talvor Motors said revenue grew 5% after rising 3% in 2022.', b: 'Talvor Motors said revenue grew 5% in 2023.', on: '5%', expect: 'agreement' },
  { rule: 'the value a change moved from, past a comma, is an earlier value, and the same earlier value agrees on faint context', a: 'The unemployment rate in Marendi decreased to 3.8%, from 3.9% in February.', b: '- Unemployment: 3.8% vs. 3.9% est. (3.9% previously)', on: '3.9%', expect: 'agreement' },
  { rule: 'a date before "and" and a verb of the figure\'s own is the earlier predicate\'s ("built in 2015 and is 300 metres long")', a: 'The Talvor ship was built in 2015 and is 300 metres long.', b: 'The Talvor ship is 250 metres long. It was built in 2015 in Marendi.', on: '300', expect: 'conflict' },
  { rule: 'a date in a phrase that opens the sentence with its own verb is that verb\'s ("Built in 2015 in Korea, the ship …")', a: 'Built in 2015 in Marendi, the Talvor ship is 300 metres long.', b: 'The Talvor ship is 250 metres long. It was built in 2015 in Marendi.', on: '300', expect: 'conflict' },
  { rule: 'the value named after "from a … of" is an earlier value ("down from a two-decade high of 5.3 percent")', a: 'The Marendi bank cut its key rate to about 4.8 percent, down from a two-decade high of 5.3 percent.', b: 'The cut brings the Marendi bank key rate down to around 4.8% from 5.3%.', on: '5.3', expect: 'agreement' },
  { rule: 'the value a gain follows is an earlier value ("follows a 270,000 increase")', a: 'The March gain in Marendi follows a 270,000 increase in February, the agency said.', b: 'Employers in Marendi added 303,000 jobs in March, the agency said.', on: '270,000', expect: 'nothing' },
  { rule: 'a change from the quarter before is not one from a year before', a: 'Talvor Motors said deliveries fell 6.6% from the previous quarter.', b: 'Talvor Motors said its deliveries fell 12%.', on: '6.6', expect: 'nothing' },
  { rule: 'the "operating" of operating income names a part', a: 'Operating income: down 52% in the quarter, Talvor Motors said.', b: 'Net income: down 44% in the quarter, Talvor Motors said.', on: '52', expect: 'nothing' },
  { rule: 'a whole percent stands for its whole rounding step ("9%" and "9.5%")', a: 'Windows revenue was up 9% in the quarter.', b: 'Windows revenue saw a 9.5% rise in the quarter.', on: '9%', expect: 'agreement' },
  { rule: 'the day of what will happen is not the day of what happened', a: 'She closed the eight-day debate on Thursday, warning MPs not to break their promise.', b: 'The motion of no confidence will be debated on Friday, MPs said.', on: 'Thursday', expect: 'nothing' },
  { rule: 'the missing are counted apart from the dead', a: 'The Red Crescent said 10,000 people were missing after the floods.', b: 'The Red Crescent said 5,100 people had died after the floods.', on: '10,000', expect: 'nothing' },
  { rule: 'a source that also gives this very figure does not contradict it', a: 'Efficacy was 62 percent in the trial.', b: 'Efficacy was 90 percent in one group of the trial and 62 percent in the other.', on: '62', expect: 'agreement' },
  { rule: 'two counts in one sentence that add up to the other figure are its parts', a: 'There were 30 cases in people who had two doses and 101 cases in people who received a dummy injection.', b: 'The interim analysis included 131 cases among all participants.', on: '101', expect: 'nothing' },
  { rule: 'small counts of differently named things are different things ("half" is not "full")', a: 'The best results came with one half dose followed by a full dose.', b: 'The lower results came with two full doses a month apart.', on: 'one half', expect: 'nothing' },
  { rule: 'a fraction in words is a share: "about a quarter" is not "at least 30 percent"', a: 'About a quarter of the city was wiped out by the flood.', b: 'At least 30 percent of the city was wiped out by the flood.', on: 'quarter', expect: 'conflict' },
  { rule: '"one in five" is 20%', a: 'One in five homes in the city was flooded.', b: 'About 20% of homes in the city were flooded.', on: 'One in five', expect: 'agreement' },
  { rule: '"10,000m" is metres, not millions', a: 'He won the 10,000m race in the city.', b: 'He won the 10,000 metres race in the city.', on: '10,000', expect: 'agreement' },
  { rule: 'a duration in parts to the second is a result too: two runners, two results', a: "Hassan won the women's race in 2:13:44 on Sunday.", b: "Kiptum won the men's race in two hours and 35 seconds on Sunday.", on: '2:13:44', expect: 'nothing' },
  { rule: 'figures named differently and more than twice apart are two things', a: 'Revenue was $62 billion in the quarter.', b: 'Profits hit $21.9 billion in the quarter.', on: '62', expect: 'nothing' },
  { rule: 'the people a place is home to are its population, whatever word counts them', a: 'Derna, a coastal city of around 125,000 inhabitants, was hit hardest.', b: 'The city of Derna is home to about 100,000 people, officials said.', on: '125,000', expect: 'conflict' },
  { rule: 'ordinals ranking among one superlative are one series ("third deadliest", "fourth deadliest")', a: 'It was the third deadliest crash in the history of the railways, he said.', b: 'The crash, the fourth deadliest according to available records, happened near the station.', on: 'third', expect: 'conflict' },
  { rule: 'money in two currencies at the rate a figure states for itself: they agree', a: 'The government put the cost of the rescue package at $5bn (£3.9bn).', b: 'The government put the cost of the rescue package at £4bn.', on: '$5bn', expect: 'agreement' },
  { rule: 'money in two currencies at the rate a figure states for itself: they differ', a: 'The government put the cost of the rescue package at $5bn (£3.9bn).', b: 'The government put the cost of the rescue package at £4.5bn.', on: '$5bn', expect: 'conflict' },
  { rule: 'money in another currency with no rate stated anywhere: check by hand', a: 'The government put the cost of the rescue package at $5bn.', b: 'The government put the cost of the rescue package at £4.5bn.', on: '$5bn', expect: 'check' },
  { rule: 'rates are brought to one time unit: a week against a day', a: 'The agency said about 40,000 people a week were crossing the border.', b: 'The agency said about 5,500 people a day were crossing the border.', on: '40,000', expect: 'agreement' },
  { rule: 'rates are brought to one time unit: they differ', a: 'The agency said about 40,000 people a week were crossing the border.', b: 'The agency said about 2,000 people a day were crossing the border.', on: '40,000', expect: 'conflict' },
  { rule: 'per annum against a month', a: 'Junior nurses will be paid £30,000 per annum under the deal.', b: 'Junior nurses will be paid £2,500 a month under the deal.', on: '30,000', expect: 'agreement' },
  { rule: 'a rate is never compared with a total', a: 'The agency said about 40,000 people a week were crossing the border.', b: 'The agency said about 4,000 people were crossing the border.', on: '40,000', expect: 'nothing' },
  { rule: 'the same digits tenfold apart: a likely dropped digit', a: 'The storm left 3.2 million homes without power, the utility said.', b: 'The storm left 320,000 homes without power, the utility said.', on: '3.2 million', expect: 'conflict' },
  { rule: 'a local time with its own GMT conversion agrees with the same local time', a: 'The express derailed at about 19:00 (13:30 GMT) near the station.', b: 'The express derailed around 7 pm near the station.', on: '19:00', expect: 'agreement' },
  { rule: 'times in two zones are compared through GMT', a: 'The first blast was heard at 3:15 pm (1915 GMT) in the capital.', b: 'The first blast was heard at 2015 GMT in the capital.', on: '3:15', expect: 'conflict' },
  { rule: 'a US zone that may be summer time agrees when either offset does', a: 'Polls closed at 8 p.m. ET along the coast.', b: 'Polls closed at 0000 GMT along the coast.', on: '8 p.m.', expect: 'agreement' },
  { rule: 'a time with no zone is not set against a zoned one', a: 'The first blast was heard at 3:15 pm in the capital.', b: 'The first blast was heard at 1915 GMT in the capital.', on: '3:15', expect: 'nothing' },
  { rule: '"across the country" is not one of its cities ("the eastern city of Derna")', a: 'The Red Cross said 10,000 people were feared to be missing across the country after the floods.', b: 'In the eastern city of Derna, as many as 6,000 people are missing after the floods, the minister said.', on: '10,000', expect: 'nothing' },
  { rule: '"across the country" is the country a source names', a: 'The Red Cross said 10,000 people were feared to be missing across the country after the floods.', b: 'As many as 6,000 people are missing in Libya after the floods, the minister said.', on: '10,000', expect: 'conflict' },
  { rule: 'one day of one month as a deadline in two reports agrees on weak context ("until January 21", "by January 21")', a: 'Mrs May now has until January 21 to set out a Plan B for her deal.', b: 'Mrs May must table a motion on her Plan B by January 21, MPs were told.', on: 'January 21', expect: 'agreement' },
  { rule: 'what one party asked for is not what another asked for', a: 'Prosecutors had sought a sentence of 30 years for the former officer.', b: 'The defense had asked for a sentence of 10 years for the former officer.', on: '30', expect: 'nothing' },
  { rule: 'a request reaches past an aside to the figure it asks for ("to sentence him, age 45, to 30 years")', a: 'Prosecutors this month asked the judge to sentence Vell, age 45, to a 30-year prison term for murder.', b: 'The judge sentenced Vell to 22 and a half years in prison for murder.', on: '30-year', expect: 'nothing' },
  { rule: 'two requests of the same party still conflict', a: 'The prosecution had sought 30 years in prison for the officer.', b: "It fell short of prosecutors' request of 25 years in prison for the officer.", on: '30', expect: 'conflict' },
  { rule: 'a noun after "three-train" is what the trains make up, not a kind of train', a: 'At least 260 people were killed in a crash involving three trains, officials said.', b: 'Officials said it was a three-train collision near the station.', on: 'three trains', expect: 'agreement' },
  { rule: 'distances on one bearing from one place are one position', a: 'The storm made landfall about 5 miles south of Marendi, forecasters said.', b: 'The storm was located some 9 miles south of Marendi, forecasters said.', on: '5 miles', expect: 'conflict' },
  { rule: 'distances on two bearings from one place are two positions', a: 'The storm made landfall about 5 miles south of Marendi, forecasters said.', b: 'The storm was located some 25 miles north-northwest of Marendi, forecasters said.', on: '5 miles', expect: 'nothing' },
  { rule: '"three and a half minutes" is 3.5 minutes: "almost" that agrees with 3:27', a: 'Kiptum won the race by almost three and a half minutes on Sunday.', b: 'Kiptum broke the tape three minutes and 27 seconds ahead of his compatriot on Sunday.', on: 'three and a half', expect: 'agreement' },
  { rule: 'figures of two things joined by "or" are two groups, not two guesses; and a harm denied ("no major injuries to") is not what a figure counts', a: 'No major injuries to the 171 passengers or six crew members aboard the Talvor jet were reported.', b: 'The Talvor jet returned to Marendi with 174 passengers and six crew members aboard.', on: '171', expect: 'conflict' },
  { rule: '"the other two" is the rest of a group, a part of it, not the whole', a: 'The Talvor deal does not apply to the other two automakers in Marendi, where strikes continue.', b: 'The union has been on strike against the three automakers in Marendi since September.', on: 'two', expect: 'nothing' },
  { rule: 'what one side offered is not what was agreed ("Ford offered raises of 9%")', a: 'When the talks in Marendi started, Talvor offered raises of 9% to workers.', b: 'Talvor agreed raises of 11% for workers in Marendi.', on: '9%', expect: 'nothing' },
  { rule: 'a "proposed deal" is a deal: a participle that qualifies a noun is no offer', a: 'MPs in Marendi rejected the proposed Talvor deal by 432 votes to 202.', b: 'MPs in Marendi rejected the Talvor deal by 423 votes to 202.', on: '432', expect: 'conflict' },
  { rule: 'an immediate raise is a first step, not the whole raise ("an immediate 11% wage increase")', a: 'Upon ratification, Talvor workers in Marendi will receive an immediate 11% wage increase.', b: 'Talvor workers in Marendi will get a 25% general wage increase over the contract.', on: '11%', expect: 'nothing' },
  { rule: 'an ordinal names its series by its noun: "the first player" and "the third team" are two series', a: 'Talvor Rovers striker Ana Lind became the first player to score in every round of the Marendi cup.', b: 'Talvor Rovers became the third team to win the Marendi cup twice in a row.', on: 'first', expect: 'nothing' },
  { rule: 'ranks of other spans or other deeds are two rankings ("the first team in 60 years to retain", "the third team in history to win")', a: 'Talvor Rovers failed to become the first team in 60 years to retain the Marendi cup.', b: 'Talvor Rovers were trying to become just the third team in history to win the Marendi cup in successive years.', on: 'first', expect: 'nothing' },
  { rule: 'a rank with no deed read around it is one of its noun\'s series ("on a 23rd-minute penalty", "in the 23rd minute")', a: 'Lind put Talvor Rovers ahead from the penalty spot in the 23rd minute of the Marendi cup final.', b: 'Talvor Rovers were 1-0 up in the Marendi cup final on a 23rd-minute penalty.', on: '23rd minute', expect: 'agreement' },
  { rule: 'counts said of days two or more apart are two tallies ("1,500 flights on Friday", "1,360 flights on Sunday")', a: 'Talvor Air canceled 1,500 flights on Friday, the airline said.', b: 'Talvor Air canceled 1,360 flights on Sunday, the airline said.', on: '1,500', expect: 'nothing' },
  { rule: 'a day apart may be one day named in two time zones: still one count ("killed 55 people on Thursday", "killed 57 people on Friday")', a: 'The fire in Marendi killed 55 people on Thursday, officials said.', b: 'The fire in Marendi killed 57 people on Friday, officials said.', on: '55', expect: 'conflict' },
  { rule: 'a risen toll higher on the earlier day is no later count: still a conflict', a: 'The death toll in Marendi rose Thursday to 57, officials said.', b: 'The death toll in Marendi rose Friday to 55, officials said.', on: '57', expect: 'conflict' },
  { rule: 'the day a statement was made is not the day of its figure ("said on Sunday that 19,136 people had died")', a: 'The interior minister said on Sunday that 19,136 people had died in the quake in Marendi.', b: 'The quake in Marendi killed 19,396 people on Friday, officials said.', on: '19,136', expect: 'conflict' },
  { rule: 'a count is of the time nearest it in its clause ("the outage that started on Thursday … scrapped 1,250 flights on Sunday")', a: 'The outage that started late on Thursday forced Talvor Air to scrap 1,250 flights on Sunday.', b: 'Talvor Air scrapped 1,100 flights on Sunday.', on: '1,250', expect: 'conflict' },
  { rule: 'a plain figure under a hundred is counted, not rounded ("40 days on strike" is not a 41-day strike)', a: 'After 40 days on strike, the Talvor workers in Marendi went back to work.', b: 'The 41-day strike by Talvor workers in Marendi ended on Wednesday.', on: '40 days', expect: 'conflict' },
  { rule: 'a half percentage point is 50 basis points', a: 'The Marendi central bank cut its key rate by half a percentage point on Wednesday.', b: 'The Marendi central bank cut its key rate by 50 basis points on Wednesday.', on: 'half a percentage point', expect: 'agreement' },
  { rule: 'a row of a table is of its label, and a label "month-on-month" names a change', a: 'Key numbers for Marendi in March:\n- Average hourly earnings, month-on-month: 0.3% vs. +0.3% est.', b: 'Average hourly earnings in Marendi were up 0.3% in March.', on: '0.3%', expect: 'agreement' },
  { rule: 'a relative clause tells of its noun, not of the day ("recovering on Saturday from the outage that caused flights to be cancelled")', a: 'The air travel industry was recovering on Saturday from the outage that caused thousands of flights to be cancelled, leaving passengers stranded.', b: 'Talvor Airlines was a distant second with about 266 (9 percent) of flights cancelled on Sunday.', on: 'Saturday', expect: 'nothing' },
  { rule: 'figures listed with the very same figure of the same thing count the same thing ("171 guests and 6 crew members", "174 passengers and six crew members")', a: '“The aircraft landed safely back at Marendi International Airport with 171 guests and 6 crew members,” the airline said in a statement.', b: 'The Talvor jet returned to Marendi with 174 passengers and six crew members aboard.', on: '171', expect: 'conflict' },
  { rule: 'the same rank of the same deed still conflicts', a: 'Ana Lind became the second player in history to score a hat-trick in a Marendi cup final.', b: 'Ana Lind became the third player in history to score a hat-trick in a Marendi cup final.', on: 'second', expect: 'conflict' },
  { rule: 'a score during a match is a moment of it, not its result ("put Talvor 2-0 up" against "ended 3-3")', a: 'Ana Lind put Talvor Rovers 2-0 up in the Marendi cup final.', b: 'The Marendi cup final between Talvor Rovers and Kessra ended 3-3.', on: '2-0', expect: 'nothing' },
  { rule: 'two results of one match conflict', a: 'Talvor Rovers beat Kessra 3-1 in the Marendi cup final.', b: 'Talvor Rovers beat Kessra 3-2 in the Marendi cup final.', on: '3-1', expect: 'conflict' },
  { rule: 'the time into an event is reckoned from it, not the length of something ("about six minutes into the flight")', a: 'The Talvor jet turned back to Marendi about six minutes into the flight, officials said.', b: 'The Talvor jet turned back to Marendi after a flight of 20 minutes, officials said.', on: 'six minutes', expect: 'nothing' },
  { rule: 'the time since an event is not the length of something', a: 'Mrs May had failed to deliver Brexit more than two-and-a-half years after the referendum.', b: 'Mrs May had failed to deliver a Brexit deal after almost two years of negotiation.', on: 'two-and-a-half', expect: 'nothing' },
  { rule: 'a margin against one thing is not a margin against another', a: 'Kiptum shaved almost a minute off the world record in London.', b: 'Kiptum was more than one-and-a-half minutes ahead of the rest of the field in London.', on: 'a minute', expect: 'nothing' },
  { rule: 'margins against the same thing still conflict', a: 'Kiptum finished two minutes ahead of the rest of the field in London.', b: 'Kiptum finished three minutes ahead of the rest of the field in London.', on: 'two minutes', expect: 'conflict' },
  { rule: 'a figure hyphened to its unit before a noun describes the thing, to come or done ("would issue a 22-page memorandum")', a: 'The judge said he would issue a 22-page memorandum explaining his rationale for the sentence.', b: 'The judge attached a 22-page memo explaining his decision to the sentence.', on: '22-page', expect: 'agreement' },
  { rule: 'a temperature below zero keeps its sign: a dropped minus is a conflict', a: 'Temperatures fell to minus 5C overnight in the capital, forecasters said.', b: 'Temperatures fell to 5C overnight in the capital, forecasters said.', on: 'minus 5C', expect: 'conflict' },
  { rule: '"six in 10 adults" is 60% of adults', a: 'Six in 10 adults said they were worried about prices, the survey found.', b: 'About 60% of adults said they were worried about prices, the survey found.', on: 'Six in 10', expect: 'agreement' },
  { rule: 'a span of days holds each of its days ("12-13 June", "13 June")', a: 'Leaders met on 12-13 June in Marendi for the summit.', b: 'Leaders met on 13 June in Marendi for the summit.', on: '12-13 June', expect: 'agreement' },
  { rule: 'a span of days still conflicts with a day outside it', a: 'Leaders met on 12-13 June in Marendi for the summit.', b: 'Leaders met on 15 June in Marendi for the summit.', on: '12-13 June', expect: 'conflict' },
  { rule: '"a magnitude of 7.8" is a magnitude, set against "a 7.6-magnitude quake"', a: 'The quake, with a magnitude of 7.8, struck the province before dawn.', b: 'A 7.6-magnitude quake struck the province before dawn.', on: '7.8', expect: 'conflict' },
  { rule: 'the plain case still conflicts', a: 'The storm killed 1,760 people in the province.', b: 'The storm killed 900 people in the province.', on: '1,760', expect: 'conflict' },
  { rule: 'a day a thing is planned for ("in the cards for June") is not the day of a past event', a: 'A rate cut from the Marendi central bank is still in the cards for June.', b: 'The Marendi central bank has made 11 rate increases since March 2022.', on: 'June', expect: 'nothing' },
  { rule: 'a year before a noun dates that thing, whatever the clause says will be', a: 'Officials expect it will become the deadliest disaster in Marendi since a 1961 tsunami killed 61 people.', b: 'He referenced the 1960 tsunami that hit Marendi, killing 61 people.', on: '1961', expect: 'conflict' },
  { rule: 'a clause of "before" or "after" after a day tells of another moment ("stocked up … on Sunday before they left")', a: 'The captain and crew of the Talvor stocked up on supplies at a Marendi store on Sunday before they left port.', b: 'The Talvor had left Marendi port at 1 am local time on Thursday, according to Marine Traffic.', on: 'Sunday', expect: 'nothing' },
  { rule: 'a price at the open and one at the close are two readings ("opened at $56.10", "closed at $63.59")', a: 'Talvor shares opened at $56.10 on the Marendi exchange on Thursday.', b: 'Talvor shares closed at $63.59 on the Marendi exchange on Thursday.', on: '56.10', expect: 'nothing' },
  { rule: 'two prices at the open still conflict', a: 'Talvor shares opened at $56.10 on the Marendi exchange on Thursday.', b: 'Talvor shares opened at $63.59 on the Marendi exchange on Thursday.', on: '56.10', expect: 'conflict' },
  { rule: 'a name that "opened at" a price is not what the price counts ("Arm opened at $56.10 a share")', a: 'Talvor opened at $56.10 a share on the Marendi exchange on Thursday afternoon.', b: 'The shares started trading on the Marendi exchange on Thursday at almost $56 apiece.', on: '56.10', expect: 'agreement' },
  { rule: '"deg C" is a temperature ("1.48 deg C above the benchmark")', a: 'Temperatures in Marendi reached 1.48 deg C above the 1850-1900 benchmark last year.', b: 'Temperatures in Marendi reached 1.48C above the 1850-1900 benchmark last year.', on: '1.48 deg C', expect: 'agreement' },
  { rule: '"14.98°C." at the end of a sentence is a temperature', a: 'The global average temperature in Marendi last year was 14.98°C.', b: 'The global average temperature in Marendi last year was 14.98C, officials said.', on: '14.98', expect: 'agreement' },
  { rule: 'a bare year a verb takes is a thing, not the time of the figure ("overtaking 2016")', a: 'Officials said the global average temperature was 14.98C, overtaking 2016, the previous warmest year.', b: 'Officials said the global average temperature in 2023 was 14.98C.', on: '14.98', expect: 'agreement' },
  { rule: '"a magnitude-4.9 aftershock", which wink cuts at the point, is 4.9 on the magnitude scale', a: 'A magnitude-4.9 aftershock hit the Marendi region 19 minutes later, the agency said.', b: 'A magnitude 4.9 aftershock hit the Marendi region 19 minutes later, the agency said.', on: '4.9', expect: 'agreement' },
  { rule: '"put the quake\'s magnitude at 6.8" names its scale before the figure', a: "The agency put the quake's magnitude at 6.8 in the Marendi region.", b: 'The agency said the quake in the Marendi region had a magnitude of 7.2.', on: '6.8', expect: 'conflict' },
  { rule: 'two tolls each said to have risen, on days apart, are one toll read twice ("rose to 2,122" on Sunday, "rose to more than 2,800" on Monday); the span of a superlative ("deadliest … in six decades") is no time', a: 'Villagers wept on Monday as the death toll from the deadliest quake in Marendi in more than six decades rose to more than 2,800.', b: 'The death toll from the quake in Marendi rose to 2,122 on Sunday.', on: '2,800', expect: 'nothing' },
  { rule: 'a risen toll with no day of its own is of the day its report gives its risen toll', a: 'The death toll from the quake in Marendi rose to more than 2,800 on Monday. Rescuers dug through rubble in Talvor. State TV reported the death toll from the quake had risen to 2,862.', b: 'The death toll from the quake in Marendi rose to 2,122 on Sunday.', on: '2,862', expect: 'nothing' },
  { rule: 'two risen tolls of the same day still conflict', a: 'The death toll from the quake in Marendi rose to 2,862 on Monday.', b: 'The death toll from the quake in Marendi rose to 2,122 on Monday.', on: '2,862', expect: 'conflict' },
  { rule: 'a magnitude is given to the tenth: "7 on the Richter scale" is 7.0, not 7.2', a: 'The quake in Marendi measured 7 on the Richter scale, the institute said.', b: 'The quake in Marendi measured 7.2 on the Richter scale, the institute said.', on: '7 on', expect: 'conflict' },
  { rule: '"as of early Saturday" is the moment what is said held, as the day of a statement is: not the day of an event', a: "Government officials had made no comment on the extent of the quake's impact in Marendi as of early Saturday.", b: "Villagers wept for relatives lost in the quake's rubble in Marendi on Monday as the toll rose.", on: 'Saturday', expect: 'nothing' },
  { rule: 'a report that names several ordinals of one noun names members of a series ("the first set", "the second set"): another member is no conflict', a: 'Lind dropped the first set in Marendi and saved a set point in the second set.', b: 'Lind came through in the crucible of a fifth set in Marendi.', on: 'first set', expect: 'nothing' },
  { rule: 'members of a series said of the same deed still conflict ("won the third set 6-1" / "won the fourth set 6-1")', a: 'Lind won the third set 6-1 in Marendi, after losing the first set 1-6.', b: 'Lind won the fourth set 6-1 in Marendi.', on: 'third set', expect: 'conflict' },
  { rule: 'a duration written in hyphened parts is one duration ("a four-hour, 42-minute struggle")', a: 'In a titanic four-hour, 42-minute struggle in Marendi, Lind prevailed in the final.', b: 'Lind won the final in Marendi after four hours and 42 minutes.', on: 'four-hour', expect: 'agreement' },
  { rule: '"the 20-year-old Spaniard" is an age, not a span of years ("had not lost … in 10 years")', a: 'The 20-year-old Spaniard beat Lind in the Marendi final on Sunday.', b: "Lind had not lost a match in Marendi in 10 years before Sunday's final.", on: '20-year', expect: 'nothing' },
  { rule: 'two ages of the same person still conflict ("the 20-year-old Spaniard" / "the 21-year-old Spaniard")', a: 'The 20-year-old Spaniard beat Lind in the Marendi final on Sunday.', b: 'The 21-year-old Spaniard beat Lind in the Marendi final on Sunday.', on: '20-year', expect: 'conflict' },
  { rule: 'what one named party did is not what another did ("United cancelled 9%", "American cancelled about 2%")', a: 'On Saturday, United cancelled 9% of flights at Marendi airport.', b: 'On Saturday, American cancelled about 2% of flights at Marendi airport.', on: '9%', expect: 'nothing' },
  { rule: 'a named party is not "most other" parties ("Most other US airlines had only 1%")', a: 'On Saturday, United cancelled 9% of flights at Marendi airport.', b: 'On Saturday, most other airlines cancelled about 5% of flights at Marendi airport.', on: '9%', expect: 'nothing' },
  { rule: 'the same party named two ways still conflicts ("Talvor" and "Talvor Air")', a: 'On Saturday, Talvor cancelled 9% of flights at Marendi airport.', b: 'On Saturday, Talvor Air cancelled about 2% of flights at Marendi airport.', on: '9%', expect: 'conflict' },
  { rule: 'a count that names the other party in its phrase is that party\'s count ("Russia has 12,000 North Korean troops")', a: 'Officials believe Russia has around 12,000 Kessran troops at the front.', b: 'Officials believe Kessra has sent some 15,000 troops to the front.', on: '12,000', expect: 'conflict' },
  { rule: "a source's figure dated to another year is not another source's undated figure", a: 'The fire in Marendi has killed 53 people, officials said. It is the deadliest disaster since a 1961 tsunami killed 61 people.', b: 'He compared the fire in Marendi to the tsunami that struck in 1960, killing 61 people.', on: '53', expect: 'nothing' },
];

describe('the frame of a figure (phrasings from the real story sets)', () => {
  for (const row of rows) {
    it(row.rule, () => {
      const fs = between(row.a, row.b, row.on, row.third);
      const shown = JSON.stringify(fs.map((f) => `${f.type}: ${f.message}`));
      if (row.expect === 'conflict') assert.ok(conflict(fs), shown);
      if (row.expect === 'agreement') assert.ok(agreement(fs) && !conflict(fs), shown);
      if (row.expect === 'nothing') assert.ok(!conflict(fs), shown);
      if (row.expect === 'check') assert.ok(conflict(fs)?.severity === 'information' && fs.every((f) => f.type !== 'conflict' || f.severity === 'information'), shown);
    });
  }
});

describe("the message says what a figure was taken to be: who did it, at which moment", () => {
  it('names the doer ("by Talvor Air") and the moment ("at the end")', () => {
    const byDoer = between('On Saturday, Talvor Air cancelled 9% of flights at Marendi airport.', 'On Saturday, Talvor Air cancelled about 2% of flights at Marendi airport.', '9%');
    assert.match(conflict(byDoer)?.message ?? '', /^flights, by Talvor Air: 9% here/, JSON.stringify(byDoer.map((f) => f.message)));
    const atClose = between('Talvor shares closed at $63.59 on the Marendi exchange on Thursday.', 'Talvor shares closed at $61.20 on the Marendi exchange on Thursday.', '63.59');
    assert.match(conflict(atClose)?.message ?? '', /^Talvor shares, at the end: USD 63\.59 here/, JSON.stringify(atClose.map((f) => f.message)));
  });
  it('names the party that announces a figure of its own deeds as their doer ("Talvor announced 10,000 job cuts")', () => {
    const own = between('Earlier this week, Talvor announced 10,000 job cuts in Marendi.', 'Earlier this week, Talvor announced 12,000 job cuts in Marendi.', '10,000');
    assert.match(conflict(own)?.message ?? '', /by Talvor: 10,000 here/, JSON.stringify(own.map((f) => f.message)));
    // Another party's announced cuts are another party's: no conflict.
    assert.equal(conflict(between('Earlier this week, Talvor announced 10,000 job cuts in Marendi.', 'Earlier this week, Kestrel announced 12,000 job cuts in Marendi.', '10,000')), undefined);
  });
  it('gives a participle after a comma the doer of the verb it follows ("Talvor announced 10,000 job cuts, affecting nearly 5%")', () => {
    const fs = between('Talvor announced 10,000 job cuts in Marendi, affecting nearly 5% of its workforce.', 'Talvor announced 10,000 job cuts in Marendi, affecting 7% of its workforce.', '5%');
    assert.match(conflict(fs)?.message ?? '', /by Talvor: about 5% here/, JSON.stringify(fs.map((f) => f.message)));
  });
  it('reads the doer past an adverb set off by commas ("Talvor, meanwhile, revealed 11,000 layoffs")', () => {
    const fs = between('Talvor, meanwhile, revealed 11,000 layoffs in Marendi.', 'Talvor, meanwhile, revealed 12,000 layoffs in Marendi.', '11,000');
    assert.match(conflict(fs)?.message ?? '', /by Talvor: 11,000 here/, JSON.stringify(fs.map((f) => f.message)));
  });
  it('names the owner of a move, a plan or a decision to act as the doer ("Kestrel\'s move to cut 18,000 jobs")', () => {
    const fs = between('It followed Kestrel’s move to cut 18,000 jobs in Marendi.', 'It followed Kestrel’s move to cut 15,000 jobs in Marendi.', '18,000');
    assert.match(conflict(fs)?.message ?? '', /by Kestrel: 18,000 here/, JSON.stringify(fs.map((f) => f.message)));
  });
  it('takes no name after a preposition for the doer ("The death toll from the quake in Marendi rose to 2,862")', () => {
    const fs = between('The death toll from the quake in Marendi rose to 2,862 on Monday.', 'The death toll from the quake in Marendi rose to 2,122 on Monday.', '2,862');
    assert.match(conflict(fs)?.message ?? '', /^(in Marendi: )?2,862 here/, JSON.stringify(fs.map((f) => f.message)));
  });
  it('names the times of a title as such ("times Marendi champion")', () => {
    const fs = between('Talvor beat the seven-time Marendi champion on Centre Court.', 'Talvor beat the eight-time Marendi champion Novak Okafor on Centre Court.', 'seven');
    assert.match(conflict(fs)?.message ?? '', /^times Marendi champion, by Talvor: 7 here/, JSON.stringify(fs.map((f) => f.message)));
  });
  it('reads the subject of "was" before a phrase of time ("The average temperature in 2023 was")', () => {
    const fs = between('The average temperature in 2023 was 14.9C in Marendi, officials said.', 'Officials said the average temperature in Marendi was 15.6C.', '14.9');
    assert.match(conflict(fs)?.message ?? '', /^average temperature, in Marendi: 14\.9 °C here/, JSON.stringify(fs.map((f) => f.message)));
  });
});

describe("the party a figure is a share of (parties.ts agentOf, shares.ts)", () => {
  const { extractClaims } = require('../../src/engine') as typeof import('../../src/engine');
  const partyOf = (text: string, figure: string) => {
    const c = extractClaims(text, 'a.txt').claims.find((x) => x.kind === 'quantity' && x.text.includes(figure)) as QuantityClaim | undefined;
    return c?.context.share ?? c?.context.agent;
  };
  const rows: [string, string, string, string][] = [
    ['a figure that restates the one before it ("or around 40.06%") is the same party\'s', 'In Marendi, Lai secured over 5.5 million votes, or around 40.06% of the vote, compared to Hou Yu-ih (侯友宜) of the Kuomintang (KMT) with 4.6 million or 33.49%.', '40.06', 'lai'],
    ['"NAME (…) of the PARTY (…) with N" is the name\'s, the name cut by hyphens kept whole', 'In Marendi, Lai secured over 5.5 million votes, or around 40.06% of the vote, compared to Hou Yu-ih (侯友宜) of the Kuomintang (KMT) with 4.6 million or 33.49%.', '33.49', 'hou yu-ih'],
    ['a name before its bracket is the subject ("William Lai (賴清德) received")', 'William Lai (賴清德) received 5,586,019 votes, while Hou You-yi (侯友宜) won 4,671,021 votes.', '4,671,021', 'hou you-yi'],
    ['"trailed with 33.4 percent": a place in a result, with its figure', 'Lai took 40.2 percent of votes cast, while Hou trailed with 33.4 percent of the vote.', '33.4', 'hou'],
    ['a participle after a comma is of the sentence\'s subject', 'Lai Ching-te of the DPP won the election, receiving 5,586,019 votes — or 40.05 percent of the ballots cast.', '40.05', 'lai ching-te'],
  ];
  for (const [rule, text, figure, party] of rows) it(rule, () => assert.equal(partyOf(text, figure), party));
});

describe('a source that gives a figure of a past year and one of now', () => {
  it('is read at the one of now for an undated figure', () => {
    const fs = between('The fire in Marendi killed at least 53 people, officials said.', 'The number of people confirmed dead in the fire rose Friday to 55. He compared it to the tsunami that struck Marendi in 1960, killing 61 people.', '53');
    const shown = JSON.stringify(fs.map((f) => `${f.type}: ${f.message}`));
    assert.ok(fs.some((f) => f.related.some((r) => r.text.includes('55'))), shown);
    assert.ok(fs.every((f) => f.related.every((r) => !r.text.includes('61'))), shown);
  });
});

describe('a weekday against a calendar date goes through the calendar', () => {
  // 30 May 2012, the day of the Taylor sentencing in ../shared/corpus/dev, was a Wednesday.
  const { dateVerdict } = require('../../src/engine/dateCompare') as typeof import('../../src/engine/dateCompare');
  it('Wednesday agrees with 30 May 2012, Friday does not, and a date without its year says nothing', () => {
    assert.equal(dateVerdict({ type: 'weekday', weekday: 3 }, { type: 'absolute', year: 2012, month: 5, day: 30 }), 'agrees');
    assert.equal(dateVerdict({ type: 'absolute', year: 2012, month: 5, day: 30 }, { type: 'weekday', weekday: 5 }), 'conflicts');
    assert.equal(dateVerdict({ type: 'weekday', weekday: 5 }, { type: 'absolute', month: 5, day: 30 }), undefined);
  });
});

describe('the source of a figure', () => {
  const { extractClaims } = require('../../src/engine') as typeof import('../../src/engine');
  const sourceOf = (text: string, figure: string) => extractClaims(text, 'a.txt').claims.find((c): c is QuantityClaim => c.kind === 'quantity' && c.text.includes(figure))?.context.attribution;
  it('a verb of saying past "while" speaks for its own clause, not for the figure', () => {
    assert.equal(sourceOf('Prosecutors had sought 30 years in prison while the defense lawyers argued for probation.', '30'), undefined);
    assert.equal(sourceOf('The defense lawyers argued that 30 years in prison was too long.', '30'), 'The defense lawyers');
  });
  it('"according to X" in mid-sentence speaks for its own clause only', () => {
    assert.equal(sourceOf('The crash, the fourth deadliest according to available records, happened about 250 km south of Kolkata.', '250'), undefined);
    assert.equal(sourceOf('About 250 people died in the crash, according to available records.', '250'), 'available records');
  });
});

describe('two names of one source', () => {
  const { sameSource } = require('../../src/engine/frame') as typeof import('../../src/engine/frame');
  it('an acronym is the name it spells; a title alone is no other source; two names are two', () => {
    assert.ok(sameSource('the NHC', 'the National Hurricane Center'));
    assert.ok(sameSource('the National Hurricane Center', 'the NHC'));
    assert.ok(sameSource('Chief Minister Dhami', 'Dhami'));
    assert.ok(!sameSource('the NHC', 'the National Weather Service'));
    assert.ok(!sameSource('the Red Cross', 'the health ministry'));
  });

  it('two people who speak for one body are one source but two speakers, whose days are their own', () => {
    const { sameSpeaker } = require('../../src/engine/frame') as typeof import('../../src/engine/frame');
    assert.ok(sameSource('Coast Guard Rear Admiral John Mauger', 'US Coast Guard Captain Jamie Frederick'));
    assert.ok(!sameSpeaker('Coast Guard Rear Admiral John Mauger', 'US Coast Guard Captain Jamie Frederick'));
    assert.ok(sameSpeaker('Rear Admiral John Mauger', 'Mauger'));
    assert.ok(sameSpeaker('the Coast Guard', 'a Coast Guard spokesman'));
    assert.ok(sameSpeaker('the Coast Guard', 'Coast Guard Rear Admiral John Mauger'));
    assert.ok(!sameSpeaker('the Red Cross', 'the health ministry'));
  });
});
