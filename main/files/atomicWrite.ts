import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Make a directory's entries (a rename) durable. POSIX needs an fsync of the directory itself;
 * Windows cannot open a directory for syncing and commits renames with the file system journal.
 */
export function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flush a file's bytes to the disk before it is renamed into place. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Replace `path` with `content` so that, whatever happens, the file holds either its old bytes or
 * all the new ones: never zero bytes or a torn mix (the draw.io failure). Write a temporary file
 * beside it (same folder, so the rename cannot cross file systems), fsync it, rename it over the
 * target, then fsync the folder so the rename itself survives power loss. Content may come in
 * chunks; if producing or writing any chunk fails, the temporary file is removed and the target
 * is untouched.
 */
export async function atomicWriteFile(path: string, content: string | Iterable<string | Uint8Array>): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    try {
      // writeFile on a handle writes every byte from the current position (write may stop short).
      for (const chunk of typeof content === 'string' ? [content] : content) await handle.writeFile(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  syncDirectory(dir);
}

/**
 * atomicWriteFile for the store's synchronous paths (start-up, restore): the same temporary file,
 * fsync, rename and folder fsync, so a crash leaves the old file or the new one, never a torn one.
 */
export function atomicWriteFileSync(path: string, content: string): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx', mode: 0o644 });
    syncFile(temp);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  syncDirectory(dir);
}
