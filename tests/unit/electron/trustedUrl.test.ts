import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, devServerOrigin, isTrustedAppUrl } from '../../../main/electron/trustedUrl';

const DEV = 'http://localhost:5173/';

describe('isTrustedAppUrl', () => {
  it.each(['app://envelope/index.html', 'app://envelope/x', 'app://envelope/assets/index-abc.js?v=1#top', APP_ENTRY_URL])(
    'trusts the packaged app page %s',
    (url) => expect(isTrustedAppUrl(url)).toBe(true),
  );

  it.each([
    ['another app:// host', 'app://other/index.html'],
    ['a look-alike host', 'app://envelope.evil.example/index.html'],
    ['a port on the app host', 'app://envelope:8080/index.html'],
    ['credentials in the URL', 'app://user:pw@envelope/index.html'],
    ['a file: page', 'file:///home/me/out/renderer/index.html'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a web page', 'https://evil.example/'],
    ['an empty URL (a page that failed to load)', ''],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => expect(isTrustedAppUrl(url, DEV)).toBe(false));

  it('trusts the dev server only at its exact origin', () => {
    expect(isTrustedAppUrl('http://localhost:5173/src/main.tsx', DEV)).toBe(true);
    expect(isTrustedAppUrl('http://localhost:5174/', DEV)).toBe(false);
    expect(isTrustedAppUrl('http://127.0.0.1:5173/', DEV)).toBe(false);
    expect(isTrustedAppUrl('https://localhost:5173/', DEV)).toBe(false);
    expect(isTrustedAppUrl('http://localhost:5173@evil.example/', DEV)).toBe(false);
  });

  it('does not trust a loopback page when no dev server is running', () => {
    expect(isTrustedAppUrl('http://localhost:5173/')).toBe(false);
    expect(isTrustedAppUrl('http://127.0.0.1:5199/', 'http://127.0.0.1:5173')).toBe(false);
  });

  it('ignores a dev server variable that is not an http(s) URL', () => {
    expect(devServerOrigin('file:///tmp/')).toBeNull();
    expect(devServerOrigin('nonsense')).toBeNull();
    expect(isTrustedAppUrl('file:///tmp/index.html', 'file:///tmp/')).toBe(false);
  });
});
