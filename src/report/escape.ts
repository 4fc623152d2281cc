// Escaping for everything that goes into a comment, a pull request or the job summary. It lives
// here, once. Rules: user values go in code spans (fence longer than any backtick run in the value),
// which GitHub never links, so they stay exactly as typed: a maintainer can copy them. Text rendered
// as prose neutralises @mentions (zero-width joiner after `@`), HTML entities such as
// `&#64;`/`&commat;`, and `<`/`>` (so nobody can forge our hidden marker or close a `<details>`).
import { inlineCode } from '../text/code.ts';

/** GitHub's limit on comment and pull-request bodies, in characters. */
export const MAX_BODY = 65_536;

const ZWJ = '\u200d';

/** One line: CR/LF and other control characters become spaces (a value never spans lines here). */
function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}

/** Plain text inside Markdown: no mention, no entity, no HTML, no Markdown syntax survives. */
export function escapeText(value: string): string {
  return oneLine(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (c) => `\\${c}`)
    .replace(/@/g, `@${ZWJ}`);
}

/**
 * A user value as an inline code span: the fence is one backtick longer than the longest run in the
 * value, padded with a space when the value starts or ends with a backtick or a space. Nothing is
 * inserted: GitHub renders no mention, link or HTML inside code, so `@` stays as it is and a
 * maintainer who copies `call-offer:offer@call-id` gets exactly that. `|` is escaped so a value
 * cannot break a table row (GitHub removes the backslash inside a table's code span).
 */
export function codeSpan(value: string): string {
  return inlineCode(oneLine(value).replace(/\|/g, '\\|'));
}

/** Cuts a body to GitHub's limit, never inside a surrogate pair, with a visible note. */
export function capBody(body: string, max: number = MAX_BODY): string {
  if (body.length <= max) return body;
  const note = '\n\n_… truncated: the full report is in the job summary of the workflow run._\n';
  let end = max - note.length;
  const code = body.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return body.slice(0, end) + note;
}
