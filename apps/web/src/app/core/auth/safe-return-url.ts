/** Only same-site paths are followed after sign-in, never another origin ("//host", "/\\host"). */
export function safeReturnUrl(value: string | null | undefined): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/';
}
