// Who may do what on a shared server with sign-in on. The one place a role's
// rights are declared: routes name an action, and this table says which roles
// may take it.

/** A signed-in user's role. */
export type Role = 'viewer' | 'editor' | 'admin';

export const ROLES: readonly Role[] = ['viewer', 'editor', 'admin'];

/**
 * What a request does:
 * - `view`: read scenarios, runs, results and exports;
 * - `check`: validate a scenario without saving anything;
 * - `save`: create, import, duplicate or save a new version of a scenario;
 * - `run`: start a run or a comparison, cancel one's own;
 * - `deleteOwn`: delete (or cancel) a run one started;
 * - `deleteAny`: delete a scenario, or anyone's run.
 */
export type Action = 'view' | 'check' | 'save' | 'run' | 'deleteOwn' | 'deleteAny';

const RIGHTS: Readonly<Record<Role, readonly Action[]>> = {
  viewer: ['view', 'check'],
  editor: ['view', 'check', 'save', 'run', 'deleteOwn'],
  admin: ['view', 'check', 'save', 'run', 'deleteOwn', 'deleteAny'],
};

/** Whether a role may take an action. */
export function may(role: Role, action: Action): boolean {
  return RIGHTS[role].includes(action);
}

/** What a role may do, in words, for a refusal. */
export function describeRole(role: Role): string {
  switch (role) {
    case 'viewer':
      return 'a viewer may look at scenarios and runs and check scenarios, but not save, run or delete';
    case 'editor':
      return 'an editor may save scenarios and start runs, and delete or cancel only the runs they started';
    case 'admin':
      return 'an admin may do anything, including deleting scenarios and anyone’s runs';
  }
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
