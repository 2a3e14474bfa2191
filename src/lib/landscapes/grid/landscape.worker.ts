// Web Worker entry for landscape grids. A page creates it with
// `new Worker(new URL('./landscape.worker.ts', import.meta.url), { type: 'module' })` and talks to
// it through `requestLandscapeGrid` (./client). Model landscapes train here, off the main thread.
import { get } from '../index';
import { createLandscapeGridHandler, type LandscapeGridRequest } from './protocol';
import type { GridResponse } from '../../engine';

/** The slice of the dedicated-worker global this file uses (no DOM types needed). */
interface WorkerScope {
	onmessage: ((event: { data: LandscapeGridRequest }) => void) | null;
	postMessage(message: GridResponse, transfer?: ArrayBuffer[]): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createLandscapeGridHandler(
	(message, transfer) => scope.postMessage(message, transfer ?? []),
	get
);
scope.onmessage = (event) => void handle(event.data);
