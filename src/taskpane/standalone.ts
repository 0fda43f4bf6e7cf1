// Standalone mode's file access. The xlsx adapter (about 100 kB with its package parts) is fetched only here,
// through a dynamic import, so the add-in that runs inside Excel never downloads it.

import type { XlsxFiles } from './session';

const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ './xlsxFiles');

export function browserFiles(): XlsxFiles {
  return {
    open: async (data) => (await loadXlsx()).openXlsx(data),
    demo: async () => (await loadXlsx()).demoWorkbook(),
    blank: async () => (await loadXlsx()).blankWorkbook(),
  };
}
