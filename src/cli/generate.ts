// wacrg generate: spec/ → docs/spec/ (+ the coverage badge and the generated regions of hand-written
// files). --check writes nothing and lists what is stale, missing or orphaned.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { DOCS_DIR, fillRegions, generateDocs, generatedRegions, repoUrlOf } from '../docs/generate.ts';
import { loadRepo } from '../spec/load.ts';
import { parse, readSpecRoot, type Output } from './io.ts';

export const usage = 'wacrg generate [--root DIR] [--check]';

export interface DocsState {
  missing: string[];
  stale: string[];
  extra: string[];
}

export async function generateCommand(args: string[], io: Output): Promise<number> {
  const { values } = parse(args, {
    root: { type: 'string', default: '.' },
    check: { type: 'boolean', default: false },
  });
  const { root, files } = await readSpecRoot(values.root);
  const { repo, problems } = loadRepo(files);
  // Docs from a half-loaded spec would silently drop pages: refuse, and point at the validator.
  const specProblems = problems.filter((p) => p.file.startsWith('spec/'));
  if (specProblems.length > 0) {
    io.err(`wacrg generate: ${specProblems.length} problem(s) in spec/ left records out; run wacrg validate and fix them first. Nothing was ${values.check ? 'checked' : 'written'}.`);
    return 1;
  }

  // The site's repo_url (mkdocs.yml) lets each page link to its source YAML.
  const repoUrl = repoUrlOf(await readText(root, 'mkdocs.yml'));
  const expected = generateDocs(repo, repoUrl === undefined ? {} : { repoUrl });
  const regions = generatedRegions(repo);
  const current = new Map<string, string | undefined>();
  for (const region of regions) current.set(region.file, await readText(root, region.file));
  const filled = fillRegions(regions, current);
  if (filled.errors.length > 0) {
    for (const error of filled.errors) io.err(`wacrg generate: ${error}`);
    return 1;
  }
  for (const [path, text] of filled.files) expected.set(path, text);

  const state = await compareWithDisk(root, expected);
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

  for (const path of [...state.missing, ...state.stale]) {
    const abs = inside(root, path);
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, expected.get(path) ?? '');
    io.err(`wrote ${path}`);
  }
  for (const path of state.extra) {
    await rm(inside(root, path));
    io.err(`removed ${path}`);
  }
  io.out(outOfDate === 0 ? `docs up to date: ${expected.size} generated files` : `${outOfDate} file(s) updated, ${expected.size} generated files`);
  return 0;
}

/** What differs between the expected files and the disk; extras are files under docs/spec/ nobody generates. */
export async function compareWithDisk(root: string, expected: Map<string, string>): Promise<DocsState> {
  const state: DocsState = { missing: [], stale: [], extra: [] };
  for (const [path, text] of expected) {
    const onDisk = await readText(root, path);
    if (onDisk === undefined) state.missing.push(path);
    else if (onDisk !== text) state.stale.push(path);
  }
  for (const path of await listFiles(root, DOCS_DIR)) if (!expected.has(path)) state.extra.push(path);
  state.extra.sort();
  return state;
}

/** An absolute path that must stay inside the root (paths are built from record ids). */
function inside(root: string, path: string): string {
  const abs = resolve(root, path);
  const rel = relative(root, abs);
  if (rel === '' || rel.startsWith('..') || resolve(root, rel) !== abs) throw new Error(`refusing to write outside the repository: ${path}`);
  return abs;
}

async function readText(root: string, path: string): Promise<string | undefined> {
  try {
    return await readFile(inside(root, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function listFiles(root: string, dir: string): Promise<string[]> {
  try {
    const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
