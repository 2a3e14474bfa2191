import { describe, expect, it } from 'vitest';
import { backends } from '../testing/backends';
import { unique } from '../testing/fixtures';
import { useDatabase } from '../testing/use-database';
import * as teachers from './teachers';

describe.each(backends)('teachers on $name', (backend) => {
	const db = useDatabase(backend);

	it('creates a teacher and finds them by login, ignoring case and spaces', async () => {
		const login = `${unique('Ada')}@School.example`;
		const now = new Date('2025-03-01T09:00:00.000Z');
		const made = await teachers.create(db(), { login: ` ${login} `, passwordHash: 'h1', now });
		expect(made).toMatchObject({
			login: login.toLowerCase(),
			passwordHash: 'h1',
			createdAt: '2025-03-01T09:00:00.000Z'
		});
		expect(await teachers.findByLogin(db(), login.toUpperCase())).toEqual(made);
	});

	it('refuses a login that is taken in another case, keeping the first account', async () => {
		const login = `${unique('grace')}@school.example`;
		const first = await teachers.create(db(), { login, passwordHash: 'first' });
		expect(
			await teachers.create(db(), { login: login.toUpperCase(), passwordHash: 'x' })
		).toBeNull();
		expect((await teachers.findByLogin(db(), login))?.passwordHash).toBe('first');
		expect(first?.id).toBeGreaterThan(0);
	});

	it('finds nobody for an unknown login', async () => {
		expect(await teachers.findByLogin(db(), 'nobody@school.example')).toBeUndefined();
	});
});
