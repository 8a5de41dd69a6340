import { describe, expect, test } from 'vitest';
import { fieldId, formatPath, getAt, isWithin, joinPath, parsePath, setAt } from '../../ui/src/builder/paths.ts';

describe('paths into a scenario', () => {
  test('parsePath and formatPath are inverse, as the validator writes paths', () => {
    const path = 'systems[0].organisations[2].cip.delivery';
    expect(parsePath(path)).toEqual(['systems', 0, 'organisations', 2, 'cip', 'delivery']);
    expect(formatPath(parsePath(path))).toBe(path);
    expect(parsePath('correlation.matrix[0][1]')).toEqual(['correlation', 'matrix', 0, 1]);
    expect(parsePath('')).toEqual([]);
  });

  test('joinPath joins keys, dotted keys and indices', () => {
    expect(joinPath('systems[0]', 'income.contract')).toBe('systems[0].income.contract');
    expect(joinPath('interventions', 2)).toBe('interventions[2]');
    expect(joinPath('', 'name')).toBe('name');
  });

  test('setAt creates what is missing, and undefined removes a key or an item', () => {
    const document: Record<string, unknown> = {};
    setAt(document, 'systems[0].organisations[0].cip.plan', 0.04);
    expect(document).toEqual({ systems: [{ organisations: [{ cip: { plan: 0.04 } }] }] });
    expect(getAt(document, 'systems[0].organisations[0].cip.plan')).toBe(0.04);
    setAt(document, 'systems[0].organisations[0].cip.plan', undefined);
    expect(getAt(document, 'systems[0].organisations[0].cip')).toEqual({});
    setAt(document, 'systems[0]', undefined);
    expect(document).toEqual({ systems: [] });
    setAt(document, 'nothing.here', undefined);
    expect(document).toEqual({ systems: [] });
    expect(() => setAt(document, '', 1)).toThrow(RangeError);
  });

  test('isWithin and fieldId', () => {
    expect(isWithin('a.b[1].c', 'a.b')).toBe(true);
    expect(isWithin('a.bc', 'a.b')).toBe(false);
    expect(fieldId('systems[0].organisations[1].cip.plan')).toBe('field-systems_0_organisations_1_cip_plan');
  });
});
