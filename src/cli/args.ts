// The command line's words: `crosscheck compare <folder|files…> [options]`.
export interface CompareArgs {
  inputs: string[];
  format: 'text' | 'json' | 'sarif';
  draft?: string;
  referenceDate?: string;
  maxFileSize: number;
  color: boolean;
  quiet: boolean;
}

export const USAGE = `usage: crosscheck compare <folder|files…> [--format text|json|sarif] [--draft FILE]
                          [--reference-date YYYY-MM-DD] [--max-file-size BYTES] [--no-color] [--quiet]

Compares every numeric claim, date and quotation of each file with the same claim in the other
files. Exit status: 0 nothing conflicts, 1 something conflicts, 2 usage error.`;

export class UsageError extends Error {}

export function parseArgs(argv: string[], isTTY: boolean): CompareArgs {
  const [command, ...rest] = argv;
  if (command !== 'compare') throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  const args: CompareArgs = { inputs: [], format: 'text', maxFileSize: 2 * 1024 * 1024, color: isTTY && !process.env.NO_COLOR, quiet: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    const name = a.split('=')[0];
    if (name === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format: ${f}`);
      args.format = f;
    } else if (name === '--draft') args.draft = value();
    else if (name === '--reference-date') {
      args.referenceDate = value();
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(args.referenceDate)) throw new UsageError('--reference-date takes YYYY-MM-DD');
    } else if (name === '--max-file-size') {
      args.maxFileSize = Number(value());
      if (!Number.isFinite(args.maxFileSize) || args.maxFileSize <= 0) throw new UsageError('--max-file-size takes a number of bytes');
    } else if (name === '--no-color') args.color = false;
    else if (name === '--quiet') args.quiet = true;
    else if (a.startsWith('-')) throw new UsageError(`unknown option: ${a}`);
    else args.inputs.push(a);
  }
  if (args.inputs.length === 0 && !args.draft) throw new UsageError('no folder or files given');
  return args;
}
