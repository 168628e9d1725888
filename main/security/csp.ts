/**
 * One Content-Security-Policy for both shells. No inline or remote scripts; styles allow
 * 'unsafe-inline' because React Flow positions nodes with inline style attributes.
 * connect-src 'self' lets the browser twin call its own /api.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
