import { describe, expect, it } from 'vitest';
import * as attempts from '../db/repos/attempts';
import { backends } from '../db/testing/backends';
import { aClass, aLearner, aTeacher } from '../db/testing/fixtures';
import { useDatabase } from '../db/testing/use-database';
import { BOM, CSV_COLUMNS, csvField, exportLearner, toCsv } from './export';

/** RFC 4180, read character by character: a reader independent of the writer under test. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted && c === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (quoted && c === '"') {
			quoted = false;
		} else if (quoted || (c !== '"' && c !== ',' && c !== '\r')) {
			field += c;
		} else if (c === '"') {
			quoted = true;
		} else if (c === ',') {
			row.push(field);
			field = '';
		} else {
			expect(text[i + 1], 'a CR starts a CRLF line break').toBe('\n');
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		}
	}
	expect(field, 'the file ends with a line break').toBe('');
	return rows;
}

describe('CSV fields', () => {
	it('quotes what needs quoting and defuses formulas', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('=1+1')).toBe("'=1+1");
		expect(csvField('-2')).toBe("'-2");
		expect(csvField(-2)).toBe('-2');
		expect(csvField(null)).toBe('');
	});
});

describe.each(backends)('learner export on $name', (backend) => {
	const db = useDatabase(backend);
	const T = (minute: number) => new Date(Date.UTC(2030, 0, 1, 9, minute));

	async function setUp(name: string) {
		const teacher = await aTeacher(db());
		const made = await aClass(db(), teacher.id, { name: '5-2, "수학"' });
		const learner = await aLearner(db(), made.joinCode, name);
		const other = await aLearner(db(), made.joinCode);
		const ref = { teacherId: teacher.id, classId: made.id, learnerId: learner.id };
		return { teacher, made, learner, other, ref };
	}

	it('holds everything stored about the learner, for their teacher only', async () => {
		const { made, learner, other, ref } = await setUp('<script>alert(1)</script>');
		const level = { kind: 'level', id: 'first-step', version: 2 } as const;
		const sent = [
			{
				item: level,
				submission: { seed: 7, start: { x: -1 } },
				result: { loss: 0.01 },
				score: 97,
				stars: 3,
				status: 'accepted' as const,
				now: T(2)
			},
			{
				item: { kind: 'puzzle', id: 'gates.mul', version: 1 } as const,
				submission: { answers: { 'v:1': '6' } },
				status: 'rejected' as const,
				reason: 'wrong-version',
				now: T(1)
			}
		];
		for (const attempt of sent) await attempts.insert(db(), { learnerId: learner.id, ...attempt });
		await attempts.insert(db(), {
			learnerId: other.id,
			item: level,
			submission: {},
			status: 'accepted'
		});
		const stranger = await aTeacher(db());
		expect(await exportLearner(db(), { ...ref, teacherId: stranger.id })).toBeUndefined();
		const otherClass = await aClass(db(), ref.teacherId);
		expect(await exportLearner(db(), { ...ref, classId: otherClass.id })).toBeUndefined();

		const data = await exportLearner(db(), ref, T(30));
		expect(data?.learner).toEqual({
			id: learner.id,
			displayName: '<script>alert(1)</script>',
			status: 'approved',
			joinedAt: learner.createdAt,
			class: { id: made.id, name: '5-2, "수학"' }
		});
		expect(data?.exportedAt).toBe(T(30).toISOString());
		// Oldest first: the rejected puzzle, then the level run with the server's result.
		expect(data?.attempts).toMatchObject([
			{
				item: sent[1].item,
				submission: sent[1].submission,
				result: null,
				score: null,
				status: 'rejected',
				reason: 'wrong-version',
				createdAt: T(1).toISOString()
			},
			{
				item: level,
				submission: sent[0].submission,
				result: { loss: 0.01 },
				score: 97,
				stars: 3,
				status: 'accepted',
				reason: null,
				createdAt: T(2).toISOString()
			}
		]);
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);

		const csv = toCsv(data!);
		expect(csv.startsWith(BOM)).toBe(true);
		const rows = parseCsv(csv.slice(BOM.length));
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		expect(rows).toHaveLength(3);
		const record = (row: string[]) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]]));
		expect(record(rows[2])).toEqual({
			learner_id: String(learner.id),
			display_name: '<script>alert(1)</script>',
			status: 'approved',
			joined_at: learner.createdAt,
			class_name: '5-2, "수학"',
			attempt_id: String(data!.attempts[1].id),
			item_kind: 'level',
			item_id: 'first-step',
			item_version: '2',
			attempt_status: 'accepted',
			score: '97',
			stars: '3',
			reason: '',
			attempted_at: T(2).toISOString(),
			submission_json: '{"seed":7,"start":{"x":-1}}',
			result_json: '{"loss":0.01}'
		});
		expect(record(rows[1])).toMatchObject({ item_id: 'gates.mul', score: '', result_json: '' });
	});

	it('exports a learner with no attempts as one row, and defuses a formula name', async () => {
		const { ref } = await setUp('=HYPERLINK("http://x")');
		const data = await exportLearner(db(), ref);
		expect(data?.attempts).toEqual([]);
		const rows = parseCsv(toCsv(data!).slice(BOM.length));
		expect(rows).toHaveLength(2);
		expect(rows[1][1]).toBe('\'=HYPERLINK("http://x")');
		expect(rows[1].slice(5).every((cell) => cell === '')).toBe(true);
	});
});
