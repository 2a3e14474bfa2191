import { describe, expect, it } from 'vitest';
import { backends } from '../testing/backends';
import { aClass, aTeacher } from '../testing/fixtures';
import { useDatabase } from '../testing/use-database';
import * as assignments from './assignments';

describe.each(backends)('assignments on $name', (backend) => {
	const db = useDatabase(backend);

	it('lists a class’s assignments soonest due first, undated last', async () => {
		const teacher = await aTeacher(db());
		const c = await aClass(db(), teacher.id);
		const other = await aClass(db(), teacher.id);
		const level = (id: string) => ({ kind: 'level', id, version: 1 }) as const;
		const undated = await assignments.create(db(), { classId: c.id, item: level('w1-l3') });
		const late = await assignments.create(db(), {
			classId: c.id,
			item: { kind: 'puzzle', id: 'chain-2', version: 3 },
			dueAt: new Date('2025-06-02T08:00:00Z')
		});
		const soon = await assignments.create(db(), {
			classId: c.id,
			item: { kind: 'quiz', id: 'lr', version: 1 },
			dueAt: new Date('2025-06-01T08:00:00Z')
		});
		await assignments.create(db(), { classId: other.id, item: level('w1-l3') });
		const listed = await assignments.listByClass(db(), c.id);
		expect(listed.map((a) => a.id)).toEqual([soon!.id, late!.id, undated!.id]);
		expect(listed[1]).toEqual({
			id: late!.id,
			classId: c.id,
			item: { kind: 'puzzle', id: 'chain-2', version: 3 },
			dueAt: '2025-06-02T08:00:00.000Z',
			createdAt: late!.createdAt
		});
	});

	it('sets an item once per class and version', async () => {
		const c = await aClass(db(), (await aTeacher(db())).id);
		const item = { kind: 'level', id: 'w2-l1', version: 1 } as const;
		expect(await assignments.create(db(), { classId: c.id, item })).not.toBeNull();
		expect(await assignments.create(db(), { classId: c.id, item })).toBeNull();
		expect(
			await assignments.create(db(), { classId: c.id, item: { ...item, version: 2 } })
		).not.toBeNull();
		expect(await assignments.listByClass(db(), c.id)).toHaveLength(2);
	});
});
