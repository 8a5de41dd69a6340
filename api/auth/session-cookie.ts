/** The cookie that carries a session's token. */
export const SESSION_COOKIE = 'ics_session';

/** The value of one cookie in a Cookie header, or undefined. Linear in the header's length. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/**
 * A Set-Cookie value for the session: HttpOnly (no script reads it),
 * SameSite=Strict (no other site's page sends it), Path=/; Secure when the
 * server is reached over HTTPS. An empty token with no lifetime clears it.
 */
export function sessionCookie(token: string, options: { maxAgeSeconds: number; secure: boolean }): string {
  const parts = [`${SESSION_COOKIE}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
