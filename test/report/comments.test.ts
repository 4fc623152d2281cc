import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CoverageReport, Tally } from '../../src/coverage/coverage.ts';
import {
  COMMENT_BUDGET,
  COMMENT_MAX_FINDINGS,
  intakeIssueAcceptedComment,
  intakeIssueRefusedComment,
  intakePullRequestBody,
  intakePullRequestComment,
  intakePullRequestHeldComment,
  intakePullRequestTitle,
} from '../../src/report/intake.ts';
import { reviewComment } from '../../src/report/review.ts';
import { intakeSummary, reingestPullRequestBody, reingestSummary } from '../../src/report/summary.ts';
import { INTAKE_MARKER, REVIEW_MARKER, type AcceptedView, type RefusedView } from '../../src/report/types.ts';
import type { Finding } from '../../src/sanitize/types.ts';

const finding: Finding = {
  rule: 'phone-jid',
  severity: 'block',
  field: 'raw-stanza',
  line: 1,
  column: 12,
  path: 'call@from',
  encoding: 'text',
  length: 11,
  message: 'a phone number as a JID user',
};

const accepted: AcceptedView = {
  issue: 12,
  path: 'corpus/captures/issue-12.yaml',
  branch: 'capture/issue-12',
  facts: { technique: 'baileys-instrumentation', direction: 'outgoing', confidence: 'probable', stanzaTag: 'call' },
  findings: [],
  committed: true,
  pullRequest: { number: 13, url: 'https://github.com/o/r/pull/13' },
};

function tally(confirmed: number, probable: number, total: number): Tally {
  return { confirmed, probable, speculative: total - confirmed - probable, unknown: 0, total, coverage: total === 0 ? 0 : (confirmed + 0.5 * probable) / total };
}
function report(t: Tally): CoverageReport {
  return { overall: t, byCategory: { signaling: t, keying: tally(0, 0, 0) }, byTechnique: { 'websocket-capture': t }, flavorCorroboration: { citing: 0, independent: 0 } };
}

const markerCount = (body: string, marker: string) => body.split(marker).length - 1;

test('sticky comments start with their marker, exactly once', () => {
  const refused: RefusedView = { issue: 12, status: 'rejected', findings: [finding], errors: [] };
  for (const body of [intakePullRequestComment(accepted), intakeIssueAcceptedComment(accepted), intakeIssueRefusedComment(refused), intakePullRequestHeldComment(refused)]) {
    assert.ok(body.startsWith(INTAKE_MARKER));
    assert.equal(markerCount(body, INTAKE_MARKER), 1);
  }
});

