// An assignment's title and where to do it: a level's page, the first puzzle of a tier, a quiz
// round on one concept. An item the catalogue no longer has keeps its id as its title and no link.
import { findItem, type ItemRef } from '$lib/classroom/items';
import type { Text } from '$lib/levels';

export interface ItemView {
	title: Text;
	/** Path without the locale prefix, or null when the item is unknown. */
	path: string | null;
}

export function itemView(item: ItemRef): ItemView {
	const found = findItem(item.kind, item.id);
	if (!found) return { title: { en: item.id, ko: item.id }, path: null };
	switch (found.kind) {
		case 'level':
			return { title: found.title, path: `/play/${encodeURIComponent(found.id)}` };
		case 'puzzle': {
			const first = found.puzzles[0];
			return {
				title: found.title,
				path: first ? `/puzzles/${encodeURIComponent(first.id)}` : '/puzzles'
			};
		}
		case 'quiz':
			return {
				title: found.title,
				path: `/quiz/round?concept=${encodeURIComponent(found.id)}`
			};
	}
}
