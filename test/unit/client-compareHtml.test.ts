import { strict as assert } from 'assert';
import { compareHtml, contentSecurityPolicy, jsonForScript, makeNonce } from '../../src/client/compareHtml';

describe('client compare view HTML', () => {
  const data = { documents: [{ name: '</script><script>alert(1)</script>', text: '<!-- & \u2028 -->' }] };
  const html = compareHtml({ cspSource: 'vscode-webview://x', nonce: 'abc123', scriptUri: 'vscode-webview://x/compare.js', styleUri: 'vscode-webview://x/compare.css', data });

  it('sets a strict CSP with the nonce', () => {
    assert.equal(contentSecurityPolicy('SRC', 'N'), "default-src 'none'; style-src SRC 'nonce-N'; script-src 'nonce-N'; img-src SRC data:");
    const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/);
    assert.equal(meta?.[1].replace(/&#39;/g, "'"), contentSecurityPolicy('vscode-webview://x', 'abc123'));
    assert.equal((html.match(/<script /g) ?? []).length, 2);
    for (const tag of html.match(/<script [^>]*>/g) ?? []) assert.ok(tag.includes('nonce="abc123"'), tag);
  });

  it('embeds document text as JSON that cannot close its script element', () => {
    const json = jsonForScript(data);
    assert.ok(!/[<>&\u2028]/.test(json));
    assert.deepEqual(JSON.parse(json), data);
    assert.equal((html.match(/<\/script>/g) ?? []).length, 2, 'only our own closing tags');
    assert.ok(!html.includes('alert(1)</script>'));
  });

  it('makes a fresh nonce each time', () => {
    assert.notEqual(makeNonce(), makeNonce());
    assert.match(makeNonce(), /^[A-Za-z0-9+/=]{20,}$/);
  });
});
