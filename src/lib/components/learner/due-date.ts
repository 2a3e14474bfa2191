// A due date as a learner reads it: date and time in their language, with the zone named, so the
// text is right both as the server writes it (UTC) and as the browser rewrites it (local time).
export function formatDue(iso: string, locale: 'en' | 'ko', timeZone?: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', {
		year: 'numeric',
		month: 'short',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone,
		timeZoneName: 'short'
	}).format(date);
}
