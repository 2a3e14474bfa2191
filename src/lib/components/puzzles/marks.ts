// How a checked field is marked: an icon and a word, never colour alone (WCAG 1.4.1).
import { m } from '$lib/paraglide/messages';
import type { FieldStatus } from '$lib/puzzles/types';

export const MARK_ICON: Record<FieldStatus, string> = {
	correct: '✓',
	wrong: '✗',
	unreadable: '?',
	empty: '…'
};

export function markText(status: FieldStatus): string {
	switch (status) {
		case 'correct':
			return m.puzzles_mark_correct();
		case 'wrong':
			return m.puzzles_mark_wrong();
		case 'unreadable':
			return m.puzzles_mark_unreadable();
		default:
			return m.puzzles_mark_empty();
	}
}
