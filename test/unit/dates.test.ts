import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as chrono from 'chrono-node';
import { chronoDate, documentDate, plainDate } from '../../src/engine/dateWords';
import { MONTHS } from '../../src/engine/lexicon';
import { extractClaims } from '../../src/engine/extract';
import { CheckWorkspace } from '../../src/engine';
import { defaultVectorsFile, loadVectors } from '../../src/host/vectors';
import type { DateClaim } from '../../src/engine/types';

const datesIn = (text: string) => extractClaims(text, 'doc.txt').claims.filter((c): c is DateClaim => c.kind === 'date').map((c) => c.text);

describe('a day before its month in words', () => {
  it('"the first of January" is 1 January, as "the 3rd of March" is 3 March', () => {
    const dates = (text: string) => extractClaims(text, 'doc.txt').claims.filter((c): c is DateClaim => c.kind === 'date').map((c) => [c.text, c.date.type === 'absolute' ? c.date.day : undefined, c.date.type === 'absolute' ? c.date.month : undefined]);
    assert.deepEqual(dates('The Marendi law takes effect on the first of January.'), [['on the first of January', 1, 1]]);
    assert.deepEqual(dates('On the fifth of November, Talvor burns its bonfires.'), [['On the fifth of November', 5, 11]]);
  });
});

describe('a weekday cut short', () => {
  it('has a capital and no article before it: "the sun." is no Sunday', () => {
    assert.deepEqual(datesIn('It is 6.5 billion times more massive than the sun. Its mass is that of the Sun.'), []);
    assert.deepEqual(datesIn('The Marendi count closed Sun. and reopened Mon. at dawn.'), ['Sun.', 'Mon.']);
  });
});

describe('a weekday before a date', () => {
  it('is the day of that date, not a date of its own ("on Tuesday, 13 June", "Tuesday June 13")', () => {
    assert.deepEqual(datesIn('The boat sank on Tuesday, 13 June, officials said.'), ['13 June']);
    assert.deepEqual(datesIn('The boat sank late on Tuesday June 13, officials said.'), ['June 13']);
  });

  it('stays a date where a date does not follow it', () => {
    assert.deepEqual(datesIn('The boat sank on Tuesday and rescuers came on June 14.'), ['on Tuesday', 'on June 14']);
  });
});

describe('the day a thing was ordered to happen on', () => {
  const vectors = loadVectors(defaultVectorsFile());
  const findingsOf = (a: string, b: string) => {
    const ws = new CheckWorkspace({ vectors });
    ws.setDocument('a.txt', a);
    ws.setDocument('b.txt', b);
    return ws.findings('a.txt').map((f) => `${f.type}: ${f.message}`);
  };
  const ordered = 'Marendi Gov. Tom Reyes ordered the release of vinyl chloride to occur Monday afternoon.';

  it('is not the day of a deed done on another weekday ("ordered … to occur Monday", "late Sunday warned residents")', () => {
    const b = 'Marendi Gov. Tom Reyes late Sunday warned residents living within a mile of where a train derailed late last week to evacuate immediately over fears a rail car filled with chemicals could explode.';
    assert.deepEqual(findingsOf(ordered, b), []);
  });

  it('agrees with a deed done on the same weekday: the plan came true', () => {
    const b = 'Residents of Marendi remained under evacuation orders on Monday as crews drained and burned off the vinyl chloride, Gov. Tom Reyes said.';
    assert.deepEqual(findingsOf(ordered, b), ['agreement: Monday here; b says Monday.']);
  });
});

// dates.ts reads the plain forms of a date itself, without chrono: it must read them as chrono does.
describe('plain dates read as chrono reads them', () => {
  const names = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1));

  it('every day of every month, with and without a year, month first and day first', () => {
    let read = 0;
    for (const month of names) {
      for (let day = 0; day <= 32; day++) {
        for (const year of ['', '1999', '2000', '2023', '2024']) {
          for (const words of [`${month} ${day}${year ? `, ${year}` : ''}`, `${day} ${month}${year ? ` ${year}` : ''}`]) {
            const mine = plainDate(words);
            if (!mine) continue;
            read++;
            assert.deepEqual(mine, chronoDate(words), words);
          }
        }
      }
    }
    // 366 days a year-less calendar has, 365 or 366 in each of the four years, both ways round.
    assert.equal(read, 2 * (366 + 365 + 366 + 365 + 366));
  });

  it('every month alone and with a year; a year alone is no date to chrono either', () => {
    let read = 0;
    for (const month of names) {
      for (const words of [month, ...['1999', '2000', '2023', '2024', '2100'].map((y) => `${month} ${y}`)]) {
        assert.deepEqual(plainDate(words), chronoDate(words), words);
        read++;
      }
    }
    assert.equal(read, 12 * 6);
    for (let year = 1500; year < 2200; year++) assert.equal(chronoDate(String(year)), undefined, String(year));
  });

  it('leaves what is not a plain date to chrono', () => {
    for (const words of ['February 30, 2024', 'February 29, 2023', 'March 0', 'Sept. 3', 'March 3rd', 'the March 3 vote', 'march 3', 'July 4th', 'Sept 2020', 'mid-July']) assert.equal(plainDate(words), undefined, words);
  });
});

