import { fromBase64 } from '../../../../shared/render/bytes';

/**
 * Getting an export to the user: a download (in Electron, Chromium's download asks where to
 * save it, as "Save as file…" does) or the clipboard (the async Clipboard API, in both shells).
 */
export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const bytes = fromBase64(base64);
  if (!bytes) throw new Error('the export came back damaged (not base64); try again');
  return new Uint8Array(bytes);
}

export function download(fileName: string, mimeType: string, bytes: Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click starts the download synchronously; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyPng(bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('this browser cannot put pictures on the clipboard; use Export and paste the file instead');
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([bytes], { type: 'image/png' }) })]);
}

export async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('this browser gives no access to the clipboard');
  await navigator.clipboard.writeText(text);
}
