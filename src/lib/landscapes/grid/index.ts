// Loss grids of landscapes for drawing: computing them (in-process or in the landscape worker) and
// caching them by landscape id, version and resolution.
export { gridFor, gridJobFor, gridKey } from './grid-for';
export {
	createLandscapeGridHandler,
	refFor,
	resolveRef,
	type LandscapeRef,
	type LandscapeGridRequest,
	type LandscapeGridResponse
} from './protocol';
export { requestLandscapeGrid, type LandscapeWorker, type LandscapeRequestOptions } from './client';
export { memoryStore, indexedDbStore, type GridStore } from './store';
export { GridCache, inWorker, type ComputeGrid } from './GridCache';
