// Dates on the teacher pages. An instant (a join time, a code's expiry) is shown in UTC until the
// browser can show the reader's zone; a due date is a calendar day and is never shifted by a zone.
export function formatInstant(
	iso: string,
	locale: string,
	{ withTime = true, utc = false }: { withTime?: boolean; utc?: boolean } = {}
): string {
	return new Intl.DateTimeFormat(locale, {
		year: 'numeric',
		month: 'short',
		day: 'numeric',
		...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
		...(utc ? { timeZone: 'UTC' } : {}),
		...(utc && withTime ? { timeZoneName: 'short' } : {})
	}).format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD, or an instant whose first ten characters are one). */
export function formatDay(day: string, locale: string): string {
	return new Intl.DateTimeFormat(locale, {
		year: 'numeric',
		month: 'short',
		day: 'numeric',
		weekday: 'short',
		timeZone: 'UTC'
	}).format(new Date(`${day.slice(0, 10)}T12:00:00.000Z`));
}
