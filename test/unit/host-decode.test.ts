import { strict as assert } from 'assert';
import { decodeBuffer, looksBinary } from '../../src/host/decode';

describe('host decode', () => {
  it('reads plain UTF-8', () => {
    assert.deepEqual(decodeBuffer(Buffer.from('12 000 soldats, dit-il — “oui”', 'utf8')), { ok: true, text: '12 000 soldats, dit-il — “oui”', encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM', () => {
    const r = decodeBuffer(Buffer.from('\ufeffhé', 'utf8'));
    assert.ok(r.ok);
    assert.equal(r.text, 'hé');
  });

  it('decodes UTF-16LE and UTF-16BE by BOM, though they are full of NUL bytes', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kim said “no”', 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Kim said “no”', 'utf16le').swap16()]);
    for (const [buf, enc] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
      const r = decodeBuffer(buf);
      assert.ok(r.ok, enc);
      assert.equal(r.text, 'Kim said “no”');
      assert.equal(r.encoding, enc);
    }
  });

  it('reads Latin-1 / Windows-1252 text that is not valid UTF-8', () => {
    const r = decodeBuffer(Buffer.from('Le caf\xe9 co\xfbte 12 \xe9cus, dit-il. Na\xefve r\xe9sum\xe9 de l\'\xe9t\xe9.', 'latin1'));
    assert.ok(r.ok);
    assert.equal(r.text, "Le café coûte 12 écus, dit-il. Naïve résumé de l'été.");
    // Windows-1252 curly quotes (0x93/0x94) come out as quotes, not C1 controls.
    const q = decodeBuffer(Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64]));
    assert.ok(q.ok);
    assert.equal(q.text, '“Hi” said');
  });

  it('skips binary files (NUL in the first 8 KB) with a reason', () => {
    const r = decodeBuffer(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
    assert.equal(r.ok, false);
    assert.match((r as { reason: string }).reason, /binary/);
  });

  it('only looks at the first 8 KB for NUL bytes', () => {
    const buf = Buffer.alloc(9000, 0x61);
    buf[8500] = 0;
    assert.equal(looksBinary(buf), false);
    buf[100] = 0;
    assert.equal(looksBinary(buf), true);
  });

  it('accepts an empty file', () => {
    assert.deepEqual(decodeBuffer(Buffer.alloc(0)), { ok: true, text: '', encoding: 'utf-8' });
  });
});
