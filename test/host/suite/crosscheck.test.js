// Crosscheck in a real VS Code extension host, on a copy of the five seed reports plus hostile.md
// (see workspace.js). Tests share one window and run in order; every wait is on a condition
// (whenIdle(), diagnostics, tabs, compare data), bounded, never a fixed sleep.
const assert = require('assert');
const http = require('http');
const path = require('path');
const vscode = require('vscode');

const ROOT = path.resolve(__dirname, '../../..');
const SOURCE = 'Crosscheck';
const F003 = '003_840ff912861451bc.txt';
const OTHERS = ['000_d68872375e6c7ec2.txt', '001_734ae9511008b7b8.txt', '002_4de938509c6f549a.txt', '004_b4c3d3bfb9c4bd4d.txt'];

/** Polls cond() until it returns something truthy; rejects with `what` after `ms`. */
async function waitFor(what, cond, ms = 20000, every = 50) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try {
      const v = await cond();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${ms}ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/**
 * Asks the harness for a screenshot. `wait` is a CSS selector the harness waits for (in any
 * frame) before taking it, so the picture shows the thing once it is painted. Outside the web
 * harness (desktop runs) there is no URL and this does nothing.
 */
function screenshot(name, wait) {
  const base = process.env.CROSSCHECK_HOST_SCREENSHOT_URL;
  if (!base) return Promise.resolve(null);
  const url = new URL(base);
  url.searchParams.set('name', name);
  if (wait) url.searchParams.set('wait', wait);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', timeout: 60000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(body).path || null) : reject(new Error(`screenshot ${name}: HTTP ${res.statusCode} ${body}`))));
    });
    req.on('timeout', () => req.destroy(new Error(`screenshot ${name}: timed out`)));
    req.on('error', reject);
    req.end();
  });
}

const folder = () => vscode.workspace.workspaceFolders[0].uri;
const fileUri = (name) => vscode.Uri.joinPath(folder(), name);
const base = (uri) => path.posix.basename(uri.path);
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);

async function textOf(uri, range) {
  const doc = await vscode.workspace.openTextDocument(uri);
  return doc.getText(range);
}

