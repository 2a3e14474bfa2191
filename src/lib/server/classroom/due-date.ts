// A due date as a teacher picks it in a date input (YYYY-MM-DD). The teacher's time zone is not
// known, so "not in the past" is judged leniently: a date is accepted while it is still that day
// or later somewhere on Earth (UTC−12). It is stored as the last instant of that day in UTC, so
// sorting by the stored instant sorts by date, and the date reads back unchanged (`dueDateOf`).
import * as v from 'valibot';

const DAY_MS = 86_400_000;
/** The earliest time zone in use (Baker Island, UTC−12). */
const EARLIEST_OFFSET_MS = 12 * 60 * 60 * 1000;
/** Further ahead than any school year needs: a typo like 20255 or 2205 is caught. */
export const MAX_YEARS_AHEAD = 2;

export type DueDateProblem = 'due-missing' | 'due-format' | 'due-past' | 'due-far';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A real calendar day (2025-02-30 is not): the date survives a round trip through Date. */
const isCalendarDay = (text: string) => {
	const date = new Date(`${text}T00:00:00.000Z`);
	return !Number.isNaN(date.getTime()) && isoDay(date) === text;
};

/** The earliest date a teacher anywhere could still call today. */
export const earliestDueDate = (now: Date): string =>
	isoDay(new Date(now.getTime() - EARLIEST_OFFSET_MS));

/** The latest date accepted. */
export const latestDueDate = (now: Date): string =>
	isoDay(new Date(now.getTime() + MAX_YEARS_AHEAD * 365 * DAY_MS));

/** The schema for one moment: messages are problem codes, which the page turns into words. */
export const DueDate = (now: Date) =>
	v.pipe(
		v.string('due-missing' satisfies DueDateProblem),
		v.trim(),
		v.nonEmpty('due-missing' satisfies DueDateProblem),
		v.regex(/^\d{4}-\d{2}-\d{2}$/, 'due-format' satisfies DueDateProblem),
		v.check(isCalendarDay, 'due-format' satisfies DueDateProblem),
		v.check((day) => day >= earliestDueDate(now), 'due-past' satisfies DueDateProblem),
		v.check((day) => day <= latestDueDate(now), 'due-far' satisfies DueDateProblem),
		v.transform((day) => new Date(`${day}T23:59:59.999Z`))
	);

/** The date a stored due instant stands for (YYYY-MM-DD). */
export const dueDateOf = (instant: string): string => instant.slice(0, 10);
