/**
 * Browser Files or ready byte arrays, as the ingest code takes them. Reading a File copies its
 * bytes into the heap of whoever reads it; the page hands big Files to the ingest worker
 * unread (a File clones without its bytes), so the ~100 MB copy happens off the main thread.
 */
import { MAX_FILE_BYTES } from './limits';
import type { InputFile } from './types';

/** True for an InputFile (a File has a `bytes()` method, not a `bytes` array). */
export function isInputFile(file: File | InputFile): file is InputFile {
  return (file as InputFile).bytes instanceof Uint8Array;
}

/** Size in bytes of a File or an InputFile, without reading it. */
export function byteSize(file: File | InputFile): number {
  return isInputFile(file) ? file.bytes.length : file.size;
}

/** Read browser Files into InputFiles. A file over the limit is not read: only its size is passed on. */
export async function toInputFiles(files: readonly (File | InputFile)[]): Promise<InputFile[]> {
  return Promise.all(
    files.map(async (file): Promise<InputFile> => {
      if (isInputFile(file)) return file;
      if (file.size > MAX_FILE_BYTES) return { name: file.name, bytes: new Uint8Array(0), size: file.size };
      return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    }),
  );
}
