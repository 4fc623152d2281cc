// Where the Stanza capture issue form lives in a repository (issue-forms.md).
export const DEFAULT_TEMPLATE_PATH = '.github/ISSUE_TEMPLATE/stanza_capture.yml';
