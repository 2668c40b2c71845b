import { open } from 'node:fs/promises';

/** Larger files are refused before they are read: a program or a year's table is a few kilobytes, and a
 * file of this size is a mistake (a wrong export, a binary) that would only fill memory. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** How a file's bytes were read. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'shift_jis';

export type Decoded =
  { ok: true; text: string; encoding: TextEncoding } | { ok: false; problem: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Reads text as Excel in Japan saves it: UTF-8 with or without a byte-order mark ("CSV UTF-8"), or
 * Shift_JIS, in Microsoft's variant CP932 ("CSV (comma delimited)"). UTF-8 is tried first and strictly:
 * Japanese text in Shift_JIS is almost never valid UTF-8, while ASCII is both and reads the same either
 * way. WHATWG's `shift_jis` decoder is CP932 (it maps NEC and IBM extensions such as ① and ㈱).
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: 'the file is empty' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      problem: 'the file is UTF-16 ("Unicode text"); save it as CSV UTF-8 or CSV (Shift_JIS)',
    };
  }
  const bom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bom ? bytes.subarray(3) : bytes,
    );
    return { ok: true, text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not UTF-8: try Shift_JIS below.
  }
  if (bom)
    return { ok: false, problem: 'the file starts as UTF-8 but holds bytes that are not UTF-8' };
  try {
    return {
      ok: true,
      text: new TextDecoder('shift_jis', { fatal: true }).decode(bytes),
      encoding: 'shift_jis',
    };
  } catch {
    return {
      ok: false,
      problem: 'the bytes are neither UTF-8 nor Shift_JIS (CP932); save the file as CSV UTF-8',
    };
  }
}

/** Reads a file's bytes for import, refusing an oversized one by its size alone, before reading it. */
export async function readImportBytes(
  file: string,
  maxBytes = MAX_IMPORT_BYTES,
): Promise<{ ok: true; bytes: Buffer } | { ok: false; problem: string }> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    return { ok: false, problem: `cannot be read (${(error as NodeJS.ErrnoException).code})` };
  }
  try {
    const { size, isFile } = await handle
      .stat()
      .then((s) => ({ size: s.size, isFile: s.isFile() }));
    if (!isFile) return { ok: false, problem: 'is not a file' };
    if (size > maxBytes) {
      return {
        ok: false,
        problem: `is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxBytes / 1024 / 1024} MB per file (split it)`,
      };
    }
    return { ok: true, bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

/** Reads a text file for import: its bytes (within the limit), decoded. */
export async function readImportFile(
  file: string,
  maxBytes = MAX_IMPORT_BYTES,
): Promise<Decoded & { bytes?: number }> {
  const read = await readImportBytes(file, maxBytes);
  if (!read.ok) return read;
  return { ...decodeText(read.bytes), bytes: read.bytes.length };
}
