// Types of test/documents.js (plain JavaScript, shared with the extension-host launcher).
export interface Turn {
  at: number;
  speaker?: string;
  text: string;
}
export const REPORT: string[];
export function reportPdf(paragraphs: string[], options?: { title?: string; linesPerPage?: number; width?: number; hyphenate?: string[] }): Promise<Buffer>;
export function scannedPdf(): Promise<Buffer>;
export function encryptedPdf(): Promise<Buffer>;
export function wordDocx(paragraphs: string[], table?: string[][]): Promise<Buffer>;
export function zipArchive(entries: { name: string; data: Buffer; declared?: number }[]): Buffer;
export function docxBomb(): Buffer;
export function newsPage(page: { title: string; paragraphs: string[]; charset?: string }): string;
export function interviewVtt(turns: Turn[]): string;
export function interviewSrt(turns: Turn[]): string;
