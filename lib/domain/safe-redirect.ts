/**
 * A same-site path to go to after sign-in. Anything that could leave the site falls back:
 * absolute and protocol-relative URLs, backslashes (browsers read /\ as //) and control
 * characters (browsers strip tabs and newlines, so "/\t/evil" becomes "//evil").
 */
export function safeRedirectPath(value: string | string[] | undefined, fallback: string): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith('/') || path.startsWith('//')) return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(path)) return fallback;
  return path;
}
