import 'server-only';
import { API_URL } from '@/env';

/** The API answered with errors, or not at all: the page shows its error state, never empty data. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly codes: string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The web app's only caller of /graphql: one POST per operation, never cached across requests. */
export async function request<T>(
  query: string,
  variables: Record<string, unknown> = {},
  /** An editor's API token, for mutations; reads need none. */
  token?: string,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(API_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
      cache: 'no-store',
    });
  } catch (error) {
    throw new ApiError(`the API at ${API_URL} cannot be reached (${(error as Error).message})`);
  }
  const body = (await response.json().catch(() => null)) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  if (!body || body.errors?.length || !body.data) {
    const errors = body?.errors ?? [];
    throw new ApiError(
      errors.map((e) => e.message).join('; ') || `the API answered ${response.status}`,
      errors.map((e) => e.extensions?.code ?? 'UNKNOWN'),
    );
  }
  return body.data;
}
