// The only module that talks to GitHub.
export { createClient, type GitHubClient, type ClientOptions } from './client.ts';
export { getBaseHead, getBranchHead, getDefaultBranch, getFileText, gitBlobSha, type BranchHead } from './git.ts';
export { proposeFiles, versionOf, VERSION_TRAILER, type Proposal, type ProposalSpec } from './propose.ts';
export { addLabels, ensurePullRequest, findPullRequest, listPullRequestFiles, removeLabel, type PullRequestSpec } from './pulls.ts';
export { ACTIONS_APP, COMMENT_LIMIT, commentVersion, isOwnComment, listComments, tokenIdentity, upsertStickyComment, type BotIdentity, type StickyOptions } from './comments.ts';
export { getIssue, listOpenIssuesWithLabel, toIssue } from './issues.ts';
export { compareCommits, COMPARE_MAX_FILES } from './compare.ts';
export { upsertTrackingIssue, SECTION_BREAK, type TrackingResult, type TrackingSection } from './tracking.ts';
export { call, describeFailure, GitHubError, NOT_ACCESSIBLE, NOT_PERMITTED_TO_CREATE_PRS, opOn, statusOf, apiMessageOf, type Operation } from './errors.ts';
export { UnexpectedResponseError } from './check.ts';
export type * from './types.ts';