test('the pull request closes the issue and its title holds vocabulary values only', () => {
  assert.match(intakePullRequestBody(accepted), /^Closes #12$/m);
  assert.equal(intakePullRequestTitle(12, accepted.facts), 'capture: issue #12 (baileys-instrumentation)');
});

test('rejection: a findings table with rule, field, line, column, node path, length, and the leak guidance', () => {
  const body = intakeIssueRefusedComment({ issue: 12, status: 'rejected', findings: [finding], errors: [], label: 'status/needs-sanitization' });
  assert.match(body, /\| `phone-jid` \| block \| `raw-stanza` \| 1 \| 12 \| `call@from` \| text \| 11 chars \|/u);
  assert.match(body, /Delete revision from history/);
  assert.match(body, /rotate it, or log the device out and re-register it/);
  assert.match(body, /`status\/needs-sanitization`/);
});

test('rejection: error messages (which may quote typed text) are not repeated, only their fields', () => {
  const body = intakeIssueRefusedComment({ issue: 12, status: 'rejected', findings: [finding], errors: [{ field: 'stanza-tag', message: 'the Stanza tag field says "SECRETVALUE"' }] });
  assert.ok(!body.includes('SECRETVALUE'));
  assert.match(body, /1 other problem in `stanza-tag`/);
});

test('invalid: errors are listed, escaped, and cannot forge the marker or mention anyone', () => {
  const body = intakeIssueRefusedComment({
    issue: 12,
    status: 'invalid',
    findings: [],
    errors: [{ field: 'direction', message: `unknown value ${INTAKE_MARKER} @maintainers` }],
  });
  assert.equal(markerCount(body, INTAKE_MARKER), 1);
  assert.ok(!body.includes('@maintainers'));
  assert.match(body, /- `direction`: unknown value/);
  assert.match(body, /edit this issue/);
  assert.ok(!body.includes('Delete revision'));
});

test('an existing pull request is said to be left untouched', () => {
  const refused: RefusedView = { issue: 12, status: 'rejected', findings: [finding], errors: [], pullRequest: { number: 13, url: 'u' } };
  assert.match(intakeIssueRefusedComment(refused), /#13 still holds the earlier accepted version, untouched/);
  assert.match(intakePullRequestHeldComment(refused), /untouched/);
});

test('the intake comments do not change between a run that committed and a re-run that did not', () => {
  assert.equal(intakePullRequestComment(accepted), intakePullRequestComment({ ...accepted, committed: false }));
  assert.equal(intakeIssueAcceptedComment(accepted), intakeIssueAcceptedComment({ ...accepted, committed: false }));
});

test('review: verdict, escaped problems, coverage delta overall and by category/technique', () => {
  const body = reviewComment({
    pullNumber: 20,
    headSha: 'abcdef0123456789abcdef0123456789abcdef01',
    problems: [{ file: 'corpus/captures/x.yaml', line: 6, column: 13, path: 'confidence', message: 'must be one of <confirmed> @here' }],
    changedFiles: ['corpus/captures/x.yaml'],
    base: report(tally(0, 10, 20)),
    head: report(tally(0, 8, 20)),
  });
  assert.ok(body.startsWith(REVIEW_MARKER));
  assert.match(body, /❌ 1 problem in 1 file/);
  assert.match(body, /\| `corpus\/captures\/x\.yaml` \| 6 \| 13 \| `confidence` \|/);
  assert.ok(!body.includes('<confirmed>') && !body.includes('@here'));
  assert.match(body, /\| \*\*overall\*\* \| 20 \| 0 \| 8 \| 25\.0% \| 20\.0% \| -5\.0 \|/);
  assert.match(body, /By category \(1 changed\)/);
  assert.match(body, /By technique \(1 changed\)/);
});

test('summaries: counts and places only', () => {
  const s = intakeSummary({ issue: 12, result: 'rejected', actions: ['Nothing was written or pushed.'], findings: [finding], errorCount: 2 });
  assert.match(s, /issue #12 → rejected/);
  assert.match(s, /2 form or validation error/);
  const r = reingestSummary(
    {
      dryRun: false,
      branch: 'capture/reingest',
      committed: true,
      pullRequest: { number: 30, url: 'u' },
      entries: [
        { issue: 1, outcome: 'accepted', findings: 0, errors: 0, path: 'corpus/captures/issue-1.yaml' },
        { issue: 2, outcome: 'rejected', findings: 1, errors: 0 },
        { issue: 3, outcome: 'skipped', reason: 'no capture label', findings: 0, errors: 0 },
      ],
    },
    [],
  );
  assert.match(r, /\| #1 \| accepted \| 0 \| 0 \| `corpus\/captures\/issue-1\.yaml` \|/);
  assert.match(r, /\| #3 \| skipped \(no capture label\)/);
  assert.match(r, /3 issue\(s\): 1 accepted, 0 unchanged, 1 rejected, 0 invalid, 1 skipped/);
  const body = reingestPullRequestBody({ dryRun: false, branch: 'b', committed: true, entries: [{ issue: 1, outcome: 'accepted', findings: 0, errors: 0, path: 'p' }] });
  assert.match(body, /^Closes #1$/m);
});

test('rejection with 1,000 findings: what to do first, at most 100 rows with the count left out, under the budget', () => {
  const many: Finding[] = Array.from({ length: 1000 }, (_, i) => ({ ...finding, line: i + 1, path: `call/offer/${'deep/'.repeat(20)}enc` }));
  const body = intakeIssueRefusedComment({ issue: 12, status: 'rejected', findings: many, errors: [], summaryUrl: 'https://github.com/o/r/actions/runs/1' });
  assert.ok(body.length <= COMMENT_BUDGET, `${body.length} characters`);
  const rows = body.split('\n').filter((l) => l.startsWith('| `phone-jid` |')).length;
  assert.ok(rows > 0 && rows <= COMMENT_MAX_FINDINGS);
  assert.ok(body.indexOf('Delete revision from history') < body.indexOf('| rule |'));
  assert.ok(body.indexOf('rotate it') < body.indexOf('| rule |'));
  assert.match(body, new RegExp(`_${1000 - rows} more findings not shown here \\(${rows} of 1000 listed\\): the \\[job summary of the workflow run\\]\\(https://github\\.com/o/r/actions/runs/1\\) lists all of them\\._`));
  const summary = intakeSummary({ issue: 12, result: 'rejected', actions: [], findings: many, errorCount: 0 });
  assert.equal(summary.split('\n').filter((l) => l.startsWith('| `phone-jid` |')).length, 1000);
});
