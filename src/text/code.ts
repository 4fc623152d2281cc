// Markdown code that no content can close early: the one implementation of the fence rule, for the
// generated docs and for bot comments alike.

/** Length of the longest run of backticks in `text` (a loop: no spread over thousands of matches). */
export function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = text.charCodeAt(i) === 96 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** One line of text as an inline code span whose fence is longer than any backtick run inside it. */
export function inlineCode(text: string): string {
  if (text === '') return '` `';
  const fence = '`'.repeat(longestBacktickRun(text) + 1);
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** The fence of a code block holding `text`: at least three backticks, longer than any run inside. */
export function blockFence(text: string): string {
  return '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
}
