// The character scanner of words.ts against the regular expression it stands for, on the edge
// cases of scripts, digits, apostrophes and characters outside the Basic Multilingual Plane, and
// on every fixture text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WordTable, tokensOf } from '../../src/engine/words';
import { WORD } from '../../src/engine/quotes';
import { NOT_NAMES, namesIn } from '../../src/engine/relatedness';

function byRegExp(text: string): { words: string[]; starts: number[]; ends: number[] } {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(WORD)) {
    let w = m[0].toLowerCase();
    if (w.length > 2 && /['’‘`]/.test(w)) w = w.replace(/[’‘`]/g, "'").replace(/'s$/, '');
    if (w.length > 2) w = w.replace(/[-‐‑]/g, '');
    words.push(w);
    starts.push(m.index!);
    ends.push(m.index! + m[0].length);
  }
  return { words, starts, ends };
}

const EDGES = [
  "Kashmir's toll, don't, ’tis, rock’n’roll, O'Neil's, '' a' 'b, end'",
  '½ of x²y, 3.2, 1,000, 9.58sec, 12-13 June',
  'to re-establish contact, Re-elected, a multi-billion-dollar scheme, crew tracking-related, mother-in-law’s, pre-2020, more-re-do, Covid-19, a 19-year-old, x‑ray, end- of, -pre, co-',
  'café naïve Ωmega İstanbul ẞ ǅ 日本語テキスト',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚 emoji 🙂 between',
];

describe('words: the scanner finds what the regular expression finds', () => {
  const texts = [...EDGES];
  const dir = path.join(__dirname, '../fixtures');
  for (const sub of fs.readdirSync(dir)) {
    const p = path.join(dir, sub);
    if (fs.statSync(p).isDirectory()) for (const f of fs.readdirSync(p)) if (/\.(txt|md)$/.test(f)) texts.push(fs.readFileSync(path.join(p, f), 'utf8'));
  }
  it(`on ${texts.length} texts: the same words at the same places`, () => {
    const table = new WordTable();
    for (const t of texts) {
      const want = byRegExp(t);
      const got = tokensOf(t, table);
      assert.deepEqual(got.words, want.words);
      assert.deepEqual([...got.tokens.starts], want.starts);
      assert.deepEqual([...got.tokens.ends], want.ends);
    }
  });
});

/** The names of a text as the regular expression it was written with reads them (relatedness.ts namesIn). */
function namesByRegExp(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{Lu}][\p{L}'’-]*/gu)) {
    const at = m.index!;
    let opens = false;
    for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
      if (['.', '!', '?', ':', ';', '"', '“', '”', '‘', '’', "'", '\n'].includes(text[i])) opens = true;
      if (opens || !/\s/.test(text[i])) break;
    }
    if (at === 0 || opens) continue;
    const name = m[0].toLowerCase().replace(/['’]s$/, '');
    if (!NOT_NAMES.has(name)) out.push(name);
  }
  return out;
}

describe('namesIn: the scanner finds what the regular expression finds', () => {
  const texts = [...EDGES, 'iPhone maker McDonald met Ünal at l’Élysée; O’Neill-Smith’s aide, ÉCOLE staff.', 'McDonald said so. É x É'];
  const dir = path.join(__dirname, '../corpus');
  for (const sub of fs.readdirSync(dir)) {
    const p = path.join(dir, sub);
    if (fs.statSync(p).isDirectory()) for (const f of fs.readdirSync(p)) if (f.endsWith('.txt')) texts.push(fs.readFileSync(path.join(p, f), 'utf8'));
  }
  it(`on ${texts.length} texts: the same names in the same order`, () => {
    for (const t of texts) assert.deepEqual(namesIn(t), namesByRegExp(t));
  });
});
