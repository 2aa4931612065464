import * as assert from 'node:assert/strict';
import { chronoDate, plainDate } from '../../src/engine/dates';
import { MONTHS } from '../../src/engine/lexicon';
import { extractClaims } from '../../src/engine/extract';
import type { DateClaim } from '../../src/engine/types';

const datesIn = (text: string) => extractClaims(text, 'doc.txt').claims.filter((c): c is DateClaim => c.kind === 'date').map((c) => c.text);

describe('a weekday before a date', () => {
  it('is the day of that date, not a date of its own ("on Tuesday, 13 June", "Tuesday June 13")', () => {
    assert.deepEqual(datesIn('The boat sank on Tuesday, 13 June, officials said.'), ['13 June']);
    assert.deepEqual(datesIn('The boat sank late on Tuesday June 13, officials said.'), ['June 13']);
  });

  it('stays a date where a date does not follow it', () => {
    assert.deepEqual(datesIn('The boat sank on Tuesday and rescuers came on June 14.'), ['on Tuesday', 'on June 14']);
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

  it('leaves what is not a plain date to chrono', () => {
    for (const words of ['February 30, 2024', 'February 29, 2023', 'March 0', 'Sept. 3', 'March 3rd', 'the March 3 vote', 'march 3']) assert.equal(plainDate(words), undefined, words);
  });
});