function rangeOf(doc, needle) {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not found in ${base(doc.uri)}`);
  return new vscode.Range(doc.positionAt(i), doc.positionAt(i + needle.length));
}

async function show(name, column = vscode.ViewColumn.One) {
  const doc = await vscode.workspace.openTextDocument(fileUri(name));
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
  return { doc, editor };
}

function hoverText(hovers) {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** The "on Thursday" diagnostic of 003, once the server has published it. */
function thursdayDiagnostic(doc) {
  return ours(doc.uri).find((d) => /Thursday/.test(doc.getText(d.range)) && d.message.includes('Thursday'));
}

function webviewTabs() {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
}

/** compareHtml() from the source, bundled on the fly: the exact HTML the panel is given. */
function loadCompareHtml() {
  const esbuild = require(path.join(ROOT, 'node_modules', 'esbuild'));
  const out = esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src/client/compareHtml.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  });
  const m = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(m, m.exports, require);
  return m.exports;
}

/**
 * A wider side bar, so the panel's pictures show whole labels (the throwaway profile's layout, not
 * the workspace's); `false` gives the editor its width back.
 */
async function widePanel(on) {
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  const command = on ? 'workbench.action.decreaseViewWidth' : 'workbench.action.increaseViewWidth';
  for (let i = 0; i < 6; i++) await vscode.commands.executeCommand(command).then(undefined, () => undefined);
}

describe('Crosscheck in the extension host', function () {
  /** @type {{ client: any, conflictsTree: any, whenIdle(): Promise<void>, lastStatus(): any, compareData(): any }} */
  let api;
  let editorConfig;
  let wordWrap;

  before(async function () {
    this.timeout(120000);
    // The chat/auxiliary bar would cover part of every screenshot.
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar').then(undefined, () => undefined);
    // Long report lines: wrap them so screenshots show whole sentences (user settings of the
    // throwaway profile, never the workspace's; restored in after()).
    editorConfig = vscode.workspace.getConfiguration('editor');
    wordWrap = editorConfig.inspect('wordWrap').globalValue;
    await editorConfig.update('wordWrap', 'on', vscode.ConfigurationTarget.Global);
    const ext = vscode.extensions.getExtension('crosscheck.crosscheck');
    assert.ok(ext, 'extension crosscheck.crosscheck not found');
    api = await ext.activate();
    assert.ok(api && typeof api.whenIdle === 'function', 'activate() returned no test API');
    await api.whenIdle();
    const status = api.lastStatus();
    assert.ok(!status || status.documents >= 9, `server indexed ${status && status.documents} documents, expected 9`);
  });

  after(async () => {
    await editorConfig.update('wordWrap', wordWrap, vscode.ConfigurationTarget.Global);
    // Nothing may be left dirty (the launcher checks the disk is unchanged; this checks memory).
    const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => base(d.uri));
    assert.deepStrictEqual(dirty, [], `documents left dirty: ${dirty.join(', ')}`);
  });

  it('1. shows a diagnostic on "on Thursday" in 003 related to the Friday claims of the other files', async () => {
    const { doc, editor } = await show(F003);
    await api.whenIdle();
    const diag = await waitFor('the Thursday diagnostic in 003', () => thursdayDiagnostic(doc));
    assert.strictEqual(doc.getText(diag.range), 'on Thursday');
    assert.strictEqual(diag.source, SOURCE);
    const related = (diag.relatedInformation || []).filter((r) => base(r.location.uri) !== F003);
    const files = new Set(related.map((r) => base(r.location.uri)));
    assert.ok(files.size >= 3, `related locations in only ${[...files].join(', ')}`);
    for (const r of related) {
      // The seeds, and the saved web page of documents/ (read as its extracted text).
      const docPage = r.location.uri.scheme === 'crosscheck-source' && base(r.location.uri) === 'article.html';
      assert.ok(OTHERS.includes(base(r.location.uri)) || docPage, `unexpected related file ${r.location.uri}`);
      assert.match(await textOf(r.location.uri, r.location.range), /Friday/, `related location in ${base(r.location.uri)} is not a Friday claim`);
      // VS Code shows the file beside the line: the line does not name it again.
      assert.ok(!r.message.includes(base(r.location.uri)), `related line repeats the file name: ${r.message}`);
    }

    // From the start of the line, "next problem" lands on "on Thursday" and opens the inline
    // problem view: message plus the related Friday locations, under the squiggle.
    const lineStart = new vscode.Position(diag.range.start.line, 0);
    editor.selection = new vscode.Selection(lineStart, lineStart);
    editor.revealRange(diag.range, vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('editor.action.marker.next');
    await waitFor('the cursor on the Thursday diagnostic', () => editor.selection.active.isEqual(diag.range.start), 5000);
    await screenshot('diagnostics', '.marker-widget .descriptioncontainer');
    await vscode.commands.executeCommand('closeMarkersNavigation');
  });

  it('2. hovering "around 12,000" in 003 names the other sources and links to them', async () => {
    const { doc, editor } = await show(F003);
    const figure = rangeOf(doc, 'around 12,000');
    const pos = figure.start.translate(0, 'around 1'.length);
    const hovers = await waitFor('a Crosscheck hover on "around 12,000"', async () => {
      const h = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos);
      return h && /Crosscheck/.test(hoverText(h)) ? h : undefined;
    });
    const md = hoverText(hovers);
    for (const other of ['000', '002']) assert.ok(md.includes(other), `hover does not name ${other}:\n${md}`);
    assert.match(md, /\]\(file:\/\/[^)]+#L\d+,\d+\)/, `hover has no link to a file location:\n${md}`);
    assert.match(md, /15,000|15\\,000/, `hover does not show the 15,000 figure:\n${md}`);
    // Each source's sentence with its figure in bold; the verdict adds only the size of the difference.
    assert.match(md, /\| [^|]*\*\*some 15\\?,000 troops\*\*[^|]* \| ✗ conflicts \(25% higher\) \|/, `no marked sentence or plain verdict:\n${md}`);
    assert.ok(!/conflicts — /.test(md), `the verdict repeats the note:\n${md}`);

    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(figure, vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover', { focus: 'autoFocusImmediately' });
    // The problem's own hover comes first and Crosscheck's table of sources below it: once the
    // harness has seen the table rendered (first picture), scroll to it and take the real one.
    const table = '.monaco-hover:not(.hidden) .markdown-hover table';
    if (await screenshot('hover', table)) {
      await vscode.commands.executeCommand('editor.action.goToBottomHover');
      await screenshot('hover', table);
    }
    await vscode.commands.executeCommand('editor.action.hideHover');
  });

  it('3. the Conflicts panel groups the Thursday/Friday and troop-number conflicts', async () => {
    await api.whenIdle();
    const tree = api.conflictsTree;
    const top = tree.getChildren();
    const claims = top.filter((n) => n.kind === 'claim');
    assert.ok(claims.length >= 2, `only ${claims.length} conflict groups`);
    // Each group is labelled by what it is about and the values in play, not by a mention's words.
    const labels = claims.map((n) => n.group.label);
    assert.ok(labels.some((l) => /^troops sent · 15,000 ×\d+ · /.test(l) && /12,000/.test(l)), labels.join('\n'));
    assert.ok(labels.some((l) => / · Friday ×\d+ · Thursday$/.test(l)), labels.join('\n'));
    const rank = { error: 0, warning: 1, information: 2, hint: 3 };
    for (let i = 1; i < claims.length; i++) assert.ok(rank[claims[i - 1].group.severity] <= rank[claims[i].group.severity], 'not sorted by severity');
    const says = (n) => [n.group.claim.text, ...n.group.sources.map((s) => s.text)].join(' | ');
    const dates = claims.find((n) => /Thursday/.test(says(n)) && /Friday/.test(says(n)));
    assert.ok(dates, `no Thursday/Friday group in:\n${claims.map(says).join('\n')}`);
    const troops = claims.find((n) => /troops/.test(says(n)) && /15,000/.test(says(n)) && /12,000/.test(says(n)));
    assert.ok(troops, `no troop-number group in:\n${claims.map(says).join('\n')}`);
    for (const g of [dates, troops]) {
      const kids = tree.getChildren(g);
      assert.ok(kids.length >= 2, `group "${g.group.claim.text}" has ${kids.length} sources`);
      assert.ok(kids.every((k) => k.kind === 'source'));
      const item = tree.getTreeItem(g);
      assert.strictEqual(item.label, g.group.label);
      assert.ok(item.accessibilityInformation && item.accessibilityInformation.label.includes(g.group.label), 'no label for screen readers');
      // Selecting the group opens its first mention.
      assert.deepStrictEqual(item.command.arguments, [g.group.first.uri, g.group.first.range]);
      assert.ok(tree.getTreeItem(kids[0]).command, 'source node opens nothing');
    }

    // Grouped by document: each document with the disagreements it takes part in.
    await vscode.commands.executeCommand('crosscheck.groupBy', 'document');
    const docs = tree.getChildren();
    const d003 = docs.find((n) => n.kind === 'document' && n.name === F003);
    assert.ok(d003, `no node for 003 in ${docs.map((n) => n.name || n.kind).join(', ')}`);
    assert.ok(tree.getChildren(d003).some((n) => n.kind === 'claim' && /^troops sent/.test(n.group.label)));
    await vscode.commands.executeCommand('crosscheck.groupBy', 'subject');
    assert.ok(tree.getChildren().some((n) => n.kind === 'claim'));

    await vscode.commands.executeCommand('workbench.view.extension.crosscheck');
    await vscode.commands.executeCommand('crosscheck.conflicts.focus');
    await widePanel(true);
    await tree.select(troops.group);
    // A Playwright selector (the harness uses frame.$): a tree row of the troop-number group.
    await screenshot('panel', '.monaco-list-row:has-text("troops sent")');
    await widePanel(false);
  });

  it('5. editing "on Thursday" to "on Friday" (unsaved) clears the diagnostic; reverting brings it back', async () => {
    const { doc } = await show(F003);
    await waitFor('the Thursday diagnostic before editing', () => thursdayDiagnostic(doc));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, rangeOf(doc, 'on Thursday'), 'on Friday');
    assert.ok(await vscode.workspace.applyEdit(edit), 'edit not applied');
    assert.ok(doc.isDirty, 'document not dirty after the edit');
    try {
      await waitFor('the Thursday diagnostic to disappear', () => !ours(doc.uri).some((d) => d.message.includes('Thursday')));
      await api.whenIdle();
      assert.ok(!ours(doc.uri).some((d) => d.message.includes('Thursday')), 'Thursday diagnostic came back while edited');
    } finally {
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await waitFor('003 to be reverted', () => !doc.isDirty && doc.getText().includes('on Thursday'), 10000);
    }
    await waitFor('the Thursday diagnostic after reverting', () => thursdayDiagnostic(doc));
    await api.whenIdle();
  });

  it('5b. code actions come from the server: open each source (run by VS Code), ignore the claim, forget it again', async () => {
    const { doc } = await show(F003);
    const diag = await waitFor('the Thursday diagnostic', () => thursdayDiagnostic(doc));
    const actions = await waitFor('code actions on "on Thursday"', async () => {
      const a = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, diag.range);
      return a && a.some((x) => x.title === 'Ignore this claim') ? a : undefined;
    });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Ignore this claim in .crosscheck.json'), titles.join(', '));
    const open = actions.find((a) => /^Open 00[0-4]_/.test(a.title));
    assert.ok(open, `no action opens a source: ${titles.join(', ')}`);
    assert.strictEqual(open.command.command, 'crosscheck.openLocation');
    await vscode.commands.executeCommand(open.command.command, ...open.command.arguments);
    await waitFor('the source to open', () => vscode.window.activeTextEditor && OTHERS.includes(base(vscode.window.activeTextEditor.document.uri)));
    assert.match(vscode.window.activeTextEditor.document.getText(vscode.window.activeTextEditor.selection), /Friday/);
    await show(F003);
    const ignore = actions.find((a) => a.title === 'Ignore this claim');
    await vscode.commands.executeCommand(ignore.command.command, ...ignore.command.arguments);
    await api.whenIdle();
    await waitFor('the ignored claim to lose its diagnostic', () => !thursdayDiagnostic(doc));
    await vscode.commands.executeCommand('crosscheck.clearIgnored');
    await api.whenIdle();
    await waitFor('the diagnostic back once ignored claims are forgotten', () => thursdayDiagnostic(doc));
  });

  it('4. Compare sources on 003 opens the webview with claims from several sources', async () => {
    const { doc } = await show(F003);
    assert.strictEqual(vscode.window.activeTextEditor && base(vscode.window.activeTextEditor.document.uri), F003);
    await vscode.commands.executeCommand('crosscheck.compareSources');
    // The panel retitles itself ("Compare: 003_…") once the server has answered.
    await waitFor('the compare webview tab titled after 003', () => webviewTabs().find((t) => /crosscheck\.compare/.test(t.input.viewType) && /003/.test(t.label)));
    const data = await waitFor('compare data for 003', () => {
      const d = api.compareData();
      return d && d.documents.length === 1 && d.documents[0].uri === doc.uri.toString() ? d : undefined;
    });
    const claims = data.documents[0].claims;
    assert.ok(claims.length >= 3, `only ${claims.length} claims`);
    const multi = claims.filter((c) => new Set(c.sources.map((s) => s.uri)).size >= 2);
    assert.ok(multi.length >= 2, 'fewer than two claims have several sources');
    const thursday = claims.find((c) => /Thursday/.test(c.text));
    assert.ok(thursday && thursday.sources.length >= 3, 'Thursday claim lacks its Friday sources');
    const troops = claims.find((c) => /12,000/.test(c.text));
    assert.ok(troops && new Set(troops.sources.map((s) => s.uri)).size >= 3, 'troop figure lacks its sources');

    await screenshot('compare', 'section.claim table');
  });

  it('7. bad input: skipped files are named with their reason; UTF-16 and Windows-1252 sources are compared', async () => {
    await api.whenIdle();
    const tree = api.conflictsTree;
    const skipped = Object.fromEntries(tree.skippedFiles().map((f) => [base(vscode.Uri.parse(f.uri)), f.reason]));
    assert.match(skipped['photo.txt'] || '', /binary/, JSON.stringify(skipped));
    assert.match(skipped['huge.txt'] || '', /larger than/, JSON.stringify(skipped));
    const notices = tree.getChildren().find((n) => n.kind === 'notices');
    assert.ok(notices && tree.getChildren(notices).length >= 2, 'the panel shows no notices for skipped files');
    // The UTF-16 file (BOM, CR line endings) opens decoded, and its figure conflicts with the seeds'.
    const { doc } = await show('inbox/wire-utf16.txt');
    const diag = await waitFor('a diagnostic on the UTF-16 figure', () => ours(doc.uri).find((d) => doc.getText(d.range).includes('12,000')));
    assert.strictEqual(doc.getText(diag.range), 'about 12,000 North Korean troops');
    assert.ok((diag.relatedInformation || []).some((r) => base(r.location.uri).startsWith('000_')), 'no related seed source');
    // The Windows-1252 file stays closed: the server decodes it from disk, and its figure (inside
    // curly quotes that exist only in Windows-1252) is one of the sources of the troop numbers.
    const related = (diag.relatedInformation || []).map((r) => base(r.location.uri));
    assert.ok(related.includes('legacy-1252.txt'), `the Windows-1252 source is not compared: ${related.join(', ')}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('8. documents: a PDF, a Word file, a web page and a transcript are compared; their places open as the extracted text at the page or time', async () => {
    await api.whenIdle();
    const { documents } = await api.client.sendRequest('crosscheck/documents');
    const byName = Object.fromEntries(documents.map((d) => [d.name, d]));
    for (const name of ['documents/briefing.pdf', 'documents/notes.docx', 'documents/article.html', 'documents/interview.vtt']) {
      assert.ok(byName[name], `${name} not indexed: ${Object.keys(byName).join(', ')}`);
      assert.ok(byName[name].uri.startsWith('crosscheck-source:'), `${name} has uri ${byName[name].uri}`);
    }
    const skipped = Object.fromEntries(api.conflictsTree.skippedFiles().map((f) => [path.basename(f.path), f.reason]));
    assert.match(skipped['scan.pdf'] || '', /without a text layer/, JSON.stringify(skipped));
    assert.match(skipped['locked.pdf'] || '', /encrypted/, JSON.stringify(skipped));
    assert.match(skipped['bomb.docx'] || '', /unpacks to more than it declares/, JSON.stringify(skipped));

    // The hover on 003's figure names the PDF's page and links through the open command.
    const { doc } = await show(F003);
    const figure = rangeOf(doc, 'around 12,000');
    const hovers = await waitFor('a hover naming briefing.pdf', async () => {
      const h = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, figure.start.translate(0, 8));
      return h && /briefing\\?\.pdf/.test(hoverText(h)) ? h : undefined;
    });
    const md = hoverText(hovers);
    const link = /\[documents\\\/briefing\\\.pdf, p\\\. 2\]\(command:crosscheck\.openLocation\?([^)\s]+)\)/.exec(md);
    assert.ok(link, `no link to briefing.pdf, p. 2 in:\n${md}`);
    const [uri, range] = JSON.parse(decodeURIComponent(link[1]));
    await vscode.commands.executeCommand('crosscheck.openLocation', uri, range);
    const editor = await waitFor('the extracted text of briefing.pdf', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.scheme === 'crosscheck-source' && /briefing\.pdf$/.test(e.document.uri.path) ? e : undefined;
    });
    assert.strictEqual(editor.document.getText(editor.selection), 'about 11,000 North Korean troops');
    assert.ok(
      editor.document.getText().includes('Intelligence agencies, which have tracked the deployment since it began, now suggest that Russia has about 11,000 North Korean troops,'),
      `the sentence that runs from page 1 to page 2 is not whole:\n${editor.document.getText()}`,
    );
    // The extracted text has the document's diagnostics and hovers.
    const view = editor.document;
    const onFigure = await waitFor('a diagnostic on the PDF’s figure', () => ours(view.uri).find((d) => view.getText(d.range) === 'about 11,000 North Korean troops'));
    assert.ok((onFigure.relatedInformation || []).some((r) => base(r.location.uri) === F003), 'the PDF’s figure is not related to 003');
    const viewHover = await waitFor('a hover in the extracted text', async () => {
      const h = await vscode.commands.executeCommand('vscode.executeHoverProvider', view.uri, onFigure.range.start.translate(0, 7));
      return h && /003/.test(hoverText(h)) ? h : undefined;
    });
    assert.match(hoverText(viewHover), /\]\(file:\/\/[^)]+003_840ff912861451bc\.txt#L\d+,\d+\)/);
    const at = onFigure.range.start.translate(0, 7);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('editor.action.showHover', { focus: 'autoFocusImmediately' });
    const table = '.monaco-hover:not(.hidden) .markdown-hover table';
    if (await screenshot('document', table)) {
      await vscode.commands.executeCommand('editor.action.goToBottomHover');
      await screenshot('document', table);
    }
    await vscode.commands.executeCommand('editor.action.hideHover');
    // Read-only: typing into it changes nothing.
    const before = editor.document.getText();
    await vscode.commands.executeCommand('type', { text: 'typed' });
    assert.strictEqual(editor.document.getText(), before, 'typing changed the extracted text');
    assert.ok(!editor.document.isDirty);

    // The Problems view's related locations and the panel name the page and the time.
    const related = ours(doc.uri).flatMap((d) => d.relatedInformation || []).filter((r) => r.location.uri.scheme === 'crosscheck-source');
    const pdf = related.find((r) => /briefing\.pdf$/.test(r.location.uri.path));
    assert.ok(pdf, `no related location in briefing.pdf: ${related.map((r) => r.message).join(' / ')}`);
    assert.match(pdf.message, /^p\. 2: /);
    assert.strictEqual(await textOf(pdf.location.uri, pdf.location.range), 'about 11,000 North Korean troops');
    await api.conflictsTree.refresh();
    const tree = api.conflictsTree;
    const places = tree.getChildren().filter((n) => n.kind === 'claim').flatMap((n) => [tree.getTreeItem(n), ...tree.getChildren(n).map((k) => tree.getTreeItem(k))]).map((i) => i.description);
    assert.ok(places.includes('documents/briefing.pdf, p. 2'), places.join(', '));
    assert.ok(places.some((p) => /^documents\/interview\.vtt 00:12:3\d$/.test(p)), places.join(', '));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('9. review: Next/Previous walk the disagreements; Mark as checked writes .crosscheck.json, quietens the diagnostic, lists it under Checked; Reopen undoes it', async () => {
    await api.whenIdle();
    const tree = api.conflictsTree;
    const order = tree.openGroups();
    assert.ok(order.length >= 3, `only ${order.length} open disagreements`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('crosscheck.conflicts.focus');
    const at = (g) => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === vscode.Uri.parse(g.first.uri).toString() && e.selection.start.line === g.first.range.start.line && e.selection.start.character === g.first.range.start.character;
    };
    const first = await vscode.commands.executeCommand('crosscheck.nextDisagreement');
    assert.strictEqual(first.label, order[0].label);
    await waitFor('the first disagreement open at its first mention', () => at(order[0]));
    const second = await vscode.commands.executeCommand('crosscheck.nextDisagreement');
    assert.strictEqual(second.label, order[1].label);
    await waitFor('the second disagreement open', () => at(order[1]));
    const back = await vscode.commands.executeCommand('crosscheck.previousDisagreement');
    assert.strictEqual(back.label, order[0].label);
    await waitFor('back at the first', () => at(order[0]));
    const keys = require(path.join(ROOT, 'package.json')).contributes.keybindings;
    assert.ok(keys.some((k) => k.command === 'crosscheck.nextDisagreement') && keys.some((k) => k.command === 'crosscheck.previousDisagreement'), 'no keybindings');

    // Mark the troop numbers as checked: 000's figure is right, with a note.
    const troops = order.find((g) => /^troops sent/.test(g.label));
    const node = tree.getChildren().find((n) => n.kind === 'claim' && n.group === troops);
    const file = vscode.Uri.joinPath(folder(), '.crosscheck.json');
    const rightPath = troops.first.path;
    const { doc } = await show(F003);
    const onFigure = () => ours(doc.uri).find((d) => doc.getText(d.range) === 'around 12,000 North Korean troops');
    assert.strictEqual((await waitFor('the troop diagnostic', onFigure)).severity, vscode.DiagnosticSeverity.Error);
    try {
      assert.strictEqual(await vscode.commands.executeCommand('crosscheck.markChecked', node, { right: rightPath, note: 'the agency figure is the latest' }), true);
      await api.whenIdle();
      const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
      assert.ok(Array.isArray(written.checked) && written.checked.length >= 3, JSON.stringify(written));
      assert.ok(written.checked.some((c) => c.file === F003 && c.text === 'around 12,000 North Korean troops'), JSON.stringify(written.checked));
      for (const c of written.checked) {
        assert.strictEqual(c.note, 'the agency figure is the latest');
        assert.strictEqual(c.right, path.basename(rightPath));
        assert.match(c.date, /^\d{4}-\d{2}-\d{2}$/);
      }
      const quiet = await waitFor('the troop diagnostic quietened to a hint', () => {
        const d = onFigure();
        return d && d.severity === vscode.DiagnosticSeverity.Hint ? d : undefined;
      });
      assert.match(quiet.message, /\(checked: the agency figure is the latest\)$/);
      const checkedNode = tree.getChildren().find((n) => n.kind === 'checked');
      assert.ok(checkedNode, 'no Checked node in the panel');
      const inChecked = tree.getChildren(checkedNode).find((n) => /^troops sent/.test(n.group.label));
      assert.ok(inChecked, 'the troop numbers are not under Checked');
      assert.match(tree.getTreeItem(inChecked).tooltip.value.replace(/&nbsp;/g, ' '), /is right — the agency figure is the latest/);
      assert.ok(!tree.openGroups().some((g) => /^troops sent/.test(g.label)), 'a checked disagreement is still walked');
      const rightRows = tree.getChildren(inChecked).map((k) => tree.getTreeItem(k)).filter((i) => /· right$/.test(i.description));
      assert.deepStrictEqual(rightRows.map((i) => i.label), ['some 15,000 troops'], 'the right source is not shown as right');
      await vscode.commands.executeCommand('crosscheck.conflicts.focus');
      await tree.select(inChecked.group);
      await widePanel(true);
      await screenshot('review', '.monaco-list-row:has-text("Checked")');
      await widePanel(false);

      await vscode.commands.executeCommand('crosscheck.reopen', inChecked);
      await api.whenIdle();
      await waitFor('the troop diagnostic back at full severity', () => {
        const d = onFigure();
        return d && d.severity === vscode.DiagnosticSeverity.Error;
      });
      assert.deepStrictEqual(JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))).checked, []);
    } finally {
      // The suite leaves the workspace as it found it.
      await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
      await api.whenIdle();
    }
  });

  it('10. Compare all sources: one row per disagreement, one column per source, number lines; Export report writes a standalone Markdown and HTML file', async () => {
    await api.whenIdle();
    await vscode.commands.executeCommand('crosscheck.compareAll');
    const data = await waitFor('the workspace report', () => api.reportData());
    assert.strictEqual(data.rows.length, api.conflictsTree.allGroups().length);
    const names = data.sources.map((s) => s.name);
    for (const f of [F003, ...OTHERS]) assert.ok(names.includes(f), `${f} is not a column: ${names.join(', ')}`);
    const troops = data.rows.find((r) => /^troops sent/.test(r.label));
    assert.ok(troops && troops.numberLine && troops.numberLine.marks.length >= 5, 'no number line for the troop numbers');
    const col = names.indexOf(F003);
    assert.strictEqual(troops.cells[col][0].sentence.marked, 'around 12,000 North Korean troops');
    await waitFor('the report tab', () => webviewTabs().find((t) => /crosscheck\.report/.test(t.input.viewType)));
    await screenshot('report', 'table.report tbody tr');

    const tmp = require('os').tmpdir();
    for (const ext of ['md', 'html']) {
      const target = vscode.Uri.file(path.join(tmp, `crosscheck-report-${process.pid}.${ext}`));
      try {
        const written = await vscode.commands.executeCommand('crosscheck.exportReport', target);
        assert.ok(written, 'nothing written');
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
        assert.match(text, /troops sent/);
        assert.ok(!/<script/i.test(text), `${ext} has a script`);
        if (ext === 'html') {
          assert.match(text, /<svg class="numberline"/);
          assert.match(text, /Content-Security-Policy" content="default-src 'none'/);
          assert.ok(!/__pwned|<img src=x/.test(text), 'hostile markup reached the HTML');
        } else {
          assert.match(text, /^# Crosscheck report/);
        }
      } finally {
        await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
      }
    }
  });

  it('11. first run: a walkthrough of the examples, the panel, a hover, the review and the report; a welcome view for a folder without sources', async () => {
    const pkg = require(path.join(ROOT, 'package.json'));
    const [walk] = pkg.contributes.walkthroughs;
    assert.deepStrictEqual(walk.steps.map((s) => s.id), ['examples', 'panel', 'hover', 'review', 'report']);
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const step of walk.steps) {
      for (const [, cmd] of step.description.matchAll(/\(command:([\w.]+)/g)) assert.ok(commands.has(cmd), `step ${step.id} runs ${cmd}, which does not exist`);
      if (step.media.image) assert.ok(require('fs').existsSync(path.join(ROOT, step.media.image)), `missing ${step.media.image}`);
    }
    const welcome = pkg.contributes.viewsWelcome.find((w) => /noSources/.test(w.when) && !/!crosscheck\.noSources/.test(w.when));
    assert.ok(welcome && /command:crosscheck\.openExamples/.test(welcome.contents), 'no welcome view for a folder without sources');
    // The examples are copied to the extension's storage, never into a workspace.
    const examples = await vscode.commands.executeCommand('crosscheck.openExamples', { open: false });
    const files = (await vscode.workspace.fs.readDirectory(examples)).map(([n]) => n).sort();
    assert.deepStrictEqual(files, ['draft.md', 'local-paper.md', 'wire-report.txt']);
    assert.ok(!examples.fsPath.startsWith(folder().fsPath), 'examples copied into the workspace');
    // Without the side bar the walkthrough shows each step's picture beside it.
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('crosscheck.walkthrough');
    await screenshot('walkthrough', '.gettingStartedContainer').catch((e) => console.log(`walkthrough screenshot: ${e.message}`));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.commands.executeCommand('workbench.view.extension.crosscheck');
  });

  it('6. hostile.md: compare view and hover carry no live markup from the document', async () => {
    const { doc } = await show('hostile.md');
    await api.whenIdle();
    assert.strictEqual(base(vscode.window.activeTextEditor.document.uri), 'hostile.md');
    await vscode.commands.executeCommand('crosscheck.compareSources');
    const data = await waitFor('compare data for hostile.md', () => {
      const d = api.compareData();
      return d && d.documents.length === 1 && d.documents[0].uri === doc.uri.toString() ? d : undefined;
    });
    const troops = data.documents[0].claims.find((c) => /15,000/.test(c.text));
    assert.ok(troops && troops.sources.length >= 2, 'hostile.md\'s 15,000 troops take no part in comparisons');
    await waitFor('the compare tab to show hostile.md', () => webviewTabs().find((t) => /hostile/.test(t.label)));

    const { compareHtml, makeNonce } = loadCompareHtml();
    const nonce = makeNonce();
    const html = compareHtml({ cspSource: 'https://webview.example', nonce, scriptUri: 'https://webview.example/compare.js', styleUri: 'https://webview.example/compare.css', data });
    assert.ok(!/<script>window/i.test(html) && !html.includes('__pwned=1</script>'), 'document <script> reached the HTML');
    assert.ok(!/<img\s+src=x/i.test(html), 'document <img> reached the HTML');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    assert.ok(csp, 'no CSP meta tag');
    csp[1] = csp[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    assert.match(csp[1], /default-src 'none'/);
    assert.ok(csp[1].includes(`'nonce-${nonce}'`), 'CSP has no nonce');
    assert.ok(!/unsafe-inline|unsafe-eval/.test(csp[1]), `CSP too loose: ${csp[1]}`);
    const scripts = html.match(/<script\b[^>]*>/g) || [];
    assert.strictEqual(scripts.length, 2);
    for (const s of scripts) assert.ok(s.includes(`nonce="${nonce}"`), `script without nonce: ${s}`);

    // The hover on the figure escapes document text and links only to file: URIs.
    const figure = rangeOf(doc, 'some 15,000 troops');
    const h = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, figure.start.translate(0, 6));
    const md = hoverText(h || []);
    // (Links into the documents' extracted text run our own open command, and only it.)
    assert.ok(!/<script|<img|\]\((javascript|command:(?!crosscheck\.openLocation\?))/i.test(md), `hover carries live markup:\n${md}`);
    // The compare view stays open for the harness's --check-hostile pass over every frame.
  });
});
