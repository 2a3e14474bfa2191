// Words and numbers of the progress dashboard, shared by its grid, its filters and its summaries.
import { m } from '$lib/paraglide/messages';
import type { Mistake } from '$lib/classroom/dashboard';
import type { AnalysisKind } from '$lib/landscapes';
import type { MistakeId } from '$lib/puzzles';

export type Text = { en: string; ko: string };

/** One assignment as the dashboard's grid and summaries show it: a column of the grid. */
export interface Column {
	id: number;
	kind: 'level' | 'puzzle' | 'quiz';
	itemId: string;
	title: Text | null;
	due: string | null;
}

export const MISTAKE = {
	'fanout-not-summed': m.teacher_mistake_fanout_not_summed,
	'mul-swapped': m.teacher_mistake_mul_swapped,
	'max-wrong-branch': m.teacher_mistake_max_wrong_branch,
	'sign-slip': m.teacher_mistake_sign_slip,
	'sigma-not-derivative': m.teacher_mistake_sigma_not_derivative,
	'local-only': m.teacher_mistake_local_only,
	'upstream-only': m.teacher_mistake_upstream_only,
	'add-scaled': m.teacher_mistake_add_scaled,
	transposed: m.teacher_mistake_transposed,
	'step-wrong-way': m.teacher_mistake_step_wrong_way
} satisfies Record<MistakeId, () => string>;

export const ENDING = {
	'global-minimum': m.teacher_ending_global_minimum,
	'local-minimum': m.teacher_ending_local_minimum,
	saddle: m.teacher_ending_saddle,
	plateau: m.teacher_ending_plateau,
	oscillating: m.teacher_ending_oscillating,
	crawling: m.teacher_ending_crawling,
	diverged: m.teacher_ending_diverged,
	'left-map': m.teacher_ending_left_map,
	singular: m.teacher_ending_singular
} satisfies Record<AnalysisKind, () => string>;

/** A mistake in words (a missed quiz question is shown by its prompt instead). */
export function mistakeText(mistake: Mistake): string {
	switch (mistake.kind) {
		case 'puzzle':
			return MISTAKE[mistake.id]?.() ?? mistake.id;
		case 'level':
			return ENDING[mistake.id]?.() ?? mistake.id;
		case 'rejected':
			return m.teacher_mistake_rejected();
		case 'quiz':
			return mistake.id;
	}
}

/** A score 0..1 as a whole percentage in the page's language. */
export const percent = (score: number, locale: string): string =>
	new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(score);

export const STATUS = {
	done: m.teacher_progress_status_done,
	started: m.teacher_progress_status_started,
	'not-started': m.teacher_progress_status_not_started
};

export const KIND = {
	level: m.teacher_kind_level,
	puzzle: m.teacher_kind_puzzle,
	quiz: m.teacher_kind_quiz
};
