// The command line's option values, checked without spawning anything.
import { strict as assert } from 'node:assert';
import { UsageError, parseArgs, parseReferenceDate, parseSize } from '../../src/cli/args';
import { formatSize, formatSizes, tooLarge } from '../../src/cli/sizes';

describe('crosscheck options', () => {
  it('--reference-date takes days that exist', () => {
    for (const ok of ['2024-02-29', '2023-12-31', '2024-10-18', '2024-10', '2024']) assert.equal(parseReferenceDate(ok), ok);
    for (const bad of ['2024-13-45', '2023-02-30', '2023-02-29', '2024-04-31', '2024-00-10', '2024-1-5', '18/10/2024', '2024-10-18T00:00', '']) {
      assert.throws(() => parseReferenceDate(bad), UsageError, bad);
    }
  });

  it('--max-file-size takes bytes or KB/MB/GB', () => {
    assert.equal(parseSize('2097152'), 2097152);
    assert.equal(parseSize('2MB'), 2097152);
    assert.equal(parseSize('512kb'), 524288);
    assert.equal(parseSize('1.5 m'), 1572864);
    for (const bad of ['abc', '', '0', '-1', '1e6', '2 TB', '1.2.3', 'MB']) assert.throws(() => parseSize(bad), UsageError, bad);
  });

  it('sizes are shown so that they differ', () => {
    assert.equal(formatSize(512), '512 bytes');
    assert.equal(formatSize(1536), '1.5 KB');
    assert.deepEqual(formatSizes(1.2 * 1024 * 1024, 1024 * 1024), ['1.2 MB', '1.0 MB']);
    assert.deepEqual(formatSizes(1024 * 1024 + 1, 1024 * 1024), ['1,048,577 bytes', '1,048,576 bytes']);
    assert.deepEqual(formatSizes(1050, 1024), ['1,050 bytes', '1,024 bytes']);
    assert.equal(tooLarge(3 * 1024 * 1024, 2 * 1024 * 1024), 'larger than --max-file-size (3.0 MB > 2.0 MB)');
  });

  it('defaults, aliases, --opt=value, -- and last-wins for --config/--no-config', () => {
    const a = parseArgs(['compare', 'docs'], false, {});
    assert.deepEqual(a, { command: 'compare', inputs: ['docs'], format: 'text', maxFileSize: 2097152, minSeverity: 'information', failOn: 'warning', color: false, quiet: false, copies: 4 });
    const b = parseArgs(['compare', '--show=hint', '--fail-on', 'none', '--config', 'x.json', '--no-config', '--', '--weird-name.md'], true, {}) as any;
    assert.equal(b.minSeverity, 'hint');
    assert.equal(b.failOn, 'none');
    assert.equal(b.config, false);
    assert.deepEqual(b.inputs, ['--weird-name.md']);
    assert.equal(b.color, true);
    assert.equal((parseArgs(['compare', 'x'], true, { NO_COLOR: '1' }) as any).color, false);
    assert.deepEqual(parseArgs(['compare', '--', '--help'], false, {}), { ...a, inputs: ['--help'] });
    assert.deepEqual(parseArgs(['compare', 'x', '-v'], false, {}), { command: 'version' });
  });
});
