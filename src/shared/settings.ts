// Turns whatever the editor sent (VS Code push, Neovim's settings table, nothing at all) into
// complete, typed settings. Unknown or malformed values fall back to defaults rather than fail.
import { FINDING_TYPES } from '../protocol';
import type { FindingType, Settings, SeveritySetting } from '../protocol';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_LANGUAGES, DEFAULT_MAX_DOCUMENT_SIZE, DEFAULT_MAX_FILE_SIZE } from './defaults';

export { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_LANGUAGES, DEFAULT_MAX_DOCUMENT_SIZE, DEFAULT_MAX_FILE_SIZE };

/** Agreements and lone sources belong in hovers, not in the Problems view, unless asked for. */
const DEFAULT_SEVERITY: Record<FindingType, SeveritySetting> = {
  conflict: 'default',
  'quote-variant': 'default',
  'quote-speaker': 'default',
  repetition: 'default',
  'single-source': 'off',
  agreement: 'off',
  'quote-corroborated': 'off',
  'later-count': 'default',
};

const SEVERITY_VALUES = new Set<string>(['default', 'off', 'error', 'warning', 'information', 'hint']);

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function strings(v: unknown, fallback: string[]): string[] {
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v)) return fallback;
  return v.filter((s): s is string => typeof s === 'string' && s.length > 0);
}

/** `files.exclude` maps patterns to true/false (or a `when` clause, which we cannot evaluate: skip it). */
function enabledPatterns(v: unknown): string[] {
  return Object.entries(obj(v))
    .filter(([, on]) => on === true)
    .map(([p]) => p);
}

/**
 * Accepts `{ crosscheck: {...}, files: { exclude } }` (what clients push) or the bare
 * `crosscheck` section; `filesExclude` may be given separately when pulled on its own.
 */
export function normalizeSettings(raw: unknown, filesExclude?: unknown): Settings {
  const root = obj(raw);
  const cc = 'crosscheck' in root ? obj(root.crosscheck) : root;
  const severityRaw = obj(cc.severity);
  const severity = { ...DEFAULT_SEVERITY };
  for (const type of FINDING_TYPES) {
    const v = severityRaw[type];
    if (typeof v === 'string' && SEVERITY_VALUES.has(v)) severity[type] = v as SeveritySetting;
  }
  const size = cc.maxFileSize;
  const docSize = cc.maxDocumentSize;
  const referenceDate = typeof cc.referenceDate === 'string' && /^\d{4}-\d{2}-\d{2}/.test(cc.referenceDate) ? cc.referenceDate : undefined;
  return {
    include: strings(cc.include, DEFAULT_INCLUDE),
    exclude: strings(cc.exclude, DEFAULT_EXCLUDE),
    filesExclude: enabledPatterns(filesExclude ?? obj(root.files).exclude),
    languages: strings(cc.languages, DEFAULT_LANGUAGES),
    maxFileSize: typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : DEFAULT_MAX_FILE_SIZE,
    maxDocumentSize: typeof docSize === 'number' && Number.isFinite(docSize) && docSize > 0 ? docSize : DEFAULT_MAX_DOCUMENT_SIZE,
    severity,
    referenceDate,
    cacheEnabled: (obj(cc.cache).enabled ?? cc['cache.enabled']) !== false,
  };
}
