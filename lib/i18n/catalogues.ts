import type { Locale } from './locale';

/** Each language's whole catalogue, loaded on the server only (pages pick from it, actions translate). */
export const catalogues: Record<Locale, () => Promise<{ default: Record<string, unknown> }>> = {
  id: () => import('./id.json'),
  en: () => import('./en.json'),
};