describe("a document's own date", () => {
  it('is a date its first lines write, with its year', () => {
    assert.deepEqual(documentDate('ISLAMABAD, 9 October 2005 — The toll rose.'), { year: 2005, month: 10, day: 9 });
    assert.deepEqual(documentDate('Published: 2024-06-20\nThe toll rose.'), { year: 2024, month: 6, day: 20 });
  });

  it('is not a date a sentence of the story tells of ("revised its estimate for the year to December 2022"), but a dateline that opens a long line is', () => {
    assert.equal(documentDate('Tories fail to deliver on pledge\n\nNET immigration hit a record 745,000 last year – more than three times the manifesto promise.\n\nThe Office for National Statistics yesterday revised its estimate for the year to December 2022 up from 606,000.'), undefined);
    assert.deepEqual(documentDate('NAIROBI, March 10, 2019 (Xinhua) -- Kenya said on Sunday it has sent a team to Ethiopia to deal with the aftermath of a jet crash that killed all 157 aboard.'), { year: 2019, month: 3, day: 10 });
    // "the year to June 2022" ends a period the story tells of: the report's own date comes after it.
    assert.deepEqual(documentDate('Consumer prices: inflation 9.1% in the year to June 2022 (report of Wednesday 13 July 2022)'), { year: 2022, month: 7, day: 13 });
  });
  it('is not "last week" reckoned from nowhere ("results showed on Monday … an election last week … the 2014 vote")', () => {
    assert.equal(documentDate('CAIRO: Sisi won a second term, official results showed on Monday, after an election last week, down from the 2014 vote.'), undefined);
  });

  // documentDate reads the plain dates of a document's first lines itself: as chrono would.
  it('is what chrono finds, on every text of the corpora and on plain dates in every form', () => {
    const year = /\b(1[89]|20|21)\d\d\b/;
    const byChrono = (text: string) => {
      const head = text.slice(0, 400);
      const fm = /^(?:date|published|dateline)\s*:\s*(.+)$/im.exec(head);
      // A line of over 100 characters is a sentence of the story: only its first 60 may hold a dateline.
      const candidate = fm ? fm[1] : head.split(/\n/).filter((l) => l.trim()).slice(0, 3).map((l) => (l.length > 100 ? l.slice(0, 60) : l)).join('\n');
      // chrono reads "the night of December 5, 2022", "the morning of Sunday 19 October 2025" as a
      // part of a day with no year it is sure of (its casual parser takes the phrase whole);
      // documentDate reads the date written, as chrono does once "night of" is gone.
      const found = chrono.parse(candidate.replace(/\b(?:night|morning|afternoon|evening) of /gi, ''), new Date(2000, 0, 1)).find((r) => r.start.isCertain('year') && r.start.isCertain('month') && year.test(r.text));
      return found && { year: found.start.get('year')!, month: found.start.get('month') ?? undefined, day: found.start.isCertain('day') ? found.start.get('day') ?? undefined : undefined };
    };
    const texts: string[] = [];
    const walk = (d: string) => {
      for (const f of fs.existsSync(d) ? fs.readdirSync(d) : []) {
        const p = path.join(d, f);
        if (fs.statSync(p).isDirectory()) walk(p);
        else if (/\.(txt|md)$/.test(f)) texts.push(fs.readFileSync(p, 'utf8'));
      }
    };
    for (const d of ['../shared/corpus', 'test/corpus', 'test/fixtures', 'examples']) walk(path.join(__dirname, '../..', d));
    for (const month of MONTHS.map((m) => m[0].toUpperCase() + m.slice(1))) {
      for (const day of [1, 9, 13, 29, 30, 31]) {
        for (const y of [1999, 2024, 7017]) {
          texts.push(`LONDON, ${month} ${day}, ${y} — The toll rose.`, `LONDON, ${day} ${month} ${y} — The toll rose.`, `Published in ${month} ${y} by staff.`, `Monday, ${month} ${day}, ${y}\nText.`, `Filed 3:${day} ${month} ${y}.`, `Held ${day}–${day + 1} ${month} ${y}.`, `It may rain on ${day} ${month} ${y}.`);
        }
      }
    }
    let dated = 0;
    for (const t of texts) {
      const want = byChrono(t);
      if (want) dated++;
      assert.deepEqual(documentDate(t), want, t.slice(0, 120));
    }
    assert.ok(texts.length > 1500 && dated > 700, `${texts.length} texts, ${dated} dated`);
  });
});
