// The teacher pages' own form inputs (account and class-access forms are parsed by ../auth). Each
// parse answers `{ ok: true, value }` or the problem per field, as codes the page puts into words.
import * as v from 'valibot';
import { DueDate, type DueDateProblem } from './due-date';

export type Problems<Field extends string, Code extends string> = Partial<Record<Field, Code>>;
export type Parsed<T, Field extends string, Code extends string> =
	{ ok: true; value: T } | { ok: false; problems: Problems<Field, Code> };

/** The first message per top-level field of a failed parse (a code of `codes`, else the fallback). */
function problemsOf<Field extends string, Code extends string>(
	issues: readonly v.BaseIssue<unknown>[],
	codes: readonly Code[],
	fallback: Record<Field, Code>
): Problems<Field, Code> {
	const problems: Problems<Field, Code> = {};
	for (const issue of issues) {
		const key = issue.path?.[0]?.key;
		const field = (typeof key === 'string' && key in fallback ? key : undefined) as
			Field | undefined;
		if (field && !problems[field]) {
			const code = issue.message as Code;
			problems[field] = codes.includes(code) ? code : fallback[field];
		}
	}
	return Object.keys(problems).length > 0 ? problems : { ...fallback };
}

export type AssignmentField = 'item' | 'due';
export const ASSIGNMENT_PROBLEMS = [
	'item-unknown',
	'due-missing',
	'due-format',
	'due-past',
	'due-far'
] as const satisfies readonly ('item-unknown' | DueDateProblem)[];
export type AssignmentProblem = (typeof ASSIGNMENT_PROBLEMS)[number];
export interface AssignmentInput {
	itemKey: string;
	dueAt: Date;
}

/** An assignment form: an item key that must be in `known`, and a due date. */
export function parseAssignment(
	input: unknown,
	known: ReadonlySet<string>,
	now: Date
): Parsed<AssignmentInput, AssignmentField, AssignmentProblem> {
	const schema = v.object({
		item: v.pipe(
			v.string('item-unknown'),
			v.check((key) => known.has(key), 'item-unknown')
		),
		due: DueDate(now)
	});
	const result = v.safeParse(schema, input);
	if (result.success) {
		return { ok: true, value: { itemKey: result.output.item, dueAt: result.output.due } };
	}
	const fallback = { item: 'item-unknown', due: 'due-format' } as const;
	const problems = problemsOf<AssignmentField, AssignmentProblem>(
		result.issues,
		ASSIGNMENT_PROBLEMS,
		fallback
	);
	return { ok: false, problems };
}

/** Ids of the learners ticked in a form (`learner` repeated), at most `max`, each once. */
export function parseLearnerIds(values: readonly unknown[], max = 500): number[] {
	const ids = new Set<number>();
	for (const value of values.slice(0, max)) {
		if (typeof value === 'string' && /^\d{1,10}$/.test(value)) {
			const id = Number(value);
			if (id >= 1 && id <= 2 ** 31 - 1) ids.add(id);
		}
	}
	return [...ids];
}
