// Types of harness.mjs for the TypeScript tests.
export const REPO_ROOT: string;
export const DIST: string;
export interface Workspace {
  dir: string;
  files: { path: string; text: string }[];
  remove(): Promise<void>;
}
export function makeWorkspace(source?: string): Promise<Workspace>;
export function parseOutputs(text: string): Record<string, string>;
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}
export function runAction(options: {
  server: { url: string; fullName: string };
  workspace: string;
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  node?: string;
  dist?: string;
}): Promise<RunResult>;
export function formBody(values?: Partial<Record<'tag' | 'direction' | 'platform' | 'technique' | 'tools' | 'confidence' | 'raw' | 'decoded' | 'attributes' | 'provenance' | 'notes', string>>): string;
