export function convertSchema(schema: unknown): unknown;
export function checkRequest(
  method: string,
  rawPath: string,
  query: URLSearchParams,
  body: unknown,
): { template: string | null; operationId: string | null; params: Record<string, string>; problems: string[] };
export function preloadOpenApi(): void;
