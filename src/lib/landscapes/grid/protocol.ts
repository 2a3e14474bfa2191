// The landscape worker's protocol: the page names a landscape (registry id and version, or a typed
// formula and its bounds) instead of sending its data, and the worker rebuilds it (training a model
// landscape deterministically, memoised for later requests) and hands the engine's job to the
// engine's own grid handler, which does the progress messages, cancellation and transfer.
import { createGridHandler, type GridResponse, type Post } from '../../engine';
import { fromFormula } from '../formula';
import type { Bounds, Landscape } from '../types';
import { gridJobFor } from './grid-for';

export type LandscapeRef = { id: string; version: number } | { formula: string; bounds: Bounds };

export type LandscapeGridRequest =
	| { type: 'compute'; id: number; landscape: LandscapeRef; n: number }
	| { type: 'cancel'; id: number };

export type { GridResponse as LandscapeGridResponse };

/** How the page names `landscape` to a worker. */
export function refFor(landscape: Landscape): LandscapeRef {
	if (landscape.id.startsWith('formula:') && landscape.formula !== undefined)
		return { formula: landscape.formula, bounds: landscape.bounds };
	return { id: landscape.id, version: landscape.version };
}

/** The landscape a ref names; throws if the worker's copy has another version than the page's. */
export function resolveRef(ref: LandscapeRef, lookup: (id: string) => Landscape): Landscape {
	if ('formula' in ref) return fromFormula(ref.formula, ref.bounds);
	const landscape = lookup(ref.id);
	if (landscape.version !== ref.version) {
		throw new Error(
			`Landscape "${ref.id}" is version ${landscape.version} here, but version ${ref.version} was asked for`
		);
	}
	return landscape;
}

/** A request handler bound to `post`, resolving ids with `lookup` (the registry's `get`). */
export function createLandscapeGridHandler(
	post: Post,
	lookup: (id: string) => Landscape
): (request: LandscapeGridRequest) => Promise<void> {
	const engine = createGridHandler(post);
	return async (request) => {
		if (request?.type !== 'compute') return engine(request);
		let job;
		try {
			job = gridJobFor(resolveRef(request.landscape, lookup), request.n);
		} catch (e) {
			post({ type: 'error', id: request.id, message: e instanceof Error ? e.message : String(e) });
			return;
		}
		return engine({ type: 'compute', id: request.id, job });
	};
}
