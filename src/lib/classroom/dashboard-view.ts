// The dashboard's sorting and filtering, and the totals of a row: pure and light (no catalogue, no
// engine), so the page in the browser builds its links with the same code the server sorts with.
import type { Cell, Dashboard, DashboardAssignment, LearnerRow } from './dashboard';
import type { ItemKind } from './items';

/** The later of two instants (null: none). */
export const latest = (a: string | null, b: string | null) =>
	a === null || (b !== null && b > a) ? b : a;

/** A learner's totals over the cells shown. */
export function rowTotals(cells: readonly Cell[]) {
	return {
		done: cells.filter((c) => c.status === 'done').length,
		started: cells.filter((c) => c.status === 'started').length,
		overdue: cells.filter((c) => c.overdue).length,
		average: cells.length ? cells.reduce((s, c) => s + (c.score ?? 0), 0) / cells.length : null,
		lastActivity: cells.reduce<string | null>((t, c) => latest(t, c.lastActivity), null)
	};
}

// Sorting and filtering: what the teacher chose, read from the URL (so it works without
// JavaScript, survives a reload and is what the CSV export exports).

export const SORTS = ['name', 'done', 'average', 'activity', 'overdue'] as const;
export type SortKey = (typeof SORTS)[number] | `item-${number}`;
export const SHOWS = ['all', 'overdue', 'not-started', 'unfinished', 'finished'] as const;
export type Show = (typeof SHOWS)[number];
export const KINDS = ['all', 'level', 'puzzle', 'quiz'] as const;
export type KindFilter = (typeof KINDS)[number];

export interface View {
	sort: SortKey;
	/** Ascending or descending; each sort has the direction a teacher expects first. */
	dir: 'asc' | 'desc';
	/** Which learners. */
	show: Show;
	/** Which assignments (columns). */
	kind: KindFilter;
	/** Part of a display name (case-insensitive); empty: everyone. */
	q: string;
}

/** The direction a sort starts in: names A→Z, everything else most first. */
export const defaultDir = (sort: SortKey): View['dir'] => (sort === 'name' ? 'asc' : 'desc');

export const DEFAULT_VIEW: View = { sort: 'name', dir: 'asc', show: 'all', kind: 'all', q: '' };

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
	list.find((x) => x === value);

/** The view the URL asks for; anything unknown falls back to the default, never an error. */
export function parseView(params: URLSearchParams, assignmentIds: readonly number[]): View {
	const rawSort = params.get('sort');
	const itemSort = /^item-(\d{1,12})$/.exec(rawSort ?? '');
	const sort: SortKey =
		oneOf(SORTS, rawSort) ??
		(itemSort && assignmentIds.includes(Number(itemSort[1]))
			? (`item-${Number(itemSort[1])}` as const)
			: 'name');
	const dir = oneOf(['asc', 'desc'] as const, params.get('dir')) ?? defaultDir(sort);
	const show = oneOf(SHOWS, params.get('show')) ?? 'all';
	const kind = oneOf(KINDS, params.get('kind')) ?? 'all';
	const q = (params.get('q') ?? '').trim().slice(0, 60);
	return { sort, dir, show, kind, q };
}

/** The query string of a view, leaving out what is at its default. */
export function viewQuery(view: View): string {
	const params = new URLSearchParams();
	if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
	if (view.dir !== defaultDir(view.sort)) params.set('dir', view.dir);
	if (view.show !== 'all') params.set('show', view.show);
	if (view.kind !== 'all') params.set('kind', view.kind);
	if (view.q) params.set('q', view.q);
	const text = params.toString();
	return text ? `?${text}` : '';
}

const keep = (show: Show, row: LearnerRow): boolean => {
	switch (show) {
		case 'all':
			return true;
		case 'overdue':
			return row.overdue > 0;
		case 'not-started':
			return row.cells.every((c) => c.status === 'not-started');
		case 'unfinished':
			return row.done < row.cells.length;
		case 'finished':
			return row.cells.length > 0 && row.done === row.cells.length;
	}
};

const collator = new Intl.Collator(['ko', 'en'], { sensitivity: 'base', numeric: true });

/**
 * The dashboard as the view asks: columns of the chosen kind (row totals and item summaries
 * recomputed over them), learners filtered and sorted (ties by name, so the order is stable).
 */
export function arrange(dashboard: Dashboard, view: View): Dashboard {
	const columns = dashboard.assignments
		.map((assignment, index) => ({ assignment, index }))
		.filter(({ assignment }) => view.kind === 'all' || assignment.item.kind === view.kind);
	const needle = view.q.toLocaleLowerCase();
	const rows = dashboard.rows
		.map((row): LearnerRow => {
			const cells = columns.map(({ index }) => row.cells[index]);
			return { learner: row.learner, cells, ...rowTotals(cells) };
		})
		.filter((row) => keep(view.show, row))
		.filter((row) => !needle || row.learner.displayName.toLocaleLowerCase().includes(needle));
	const sign = view.dir === 'asc' ? 1 : -1;
	const byName = (a: LearnerRow, b: LearnerRow) =>
		collator.compare(a.learner.displayName, b.learner.displayName) || a.learner.id - b.learner.id;
	const itemIndex = view.sort.startsWith('item-')
		? columns.findIndex(({ assignment }) => `item-${assignment.id}` === view.sort)
		: -1;
	const value = (row: LearnerRow): number | string | null => {
		switch (view.sort) {
			case 'name':
				return null;
			case 'done':
				return row.done;
			case 'average':
				return row.average;
			case 'activity':
				return row.lastActivity;
			case 'overdue':
				return row.overdue;
			default: {
				if (itemIndex < 0) return null;
				const cell = row.cells[itemIndex];
				// Not started sorts below any score, started-without-a-score just above it.
				return cell.score ?? (cell.status === 'not-started' ? -2 : -1);
			}
		}
	};
	rows.sort((a, b) => {
		if (view.sort === 'name') return sign * byName(a, b);
		const va = value(a);
		const vb = value(b);
		// A learner with nothing to sort by goes last whichever the direction.
		if (va === null || vb === null)
			return (va === null ? 1 : 0) - (vb === null ? 1 : 0) || byName(a, b);
		const order = typeof va === 'string' ? va.localeCompare(String(vb)) : va - (vb as number);
		return sign * order || byName(a, b);
	});
	return {
		assignments: columns.map((c) => c.assignment),
		rows,
		items: columns.map(({ index }) => dashboard.items[index])
	};
}

/** Kinds that occur among the assignments, for the filter (only offered when there is a choice). */
export function kindsOf(assignments: readonly DashboardAssignment[]): ItemKind[] {
	return (['level', 'puzzle', 'quiz'] as const).filter((k) =>
		assignments.some((a) => a.item.kind === k)
	);
}
