import { readSeed } from '$lib/components/puzzles/seed-param';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ url }) => ({ seed: readSeed(url.searchParams.get('seed')) });
