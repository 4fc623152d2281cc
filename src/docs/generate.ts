// spec/ → docs/spec/: every generated page, path → content. Pure and deterministic: the same records
// give byte-identical output whatever order the files were read in.
import { coverageOf } from '../coverage/coverage.ts';
import { coverageBadge } from '../coverage/render.ts';
import { PLACEHOLDER_GRAMMAR } from '../sanitize/placeholders.ts';
import type { Repo } from '../spec/types.ts';
import { BADGE_PATH, byId, contextOf, compare, pageable, paths, type DocsOptions } from './context.ts';
import { coveragePage } from './coverage.ts';
import { flowPage } from './flow.ts';
import { fillRegion, GRAMMAR_END, GRAMMAR_START, renderGrammar } from './grammar.ts';
import { indexPage } from './index-page.ts';
import { NAV_END, NAV_START, renderNav } from './nav.ts';
import { enumPage, glossaryPage } from './reference.ts';
import { stanzaPage } from './stanza.ts';
import { techniquePage, techniquesIndex } from './technique.ts';

export { DOCS_DIR, BADGE_PATH, type DocsOptions } from './context.ts';

/** Every page under docs/spec/ and the coverage badge, keyed by path relative to the repository root. */
export function generateDocs(all: Repo, options: DocsOptions = {}): Map<string, string> {
  const repo = pageable(all);
  const ctx = contextOf(repo, options);
  // Over every stanza, as `wacrg coverage` counts them: the same numbers on the page and in the terminal.
  const report = coverageOf(byId(all.stanzas).map((s) => s.record));
  const files: [string, string][] = [
    [paths.index, indexPage(ctx, report)],
    [paths.coverage, coveragePage(ctx, report)],
    [BADGE_PATH, coverageBadge(report)],
    [paths.glossary, glossaryPage(ctx, repo.glossary)],
    [paths.techniques, techniquesIndex(ctx, report)],
    ...byId(repo.stanzas).map((l): [string, string] => [paths.stanza(l.record.id), stanzaPage(ctx, l)]),
    ...byId(repo.flows).map((l): [string, string] => [paths.flow(l.record.id), flowPage(ctx, l)]),
    ...byId(repo.enums).map((l): [string, string] => [paths.enumPage(l.record.id), enumPage(ctx, l)]),
    ...byId(repo.techniques).map((l): [string, string] => [paths.technique(l.record.id), techniquePage(ctx, l, report)]),
  ];
  return new Map(files.sort(([a], [b]) => compare(a, b)));
}

/**
 * The site's `repo_url` from the text of mkdocs.yml (a top-level `repo_url: https://…` line), which
 * the generated pages use to link to their source YAML; undefined when absent or not an https URL.
 */
export function repoUrlOf(mkdocs: string | undefined): string | undefined {
  const match = /^repo_url:[ \t]*(['"]?)(https:\/\/[^\s'"#]+)\1[ \t]*(?:#.*)?$/m.exec(mkdocs ?? '');
  return match?.[2];
}

/** A marked region of a hand-written file that `wacrg generate` fills. */
export interface GeneratedRegion {
  file: string;
  start: string;
  end: string;
  content: string[];
}

/**
 * The regions: the placeholder grammar on the sanitization page (from the scanner's own export) and
 * the Specification part of the MkDocs nav. Add a file here to have its region kept up to date.
 */
export function generatedRegions(repo: Repo): GeneratedRegion[] {
  return [
    { file: 'docs/sanitization.md', start: GRAMMAR_START, end: GRAMMAR_END, content: ['', ...renderGrammar(PLACEHOLDER_GRAMMAR), ''] },
    { file: 'mkdocs.yml', start: NAV_START, end: NAV_END, content: renderNav(pageable(repo)) },
    { file: 'README.md', start: GRAMMAR_START, end: GRAMMAR_END, content: ['', ...renderGrammar(PLACEHOLDER_GRAMMAR), ''] },
  ];
}

/** The files holding regions, as they should be, given their current text (missing → an error). */
export function fillRegions(regions: GeneratedRegion[], current: Map<string, string | undefined>): { files: Map<string, string>; errors: string[] } {
  const files = new Map<string, string>();
  const errors: string[] = [];
  for (const region of regions) {
    const text = files.get(region.file) ?? current.get(region.file);
    // A repository without this narrative file (another project's spec) simply has no region to fill;
    // a file that exists but lost its markers is an error.
    if (text === undefined) continue;
    const filled = fillRegion(text, region.start, region.end, region.content);
    if (filled.text === undefined) errors.push(`${region.file}: ${filled.error ?? 'cannot fill the region'}`);
    else files.set(region.file, filled.text);
  }
  return { files, errors };
}
