/** An RFC 9457 problem as the API sends it; every field may be missing from a proxy's error. */
export interface Problem {
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: { path: string; message: string }[];
  requestId?: string;
}

/** A failed API call, carrying the server's problem so pages can say what went wrong. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string | undefined {
    return this.problem.code;
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'title' in value && 'status' in value;
}

/** Turns whatever a failed response carried into an ApiError. */
export function toApiError(body: unknown, response: Response): ApiError {
  if (isProblem(body)) return new ApiError(body);
  return new ApiError({ title: response.statusText || 'Request failed', status: response.status });
}

/** One line for people: the detail, and the first field problem when there is one. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const first = error.problem.errors?.[0];
  const detail = error.problem.detail ?? error.problem.title;
  return first ? `${detail} (${first.path}: ${first.message})` : detail;
}
