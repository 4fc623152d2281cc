// wacrg generate: spec/ → docs/spec/ (+ the coverage badge and the generated regions of hand-written
// files). --check writes nothing and lists what is stale, missing or orphaned.
import { DOCS_DIR, fillRegions, generateDocs, generatedRegions, repoUrlOf } from '../docs/generate.ts';
import { listTree, openRoot, readTextInside, removeInside, resolveInside, writeTextAtomic, type Root } from '../fs/root.ts';
import { loadRepo } from '../spec/load.ts';
import { parse, readSpecRoot, ROOT_OPTION, type Output } from './io.ts';

export const usage = 'wacrg generate [--root DIR] [--check]';

export interface DocsState {
  missing: string[];
  stale: string[];
  extra: string[];
}

export async function generateCommand(args: string[], io: Output): Promise<number> {
  const { values } = parse(args, {
    ...ROOT_OPTION,
    check: { type: 'boolean', default: false },
  });
  const { root: rootDir, files } = await readSpecRoot(values.root, io);
  const root = openRoot(rootDir);
  const { repo, problems } = loadRepo(files);
  // Docs from a half-loaded spec would silently drop pages: refuse, and point at the validator.
  const specProblems = problems.filter((p) => p.file.startsWith('spec/'));
  if (specProblems.length > 0) {
    io.err(`wacrg generate: ${specProblems.length} problem(s) in spec/ left records out; run wacrg validate and fix them first. Nothing was ${values.check ? 'checked' : 'written'}.`);
    return 1;
  }

  // The site's repo_url (mkdocs.yml) lets each page link to its source YAML.
  const repoUrl = repoUrlOf(readTextInside(root, 'mkdocs.yml'));
  const expected = generateDocs(repo, repoUrl === undefined ? {} : { repoUrl });
  const regions = generatedRegions(repo);
  const current = new Map<string, string | undefined>();
  for (const region of regions) current.set(region.file, readTextInside(root, region.file));
  const filled = fillRegions(regions, current);
  if (filled.errors.length > 0) {
    for (const error of filled.errors) io.err(`wacrg generate: ${error}`);
    return 1;
  }
  for (const [path, text] of filled.files) expected.set(path, text);

  const state = compareWithDisk(root, expected);
  const outOfDate = state.missing.length + state.stale.length + state.extra.length;
  if (values.check) {
    for (const path of state.stale) io.out(`stale: ${path}`);
    for (const path of state.missing) io.out(`missing: ${path}`);
    for (const path of state.extra) io.out(`extra: ${path} (not generated from spec/: orphaned)`);
    if (outOfDate === 0) {
      io.out(`docs up to date: ${expected.size} generated files`);
      return 0;
    }
    io.out(`${outOfDate} file(s) out of date: run wacrg generate and commit the result`);
    return 1;
  }

  // Reading every page above already refused links out of the root; check the new paths too,
  // before the first write.
  for (const path of state.missing) resolveInside(root, path);
  for (const path of [...state.missing, ...state.stale]) {
    writeTextAtomic(root, path, expected.get(path) ?? '');
    io.err(`wrote ${path}`);
  }
  // Only files really inside docs/spec/ are removed: one reached through a link stays.
  for (const path of state.extra) io.err(removeInside(root, DOCS_DIR, path) ? `removed ${path}` : `left ${path}: reached through a link to another folder`);
  io.out(outOfDate === 0 ? `docs up to date: ${expected.size} generated files` : `${outOfDate} file(s) updated, ${expected.size} generated files`);
  return 0;
}

/**
 * What differs between the expected files and the disk; extras are files under docs/spec/ nobody
 * generates. Errors: RootLinkError for a page, or docs/spec/ itself, linked out of the root.
 */
export function compareWithDisk(root: Root, expected: Map<string, string>): DocsState {
  const state: DocsState = { missing: [], stale: [], extra: [] };
  for (const [path, text] of expected) {
    const onDisk = readTextInside(root, path);
    if (onDisk === undefined) state.missing.push(path);
    else if (onDisk !== text) state.stale.push(path);
  }
  for (const path of listTree(root, DOCS_DIR)) if (!expected.has(path)) state.extra.push(path);
  state.extra.sort();
  return state;
}
