/** The object without its undefined fields, so a response leaves out what a record does not have (an unattributed version has no `savedBy`). */
export const definedFields = <T extends object>(object: T): T => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
