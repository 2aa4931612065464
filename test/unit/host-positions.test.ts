import { strict as assert } from 'assert';
import { LineIndex } from '../../src/host/positions';

describe('host positions', () => {
  it('maps offsets to lines across \\n, \\r\\n and \\r', () => {
    const idx = new LineIndex('ab\ncd\r\nef\rgh');
    assert.deepEqual(idx.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(idx.positionAt(4), { line: 1, character: 1 });
    assert.deepEqual(idx.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(idx.positionAt(10), { line: 3, character: 0 });
    assert.deepEqual(idx.positionAt(999), { line: 3, character: 2 });
    assert.deepEqual(idx.positionAt(-5), { line: 0, character: 0 });
  });
});
