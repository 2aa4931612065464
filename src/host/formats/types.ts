// What reading a PDF, Word file, saved web page or transcript gives: the text Crosscheck compares
// (and shows, read-only, in place of the file) and where its pages or spoken lines start in it.
// Pure data: shared by the readers, the worker that runs them, the server and the command line.

/** A spoken line of a transcript: where its words start in the text, when, and who speaks. */
export interface Cue {
  /** UTF-16 offset in the extracted text where the line's words start. */
  start: number;
  /** Seconds from the start of the recording. */
  seconds: number;
  /** "00:12:31" (hours always shown). */
  time: string;
  speaker?: string;
}

/** Where the places of an extracted text are: pages of a PDF, cues of a transcript. */
export interface Layout {
  /** The format it was read from. */
  format: DocumentFormat;
  /** Offset where each page starts (index 0 is page 1), ascending. */
  pages?: number[];
  /** Spoken lines in text order. */
  cues?: Cue[];
}

export interface Extracted extends Layout {
  text: string;
}

export interface Skipped {
  skipped: string;
  /** Skipped for the moment only (out of time or memory): worth reading again another time. */
  transient?: boolean;
}

export type ExtractResult = Extracted | Skipped;

export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'vtt' | 'srt';

export interface ExtractLimits {
  /** Longest text kept, in characters (crosscheck.maxFileSize): a longer one is skipped. */
  maxTextLength: number;
  /** Wall-clock time for one file, in milliseconds. */
  timeoutMs: number;
  /** Bytes an archive (docx) may unpack to, all entries together. */
  maxUnpackedBytes: number;
  /** Pages of a PDF read at most: a longer one is skipped. */
  maxPages: number;
  /** Heap of the worker that reads, in MB. */
  maxMemoryMb: number;
}

export const DEFAULT_LIMITS: ExtractLimits = {
  maxTextLength: 2 * 1024 * 1024,
  timeoutMs: 30_000,
  maxUnpackedBytes: 64 * 1024 * 1024,
  maxPages: 2000,
  maxMemoryMb: 512,
};

export function isSkipped(r: ExtractResult): r is Skipped {
  return typeof (r as Skipped).skipped === 'string';
}
