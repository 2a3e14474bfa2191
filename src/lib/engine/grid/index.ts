// Loss grids over 2-D slices, computed off the main thread (see grid.worker.ts).
export * from './jobs';
export * from './compute-grid';
export * from './protocol';
export * from './client';
