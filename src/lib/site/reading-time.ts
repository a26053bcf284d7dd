import { countEnglishWords, countHanCharacters, parseMdx } from '../../../scripts/content/parse';

/**
 * Silent reading speed of Chinese prose, in Han characters per minute: the middle of the 300 to
 * 500 characters a minute usually quoted for adult readers of non-fiction. Technical prose with
 * formulas reads slower than a novel, so the book does not use the top of the range.
 */
export const HAN_CHARACTERS_PER_MINUTE = 400;

/**
 * Silent reading speed of English prose, in words per minute: 238 words a minute for
 * non-fiction, the mean of Brysbaert's meta-analysis of 190 studies (M. Brysbaert, "How many
 * words do we read per minute? A review and meta-analysis of reading rate", Journal of Memory
 * and Language 109, 2019, 104047).
 */
export const ENGLISH_WORDS_PER_MINUTE = 238;

export interface ReadingTime {
  /** Estimated reading time, seconds: characters / (characters/s) + words / (words/s). */
  readonly seconds: number;
  /** The same rounded to whole minutes for display, at least 1. */
  readonly minutes: number;
  readonly hanCharacters: number;
  readonly englishWords: number;
}

/**
 * Reading time of prose, t = C / 400 + W / 238 minutes, where C counts Han characters and W
 * English words (runs of Latin letters). A Chinese page is mostly C, an English page only W;
 * the Latin terms inside Chinese prose (P99, Kafka) count as words, as a reader reads them.
 * Assumes continuous silent reading: time spent on figures, formulas and widgets is not added.
 */
export function readingTime(prose: string): ReadingTime {
  if (typeof prose !== 'string') throw new RangeError('prose must be a string');
  const hanCharacters = countHanCharacters(prose);
  const englishWords = countEnglishWords(prose);
  const seconds =
    (hanCharacters / HAN_CHARACTERS_PER_MINUTE + englishWords / ENGLISH_WORDS_PER_MINUTE) * 60;
  return {
    seconds,
    minutes: Math.max(1, Math.round(seconds / 60)),
    hanCharacters,
    englishWords,
  };
}

/**
 * Reading time of an MDX chapter: its prose as the content checks measure it (front matter,
 * fenced code, math, tables, imports and JSX tags excluded; headings and the text inside
 * exercises included), then {@link readingTime}.
 */
export function readingTimeOfMdx(source: string): ReadingTime {
  return readingTime(parseMdx(source).prose);
}
