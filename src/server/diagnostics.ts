// Findings → LSP diagnostics. Pure: the settings decide severity, the view decides where things are.
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Finding, FindingType, Related, Severity } from '../engine/types';
import { SOURCE, findingDocsUrl } from '../protocol';
import type { DiagnosticData, Settings } from '../protocol';
import type { DocView } from './view';

/**
 * A related location's line. Editors show the location's file beside it ("000_….txt(3, 12):"), so
 * the line says only what the source says ("Friday, not Thursday"), with the page or time of a
 * place in a document, which the file name does not tell ("p. 2: about 11,000").
 */
export function relatedMessage(view: DocView, r: Related): string {
  const place = view.placeOf?.(r.path, r.start);
  const what = r.note || r.relation;
  return place ? `${place.label}: ${what}` : what;
}

/** Types that report a problem; agreements and corroborations only confirm, so they stay in hovers. */
const PROBLEMS = new Set<FindingType>(['conflict', 'later-count', 'quote-variant', 'quote-speaker', 'repetition', 'single-source']);

export function isProblem(type: FindingType): boolean {
  return PROBLEMS.has(type);
}

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The engine's severity unless the user overrode it for this type; undefined when switched off. */
export function effectiveSeverity(finding: Finding, settings: Settings): Severity | undefined {
  const setting = settings.severity[finding.type] ?? 'default';
  if (setting === 'off') return undefined;
  return setting === 'default' ? finding.severity : setting;
}

/** Findings the user wants to see as problems (severity on, claim not ignored). */
export function toDiagnostic(finding: Finding, severity: Severity, view: DocView): Diagnostic {
  const { claim } = finding;
  const relatedInformation: DiagnosticRelatedInformation[] = finding.related.map((r) => ({
    location: { uri: view.uriOf(r.path), range: view.rangeOf(r.path, r.start, r.end) },
    message: `${relatedMessage(view, r)}${r.more ? ` (and ${r.more} more)` : ''}`,
  }));
  const checked = view.checkedOf?.(claim);
  const data: DiagnosticData = { id: claim.id, path: claim.path, text: claim.text, type: finding.type };
  return {
    range: view.rangeOf(claim.path, claim.start, claim.end),
    severity: LSP_SEVERITY[severity],
    source: SOURCE,
    code: finding.type,
    codeDescription: { href: findingDocsUrl(finding.type) },
    message: checked ? `${finding.message} (checked${checked.note ? `: ${checked.note}` : ''})` : finding.message,
    relatedInformation,
    data,
  };
}

/** The severity a finding is shown with as a diagnostic; undefined when it is not shown. */
export function shownSeverity(f: Finding, settings: Settings, view: DocView): Severity | undefined {
  const severity = effectiveSeverity(f, settings);
  if (severity === undefined || view.isIgnored(f.claim)) return undefined;
  // Confirmations only become diagnostics when the user switched their severity on explicitly.
  if (!isProblem(f.type) && settings.severity[f.type] === 'default') return undefined;
  // A claim an editor has checked stays visible, quietly: a hint, its note in the message.
  if (view.checkedOf?.(f.claim)) return 'hint';
  return severity;
}

export function toDiagnostics(findings: Finding[], settings: Settings, view: DocView): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const severity = shownSeverity(f, settings, view);
    if (severity !== undefined) out.push(toDiagnostic(f, severity, view));
  }
  return out;
}

/** The one diagnostic of a skipped open document: why it is neither checked nor a source. */
export function skippedNotice(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: 'skipped',
    message: `Not checked, and not a source for other documents: ${reason}.`,
  };
}
