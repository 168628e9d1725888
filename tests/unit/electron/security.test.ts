import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installSecurityGuards } from '../../../main/electron/security';
import { app, FakeWebContents, navigationEvent, shell } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const DEV = 'http://localhost:5173';

/** A window's contents as the app guards it, packaged (no dev server) unless told otherwise. */
function guardedContents(devUrl?: string): FakeWebContents {
  app.removeAllListeners('web-contents-created');
  installSecurityGuards(devUrl);
  const contents = new FakeWebContents();
  app.emit('web-contents-created', {}, contents);
  return contents;
}

beforeEach(() => {
  shell.openExternal.mockClear();
  // Blocked navigations are logged; the tests assert on the events instead.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('navigation', () => {
  it.each(['will-navigate', 'will-redirect'])('%s to a foreign page is prevented', (eventName) => {
    const contents = guardedContents();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', DEV]) {
      const event = navigationEvent(url);
      contents.emit(eventName, event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
  });

  it('lets the app move within its own origin', () => {
    const contents = guardedContents();
    const event = navigationEvent('app://envelope/index.html#/designs/d1');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('lets the dev window reload from the dev server, and only from it', () => {
    const contents = guardedContents(DEV);
    const ours = navigationEvent(`${DEV}/`);
    const other = navigationEvent('http://localhost:5174/');
    contents.emit('will-navigate', ours);
    contents.emit('will-navigate', other);
    expect(ours.preventDefault).not.toHaveBeenCalled();
    expect(other.preventDefault).toHaveBeenCalled();
  });
});

describe('new windows', () => {
  it('are always denied', () => {
    const contents = guardedContents();
    for (const url of ['https://example.com/docs', 'app://envelope/index.html', 'file:///etc/passwd', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('send web links to the system browser, and nothing else', () => {
    const contents = guardedContents();
    for (const url of ['https://example.com/docs?q=1', 'http://example.org/']) contents.windowOpenHandler?.({ url });
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:/id', 'https://user:pw@example.com/', 'not a url']) {
      contents.windowOpenHandler?.({ url });
    }
    expect(shell.openExternal.mock.calls.map(([url]) => url)).toEqual(['https://example.com/docs?q=1', 'http://example.org/']);
  });
});

describe('webviews and permissions', () => {
  it('prevents attaching a <webview>', () => {
    const contents = guardedContents();
    const event = navigationEvent('https://evil.example/');
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('grants writing to the clipboard to the app itself and to nothing else', () => {
    const { session } = guardedContents();
    const ask = (url: string) => {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, 'clipboard-sanitized-write', callback, { requestingUrl: url });
      return callback.mock.calls[0]?.[0];
    };
    expect(ask('app://envelope/index.html')).toBe(true);
    expect(ask('https://evil.example/')).toBe(false);
    expect(session.permissionCheckHandler?.({}, 'clipboard-sanitized-write', 'app://envelope', {})).toBe(true);
    expect(session.permissionCheckHandler?.({}, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
  });

  it('denies every other permission request and check', () => {
    const { session } = guardedContents();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(session.permissionCheckHandler?.({}, permission, 'app://envelope', {})).toBe(false);
    }
  });
});

describe('the dev server CSP', () => {
  it('is only installed when a dev server is in use', () => {
    expect(guardedContents().session.headersListener).toBeUndefined();
  });

  it("replaces the dev server's CSP and leaves other responses alone", () => {
    const { session } = guardedContents(DEV);
    const answer = vi.fn();
    session.headersListener?.({ url: `${DEV}/index.html`, responseHeaders: { 'content-security-policy': ['default-src *'], 'content-type': ['text/html'] } }, answer);
    const headers = answer.mock.calls[0]?.[0].responseHeaders as Record<string, string[]>;
    expect(headers['content-type']).toEqual(['text/html']);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Security-Policy']?.[0]).toMatch(/default-src 'none'.*connect-src 'self' ws:\/\/localhost:5173/);

    const elsewhere = vi.fn();
    session.headersListener?.({ url: 'https://example.com/', responseHeaders: {} }, elsewhere);
    expect(elsewhere).toHaveBeenCalledWith({});
  });
});
