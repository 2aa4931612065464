// Subtitles and transcripts (.vtt, .srt) → text, through media-captions (one parser for WebVTT
// and SRT that follows the W3C cue-text rules, so <v Speaker> voice tags come out as speakers and
// tags and entities are decoded rather than stripped by hand). Consecutive lines of one speaker
// become one paragraph, `Jane Doe said: “…”`: a transcript records what was said word for word,
// so its lines are quotations of their speaker and are compared as such (with who said them).
// Times stay out of the text, where their digits would read as figures; every cue keeps where
// its words start, so a place in the text maps back to its time.
import * as iconv from 'iconv-lite';
import { parseText, tokenizeVTTCue } from 'media-captions';
import type { VTTCue, VTTNode } from 'media-captions';
import { clock } from './locate';
import type { Cue, ExtractLimits, ExtractResult } from './types';

/** A paragraph is closed at a cue boundary past this length (quotations are looked for within 5,000). */
const MAX_TURN = 1500;

/** "JANE DOE:", "Jane Doe:", ">> Interviewer:" at the start of a line names its speaker. */
const NAMED = /^(?:>>\s*)?((?:\p{Lu}[\p{L}\p{M}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|van|von|bin|al)){0,3})\s*:\s+(\S.*)$/su;
/** ">>" alone: the speaker changes, unnamed. */
const CHANGE = /^>>\s*/;

/** "JANE DOE" → "Jane Doe", as the same speaker is written elsewhere; other names as given. */
function properName(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

interface Line {
  seconds: number;
  speaker?: string;
  words: string;
}

function textOf(nodes: VTTNode[]): { words: string; voice?: string } {
  let words = '';
  let voice: string | undefined;
  const walk = (list: VTTNode[]) => {
    for (const n of list) {
      if (n.type === 'text') words += n.data;
      else {
        if (n.type === 'v' && !voice && n.voice?.trim()) voice = n.voice.trim();
        if (n.type !== 'rt') walk(n.children); // ruby annotations are not words of the line
      }
    }
  };
  walk(nodes);
  return { words, voice };
}

/** Cues → spoken lines, each with its speaker (named in the cue, or carried on from the last). */
export function spokenLines(cues: VTTCue[]): Line[] {
  const out: Line[] = [];
  let speaker: string | undefined;
  for (const cue of cues) {
    const { words: raw, voice } = textOf(tokenizeVTTCue(cue));
    // SRT files carry ASS positioning codes ({\an8}) that are not words.
    let words = raw.replace(/\{\\[^}]*\}/g, '').replace(/\s+/g, ' ').trim();
    if (!words) continue;
    if (voice) speaker = properName(voice);
    else {
      const named = NAMED.exec(words);
      if (named) {
        speaker = properName(named[1]);
        words = named[2];
      } else if (CHANGE.test(words)) {
        speaker = undefined;
        words = words.replace(CHANGE, '');
      }
    }
    out.push({ seconds: cue.startTime, speaker, words });
  }
  return out;
}

/** Double quotation marks inside a line become single ones, so the line's own marks pair up. */
function inner(s: string): string {
  return s.replace(/[“”"]/g, (m, i: number) => {
    if (m === '“') return '‘';
    if (m === '”') return '’';
    return i === 0 || /[\s([{]/.test(s[i - 1]) ? '‘' : '’';
  });
}

export function layoutTranscript(lines: Line[]): { text: string; cues: Cue[] } {
  let text = '';
  const cues: Cue[] = [];
  let open: { speaker?: string; length: number } | undefined;
  const close = () => {
    if (open) text += '”\n\n';
    open = undefined;
  };
  for (const line of lines) {
    if (open && (open.speaker !== line.speaker || text.length - open.length > MAX_TURN)) close();
    if (!open) {
      text += line.speaker ? `${line.speaker} said: “` : '“';
      open = { speaker: line.speaker, length: text.length };
    } else text += ' ';
    cues.push({ start: text.length, seconds: line.seconds, time: clock(line.seconds), ...(line.speaker ? { speaker: line.speaker } : {}) });
    text += inner(line.words);
  }
  close();
  return { text, cues };
}

export async function extractTranscript(bytes: Uint8Array, format: 'vtt' | 'srt', limits: ExtractLimits): Promise<ExtractResult> {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    source = iconv.decode(Buffer.from(bytes), 'windows-1252'); // old subtitle files
  }
  source = source.replace(/^\ufeff/, '');
  // SRT files often lack the blank line at the end the parser waits for.
  const parsed = await parseText(source.endsWith('\n') ? source : source + '\n', { type: format, strict: false });
  const lines = spokenLines(parsed.cues);
  if (!lines.length) return { skipped: `${format === 'vtt' ? 'WebVTT' : 'SRT'} file without cues` };
  const { text, cues } = layoutTranscript(lines);
  if (text.length > limits.maxTextLength) return { skipped: `its text is longer than crosscheck.maxFileSize (${limits.maxTextLength} characters)` };
  return { format, text, cues };
}
