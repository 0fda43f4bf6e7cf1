// Fetches the monitor chunk on first use (see monitorOperations.ts); webpack keeps it out of the add-in's bundle.

export const loadMonitor = () => import(/* webpackChunkName: "monitor" */ './monitorOperations');

export type MonitorModule = Awaited<ReturnType<typeof loadMonitor>>;
