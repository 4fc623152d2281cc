// The files `wacrg coverage --write` writes and `--check` compares, as one list. Pure: the caller
// reads the current README and writes or compares the result.
import { fillRegion } from '../docs/grammar.ts';
import type { CoverageReport } from './coverage.ts';
import { coverageBadge, coverageMarkdown } from './render.ts';

export const BADGE_START = '<!-- coverage-badge:start -->';
export const BADGE_END = '<!-- coverage-badge:end -->';

/**
 * The README badge: a static shields.io image (https://shields.io/badges/static-badge) with the
 * label, message and colour of docs/coverage-badge.json, linking to COVERAGE.md. Static, so it works
 * in any fork without knowing the repository's public URL. In the path `-` is written `--`, `_` `__`,
 * a space `_` and `%` `%25` (shields' escaping rules).
 */
export function readmeBadge(badgeJson: string): string {
  const badge = JSON.parse(badgeJson) as { label: string; message: string; color: string };
  const part = (text: string) => encodeURIComponent(text.replace(/-/g, '--').replace(/_/g, '__').replace(/ /g, '_'));
  const url = `https://img.shields.io/badge/${part(badge.label)}-${part(badge.message)}-${part(badge.color)}`;
  return `[![${badge.label}: ${badge.message}](${url})](COVERAGE.md)`;
}

/**
 * Every file `coverage --write` writes: [path relative to the root, full text]. COVERAGE.md and the
 * shields.io endpoint badge always; README.md only when `readme` (its current text) holds exactly one
 * pair of badge markers, whose content becomes the badge line. A README without markers is left alone.
 */
export function coverageFiles(report: CoverageReport, readme: string | undefined): [string, string][] {
  const badge = coverageBadge(report);
  const files: [string, string][] = [
    ['COVERAGE.md', coverageMarkdown(report, 'wacrg coverage --write')],
    ['docs/coverage-badge.json', badge],
  ];
  if (readme !== undefined && readme.includes(BADGE_START)) {
    const filled = fillRegion(readme, BADGE_START, BADGE_END, [readmeBadge(badge)]);
    if (filled.text !== undefined) files.push(['README.md', filled.text]);
  }
  return files;
}
