#!/usr/bin/env node
// `npm run demo`: the intake as a maintainer sees it, without GitHub. Starts the loopback fake of
// the GitHub REST API (the one the end-to-end tests use), seeds it with this repository's spec/,
// corpus/ and issue form, runs the committed dist/index.js on examples/issue-capture.json exactly as
// a runner would, then prints the pull request, its file and the comments. Runs on Node 22 and 24.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startFakeGitHub } from '../test/e2e/fake-github.mjs';
import { makeWorkspace, runAction } from '../test/e2e/harness.mjs';

const example = JSON.parse(await readFile(fileURLToPath(new URL('../examples/issue-capture.json', import.meta.url)), 'utf8'));
const rule = (title) => console.log(`\n${'─'.repeat(8)} ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);

const workspace = await makeWorkspace();
const [owner, repo] = String(example.repository.full_name).split('/');
const gh = await startFakeGitHub({ owner, repo, files: workspace.files, firstNumber: example.issue.number });
try {
  const issue = gh.addIssue({
    title: example.issue.title,
    body: example.issue.body,
    user: { login: example.issue.user.login, id: example.issue.user.id, type: 'User' },
    labels: example.issue.labels.map((l) => l.name),
  });
  const payload = { ...example, issue, repository: gh.repositoryJson() };
  console.log(`Issue #${issue.number} "${issue.title}" opened by @${issue.user.login}; running dist/index.js (intake)…`);
  const run = await runAction({ server: gh, workspace: workspace.dir, eventName: 'issues', payload });

  rule('action log');
  process.stdout.write(run.stdout.replace(/^::add-mask::.*\n/m, ''));
  if (run.stderr.trim() !== '') process.stdout.write(run.stderr);
  console.log(`exit code ${run.code}`);
  rule('outputs');
  for (const [name, value] of Object.entries(run.outputs)) console.log(`${name} = ${value}`);

  for (const pr of gh.pulls()) {
    rule(`pull request #${pr.number}`);
    console.log(`title:  ${pr.title}`);
    console.log(`branch: ${pr.head.ref} → ${pr.base.ref}`);
    console.log(`labels: ${pr.labels.map((l) => l.name).join(', ')}`);
    console.log('');
    console.log(pr.body);
    const files = gh.branchFiles(pr.head.ref);
    const base = gh.branchFiles(pr.base.ref);
    for (const [path, text] of files ?? []) {
      if (base?.get(path) === text) continue;
      rule(`file ${path}`);
      process.stdout.write(text);
    }
    for (const c of gh.comments(pr.number)) {
      rule(`comment by ${c.user.login} on pull request #${pr.number}`);
      console.log(c.body);
    }
  }
  for (const c of gh.comments(issue.number)) {
    rule(`comment by ${c.user.login} on issue #${issue.number}`);
    console.log(c.body);
  }
  rule('job summary');
  console.log(run.summary);
  rule('checks');
  console.log(`${gh.requests.length} API requests, ${gh.violations.length} OpenAPI violation(s)`);
  for (const v of gh.violations) console.log(`  ${v}`);
  process.exitCode = run.code === 0 && gh.violations.length === 0 ? 0 : 1;
} finally {
  await gh.close();
  await workspace.remove();
}
