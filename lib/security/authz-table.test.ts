import { describe, expect, it } from 'vitest';
import { ACTIONS, PAGES } from './authz-table';
import { ROLES } from './cast';
import { inlineServerActions, pagesAndRoutes, serverActions } from './enumerate';
import { outcomesOf } from './outcomes';

const TABLE = 'lib/security/authz-table.ts';

describe('the authorization matrix covers the code', () => {
  it('has a row for every exported server action', () => {
    const missing = serverActions().filter((key) => !(key in ACTIONS));
    expect(
      missing.map(
        (key) =>
          `server action ${key} has no row: add '${key}': ['<8 outcomes>', (f) => ({…})] to ACTIONS in ${TABLE}`,
      ),
    ).toEqual([]);
  });

  it('has a row for every page and route handler', () => {
    const missing = pagesAndRoutes().filter((key) => !(key in PAGES));
    expect(
      missing.map(
        (key) => `${key} has no row: add '${key}': ['<8 outcomes>', (f) => '/url'] to PAGES in ${TABLE}`,
      ),
    ).toEqual([]);
  });

  it('has no row for something that no longer exists', () => {
    const actions = new Set(serverActions());
    const pages = new Set(pagesAndRoutes());
    expect([
      ...Object.keys(ACTIONS).filter((k) => !actions.has(k)),
      ...Object.keys(PAGES).filter((k) => !pages.has(k)),
    ]).toEqual([]);
  });

  it('declares one known outcome per role in every row', () => {
    for (const [key, [outcomes]] of [...Object.entries(ACTIONS), ...Object.entries(PAGES)])
      expect(() => outcomesOf(outcomes), key).not.toThrow();
    expect(ROLES).toHaveLength(8);
  });

  it('finds no inline server action (every action lives in an actions module, where the matrix sees it)', () => {
    expect(inlineServerActions()).toEqual([]);
  });
});
