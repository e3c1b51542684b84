/** A small fetch wrapper for integration tests: JSON in, status and JSON out. */
import type { ApiErrorBody } from '@klasteris/contracts';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  cookie?: string;
  headers?: Record<string, string>;
}

export function apiClient(baseUrl: string) {
  const call = async <T = any>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.cookie) headers.cookie = options.cookie;
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.status, body: body as T, headers: response.headers };
  };
  return {
    get: <T = any>(path: string, options?: RequestOptions) => call<T>('GET', path, options),
    post: <T = any>(path: string, body?: unknown, options?: RequestOptions) =>
      call<T>('POST', path, { ...options, body }),
    patch: <T = any>(path: string, body?: unknown, options?: RequestOptions) =>
      call<T>('PATCH', path, { ...options, body }),
    put: <T = any>(path: string, body?: unknown, options?: RequestOptions) =>
      call<T>('PUT', path, { ...options, body }),
    delete: <T = any>(path: string, options?: RequestOptions) => call<T>('DELETE', path, options),
  };
}

/** The `name=value` pair of a Set-Cookie header, ready to send back. */
export function cookieFrom(headers: Headers, name: string): string | undefined {
  const all = headers.getSetCookie();
  const found = all.find((cookie) => cookie.startsWith(`${name}=`));
  return found?.split(';')[0];
}

/** The error body of a refused call, whatever the success type of the route. */
export const errorBody = (response: ApiResponse<unknown>) => response.body as ApiErrorBody;
