import { error } from '@sveltejs/kit';
import { LEVELS, WORLDS } from '$lib/levels';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	const index = LEVELS.findIndex((l) => l.id === params.level);
	if (index < 0) error(404, `There is no level "${params.level}"`);
	const level = LEVELS[index];
	const world = WORLDS.find((w) => w.id === level.world)!;
	return { level, world, next: LEVELS[index + 1] ?? null, number: world.levels.indexOf(level) + 1 };
};
