/** Where the Stanza capture issue form lives in a spec repository (relative to its root). */
export const DEFAULT_TEMPLATE_PATH = '.github/ISSUE_TEMPLATE/stanza_capture.yml';
