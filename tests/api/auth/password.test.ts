import { describe, expect, test } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '../../../api/auth/password.ts';

describe('password hashing (scrypt)', () => {
  test('a hash verifies its own password and no other, and two hashes of one password differ (salted)', async () => {
    const first = await hashPassword('correct horse battery');
    const second = await hashPassword('correct horse battery');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('correct horse battery', first)).toBe(true);
    expect(await verifyPassword('correct horse batterY', first)).toBe(false);
  });

  test('a stored value this program did not write never verifies', async () => {
    for (const stored of ['', 'plain text', 'scrypt$1$2$3', 'bcrypt$a$b$c$d$e', 'scrypt$99999999$8$1$AAAA$AAAA']) expect(await verifyPassword('anything at all', stored)).toBe(false);
  });

  test('a new password is 10 to 200 characters', () => {
    expect(passwordProblem('short')).toBe('a password needs at least 10 characters');
    expect(passwordProblem('x'.repeat(201))).toBe('a password may have at most 200 characters');
    expect(passwordProblem('ten chars!')).toBeUndefined();
  });
});
