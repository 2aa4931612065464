// Findings → LSP diagnostics. Pure: the settings decide severity, the view decides where things are.
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Finding, FindingType, Severity } from '../engine/types';
import { SOURCE, findingDocsUrl } from '../protocol';
import type { DiagnosticData, Settings } from '../protocol';
import type { DocView } from './view';

/** Types that report a problem; agreements and corroborations only confirm, so they stay in hovers. */
const PROBLEMS = new Set<FindingType>(['conflict', 'quote-variant', 'quote-speaker', 'repetition', 'single-source']);

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
    message: `${view.nameOf(r.path)}: ${r.note || r.relation}${r.more ? ` (and ${r.more} more)` : ''}`,
  }));
  const data: DiagnosticData = { id: claim.id, path: claim.path, text: claim.text, type: finding.type };
  return {
    range: view.rangeOf(claim.path, claim.start, claim.end),
    severity: LSP_SEVERITY[severity],
    source: SOURCE,
    code: finding.type,
    codeDescription: { href: findingDocsUrl(finding.type) },
    message: finding.message,
    relatedInformation,
    data,
  };
}

export function toDiagnostics(findings: Finding[], settings: Settings, view: DocView): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const severity = effectiveSeverity(f, settings);
    if (severity === undefined || view.isIgnored(f.claim)) continue;
    // Confirmations only become diagnostics when the user switched their severity on explicitly.
    if (!isProblem(f.type) && settings.severity[f.type] === 'default') continue;
    out.push(toDiagnostic(f, severity, view));
  }
  return out;
}
