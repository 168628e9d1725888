import { expect, test } from '@playwright/test';

// Issue 18, finding 4, from the browser itself: a request over the host's limit gets an answer
// that names the limit (Chromium reported a connection reset before), with the security headers.

test('a request over the body limit is answered 413 with the limit, not a reset', async ({ page }) => {
  await page.goto('/');
  const answer = await page.evaluate(async () => {
    const body = JSON.stringify({ id: 'x', document: 'x'.repeat(110_000_000) });
    try {
      const response = await fetch('/api/saveDesign', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      return { status: response.status, csp: response.headers.get('Content-Security-Policy'), text: await response.text() };
    } catch (err) {
      return { status: 0, csp: null, text: String(err) };
    }
  });
  expect(answer.status, answer.text).toBe(413);
  expect(JSON.parse(answer.text)).toMatchObject({ ok: false, error: { code: 'badRequest', message: expect.stringMatching(/this host accepts at most 100\.1 MB/) } });
  expect(answer.csp).toContain("default-src 'none'");
});
