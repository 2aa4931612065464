// The command line's words: `crosscheck compare <folder|files…> [options]`, `--help`, `--version`.
// Every value is checked here, so a typo stops the run (exit 2) instead of changing what is checked.
import type { Severity } from '../engine/types';
import { DEFAULT_COPIES } from './copies';

export type Format = 'text' | 'json' | 'sarif';
export type FailOn = Severity | 'none';

export interface CompareArgs {
  command: 'compare';
  inputs: string[];
  format: Format;
  draft?: string;
  referenceDate?: string;
  maxFileSize: number;
  /** Findings below this severity are neither shown nor counted for the exit status. */
  minSeverity: Severity;
  /** True when --min-severity was given (JSON otherwise keeps every finding). */
  minSeverityGiven?: boolean;
  /** Exit 1 when a shown finding is at least this severe; `none`: never. */
  failOn: FailOn;
  /** `--config FILE`: this file instead of the .crosscheck.json files found; false: `--no-config`. */
  config?: string | false;
  color: boolean;
  quiet: boolean;
  /** A claim that this many files or more carry word for word, with the same finding, is reported once (copies.ts). */
  copies: number;
}

export type Command = CompareArgs | { command: 'help' } | { command: 'version' };

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
const FORMATS: readonly Format[] = ['text', 'json', 'sarif'];
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/** The order of severities: error 0 … hint 3. */
export function rank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export const USAGE = `usage: crosscheck compare <folder|files…> [options]
       crosscheck --help | --version`;

export const HELP = `${USAGE}

Compares every figure, date and quotation of each file with the same claim in the other files
and reports where they disagree: conflicts, quotation variants, quotations given to different
speakers, and passages a document repeats. Agreements are counted, not listed. Folders are
searched for *.txt, *.md, *.markdown, *.rst and *.text, and for documents: *.pdf, *.docx,
*.html, *.htm, *.vtt and *.srt (not in node_modules or .git).

Options:
  --draft FILE               report only the claims of FILE (compared with all the others);
                             without a folder, FILE's own folder is compared
  --format text|json|sarif   output format (default: text)
  --fail-on LEVEL            exit 1 when a shown finding is at least LEVEL: error, warning,
                             information, hint, or none (default: warning)
  --min-severity LEVEL       show findings of at least LEVEL: error, warning, information or
                             hint (default: information; "check by hand" notes are information,
                             repeated passages are hints; JSON keeps every finding, agreements
                             included, unless this is given). Also --show LEVEL
  --reference-date DATE      YYYY-MM-DD used to resolve relative dates ("last October") in
                             documents that state no date of their own (default: none)
  --max-file-size SIZE       skip larger files: bytes, or with KB, MB or GB (default: 2MB)
  --copies N                 report a claim that N or more files carry word for word, with the
                             same finding, once, its other places listed with it (JSON:
                             "copies"); 0 reports every copy (default: ${DEFAULT_COPIES})
  --config FILE              use this .crosscheck.json (ignored claims) instead of looking for one
  --no-config                use no .crosscheck.json
  --no-color, --color        colours off or on (default: on in a terminal unless NO_COLOR is set)
  --quiet                    no progress or notes on stderr
  -h, --help                 show this help
  -v, --version              show the version

Ignored claims: the claims listed in .crosscheck.json (written by the VS Code extension's
"Ignore this claim in .crosscheck.json") are not reported. The nearest such file is used, looked
for in each folder compared and then its parents, up to the git repository's root (outside a
repository: up to the current folder); entries are relative to the file's own folder.
Checked claims (the extension's "Mark as checked", in the same file) are reported and said to be
checked, with the editor's note; they never count for --fail-on (SARIF: suppressed).

Exit status:
  0  no shown finding at or above --fail-on (also when there is nothing to compare)
  1  at least one shown finding at or above --fail-on
  2  usage error or bad option value, a path that does not exist, an unreadable --draft,
     no readable file at all, or a .crosscheck.json that cannot be read`;

export class UsageError extends Error {}

function oneOf<T extends string>(what: string, values: readonly T[], v: string): T {
  if ((values as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`${what} takes ${values.join(', ')}; got "${v}"`);
}

/** YYYY-MM-DD (or YYYY-MM, YYYY) naming a day that exists: 2024-02-29 yes, 2023-02-30 no. */
export function parseReferenceDate(v: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  const bad = () => new UsageError(`--reference-date takes a date that exists, as YYYY-MM-DD; got "${v}"`);
  if (!m) throw bad();
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw bad();
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day < 1 || day > days) throw bad();
    }
  }
  return v;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** "2097152", "2MB", "512 KB", "1.5m" → bytes (units of 1024). */
export function parseSize(v: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(v);
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  const bytes = m && unit !== undefined ? Math.floor(Number(m[1]) * unit) : NaN;
  if (!Number.isFinite(bytes) || bytes < 1) throw new UsageError(`--max-file-size takes a size such as 2097152, 512KB or 2MB; got "${v}"`);
  return bytes;
}

export function parseArgs(argv: string[], isTTY: boolean, env: NodeJS.ProcessEnv = process.env): Command {
  // --help and --version win wherever they stand, as in eslint and cspell.
  const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (options.some((a) => a === '-h' || a === '--help') || argv[0] === 'help') return { command: 'help' };
  if (options.some((a) => a === '-v' || a === '--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('no command given');
  if (command !== 'compare') throw new UsageError(`unknown command: ${command}${command.startsWith('-') ? '' : ' (the command is "compare")'}`);
  const args: CompareArgs = {
    command: 'compare',
    inputs: [],
    format: 'text',
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    minSeverity: 'information',
    failOn: 'warning',
    color: isTTY && !env.NO_COLOR && env.TERM !== 'dumb',
    quiet: false,
    copies: DEFAULT_COPIES,
  };
  let onlyPaths = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (onlyPaths || !a.startsWith('-') || a === '-') {
      args.inputs.push(a);
      continue;
    }
    if (a === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string => {
      const v = eq > 0 ? a.slice(eq + 1) : rest[++i];
      if (v === undefined || v === '') throw new UsageError(`${name} needs a value`);
      return v;
    };
    const flag = () => {
      if (eq > 0) throw new UsageError(`${name} takes no value`);
    };
    switch (name) {
      case '--format':
        args.format = oneOf('--format', FORMATS, value());
        break;
      case '--draft':
        args.draft = value();
        break;
      case '--reference-date':
        args.referenceDate = parseReferenceDate(value());
        break;
      case '--max-file-size':
        args.maxFileSize = parseSize(value());
        break;
      case '--fail-on':
        args.failOn = oneOf<FailOn>('--fail-on', [...SEVERITIES, 'none'], value());
        break;
      case '--min-severity':
      case '--show':
        args.minSeverity = oneOf(name, SEVERITIES, value());
        args.minSeverityGiven = true;
        break;
      case '--config':
        args.config = value();
        break;
      case '--no-config':
        flag();
        args.config = false;
        break;
      case '--no-color':
        flag();
        args.color = false;
        break;
      case '--color':
        flag();
        args.color = true;
        break;
      case '--copies': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(`--copies takes a whole number (0: report every copy); got "${v}"`);
        args.copies = Number(v);
        break;
      }
      case '--quiet':
        flag();
        args.quiet = true;
        break;
      default:
        throw new UsageError(`unknown option: ${name}`);
    }
  }
  if (args.inputs.length === 0 && !args.draft) throw new UsageError('no folder or files given');
  return args;
}
