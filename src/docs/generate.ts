// spec/ → docs/spec/: every generated page, path → content. Pure and deterministic: the same records
// give byte-identical output whatever order the files were read in.
import { coverageOf } from '../coverage/coverage.ts';
import { coverageBadge } from '../coverage/render.ts';
import { PLACEHOLDER_GRAMMAR } from '../sanitize/placeholders.ts';
import type { Repo } from '../spec/types.ts';
import { BADGE_PATH, byId, contextOf, compare, pageable, paths, sourceLink, type DocsOptions } from './context.ts';
import { coveragePage } from './coverage.ts';
import { contributorsPage, flavorsPage } from './flavors.ts';
import { feedJson, partPage, partPaths, partsContext, partsIndex, updatesPage } from './parts.ts';
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
  const report = coverageOf(byId(all.stanzas).map((s) => s.record), byId(all.flavors).map((f) => f.record));
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
    ...todayPages(ctx, repo),
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

/**
 * The pages of today's kinds (formats-head.md), only for a repository that has them: a repository
 * in the first-release layout gets exactly the pages it got before.
 */
function todayPages(ctx: ReturnType<typeof contextOf>, repo: Repo): [string, string][] {
  const parts = byId(repo.parts);
  const flavors = byId(repo.flavors);
  const contributors = byId(repo.contributors);
  const pctx = { ...partsContext(parts, flavors, contributors), source: (file: string) => sourceLink(ctx, file) };
  const files: [string, string][] = [];
  if (parts.length > 0 || flavors.length > 0) {
    files.push([partPaths.index, partsIndex(pctx)], [partPaths.updates, updatesPage(pctx)], [partPaths.feed, feedJson(pctx)]);
    files.push(...parts.map((l): [string, string] => [partPaths.part(l.record.category, l.record.id), partPage(pctx, l)]));
  }
  if (flavors.length > 0) files.push([partPaths.flavors, flavorsPage(ctx, pctx, flavors, pctx.contributors)]);
  if (contributors.length > 0) files.push([partPaths.contributors, contributorsPage(ctx, pctx, contributors, flavors)]);
  return files;
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

function hasAnyMarker(text: string, region: GeneratedRegion): boolean {
  return text.split('\n').some((line) => line.trim() === region.start || line.trim() === region.end);
}

/** The files holding regions, as they should be, given their current text (missing → an error). */
export function fillRegions(regions: GeneratedRegion[], current: Map<string, string | undefined>): { files: Map<string, string>; errors: string[] } {
  const files = new Map<string, string>();
  const errors: string[] = [];
  for (const region of regions) {
    const text = files.get(region.file) ?? current.get(region.file);
    // A repository without this narrative file, or whose file has neither marker (another project's
    // spec, the group's own mkdocs.yml and README.md), simply has no region to fill: the file is left
    // alone. A file with one marker and not the other, or doubled markers, is an error.
    if (text === undefined || !hasAnyMarker(text, region)) continue;
    const filled = fillRegion(text, region.start, region.end, region.content);
    if (filled.text === undefined) errors.push(`${region.file}: ${filled.error ?? 'cannot fill the region'}`);
    else files.set(region.file, filled.text);
  }
  return { files, errors };
}
