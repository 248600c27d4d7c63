import type { Problem } from './types';

/** The server answered with an error status; `problem` is its problem+json body when it sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem ?? { type: 'about:blank', title: `HTTP ${status}`, status };
  }
}

/** The request never got an answer: network down, DNS, CORS, proxy without a backend. */
export class ConnectionError extends Error {
  constructor(cause?: unknown) {
    super('Connection to the server failed', { cause });
    this.name = 'ConnectionError';
  }
}

export type ErrorKind =
  | 'forbidden'
  | 'notFound'
  | 'connection'
  | 'unavailable'
  | 'unauthorized'
  /** 409 for an outdated `version`: someone else saved first. */
  | 'stale'
  /** Any other 409: the change contradicts saved data (a taken code, an already active category). */
  | 'conflict'
  | 'validation'
  | 'other';

export const STALE_VERSION_PROBLEM = 'urn:opora:problem:stale-version';

export function errorKind(error: unknown): ErrorKind {
  if (error instanceof ConnectionError) return 'connection';
  if (!(error instanceof ApiError)) return 'other';
  switch (error.status) {
    case 400:
    case 422:
      return 'validation';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'notFound';
    case 409:
      return error.problem.type === STALE_VERSION_PROBLEM ? 'stale' : 'conflict';
    case 412:
      return 'stale';
    case 502:
    case 503:
    case 504:
      return 'unavailable';
    default:
      return 'other';
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

/**
 * Turns an openapi-fetch result into data or a thrown ApiError, so TanStack Query sees failures.
 * A network failure surfaces from openapi-fetch as a rejected promise and becomes ConnectionError.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    throw new ConnectionError(cause);
  }
  const { data, error, response } = result;
  if (!response.ok) {
    throw new ApiError(response.status, isProblem(error) ? error : undefined);
  }
  return data as T;
}
