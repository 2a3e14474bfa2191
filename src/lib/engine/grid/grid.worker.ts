// Web Worker entry for loss grids: wires the protocol handler to the worker global. A page creates
// it with `new Worker(new URL('./grid.worker.ts', import.meta.url), { type: 'module' })`.

import { createGridHandler, type GridRequest, type GridResponse } from './protocol';

/** The slice of the dedicated-worker global this file uses (no DOM types needed). */
interface WorkerScope {
	onmessage: ((event: { data: GridRequest }) => void) | null;
	postMessage(message: GridResponse, transfer?: ArrayBuffer[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createGridHandler((message, transfer) => scope.postMessage(message, transfer ?? []));
scope.onmessage = (event) => void handle(event.data);
