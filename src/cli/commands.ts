// The names of the CLI's commands. src/cli/main.ts has one entry for each (its type says so), and the
// entry bin.ts uses them to name a run's code cache (src/boot/load-bundle.ts) without loading the CLI.
export const COMMAND_NAMES = ['validate', 'coverage', 'ingest', 'scan', 'generate', 'affected', 'corroborate'] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

/** Whether `name` is one of the CLI's commands. */
export function isCommandName(name: string | undefined): name is CommandName {
  return (COMMAND_NAMES as readonly (string | undefined)[]).includes(name);
}
