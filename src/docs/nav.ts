// The "Specification" part of mkdocs.yml's nav, generated so that a new stanza, flow, enum or
// technique appears in the site without anyone editing mkdocs.yml by hand.
import type { Repo } from '../spec/types.ts';
import { PART_CATEGORIES } from '../spec/vocabulary.ts';
import { byId, callOrder, paths } from './context.ts';
import { byOrder, CATEGORY_TITLES, partPaths } from './parts.ts';

export const NAV_START = '# spec-nav:start';
export const NAV_END = '# spec-nav:end';
/** Indentation of the region's entries: items of `- Specification:` in mkdocs.yml. */
const INDENT = '      ';

/** Nav paths are relative to docs/. */
function docPath(path: string): string {
  return path.slice('docs/'.length);
}

/** A YAML-safe nav entry: JSON strings are valid YAML double-quoted scalars. */
function entry(depth: number, title: string, path?: string): string {
  const indent = `${INDENT}${'    '.repeat(depth)}`;
  return path === undefined ? `${indent}- ${JSON.stringify(title)}:` : `${indent}- ${JSON.stringify(title)}: ${docPath(path)}`;
}

export function renderNav(repo: Repo): string[] {
  const lines = [entry(0, 'Overview', paths.index)];
  const group = (title: string, items: [string, string][]) => {
    if (items.length === 0) return;
    lines.push(entry(0, title));
    for (const [t, p] of items) lines.push(entry(1, t, p));
  };
  // Stanzas in call order (offer before accept), as the reference index lists them.
  const names = new Map(repo.stanzas.map((l) => [l.record.id, l.record.display_name]));
  group('Stanzas', callOrder(repo).map((id) => [names.get(id) ?? id, paths.stanza(id)]));
  group('Flows', byId(repo.flows).map((l) => [l.record.title, paths.flow(l.record.id)]));
  group('Enums', byId(repo.enums).map((l) => [l.record.title, paths.enumPage(l.record.id)]));
  group('Techniques', [['Which sees what', paths.techniques], ...byId(repo.techniques).map((l): [string, string] => [l.record.title, paths.technique(l.record.id)])]);
  // Today's kinds (formats-head.md), only when the repository has them.
  if (repo.parts.length > 0 || repo.flavors.length > 0) {
    lines.push(entry(0, 'Spec parts'), entry(1, 'By category', partPaths.index));
    for (const category of PART_CATEGORIES) {
      const parts = byOrder(repo.parts.filter((l) => l.record.category === category).map((l) => l.record));
      if (parts.length === 0) continue;
      lines.push(entry(1, CATEGORY_TITLES[category]));
      for (const p of parts) lines.push(entry(2, `${p.code} ${p.title}`, partPaths.part(p.category, p.id)));
    }
    lines.push(entry(1, 'Updates', partPaths.updates));
  }
  if (repo.flavors.length > 0) lines.push(entry(0, 'Flavors', partPaths.flavors));
  if (repo.contributors.length > 0) lines.push(entry(0, 'Contributors', partPaths.contributors));
  lines.push(entry(0, 'Glossary', paths.glossary), entry(0, 'Coverage', paths.coverage));
  return lines;
}


