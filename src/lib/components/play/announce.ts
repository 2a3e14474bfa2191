// What the polite live region says every few steps: the step, the loss and which way the hiker
// moved, so a screen-reader user follows the descent without the picture.
import { m } from '$lib/paraglide/messages';
import type { StepRecord } from '$lib/optimizers';
import { formatSetting } from './format';

/** Say something every this many steps (and always at the end). */
export const ANNOUNCE_EVERY = 5;

/** "right and down", "left", "nowhere" — the move of a step in map directions. */
export function direction(record: StepRecord, names: readonly string[]): string {
	const [x, y] = names;
	const parts: string[] = [];
	const dx = record.after[x] - record.before[x];
	if (dx > 0) parts.push(m.dir_right());
	else if (dx < 0) parts.push(m.dir_left());
	if (y !== undefined) {
		const dy = record.after[y] - record.before[y];
		if (dy > 0) parts.push(m.dir_up());
		else if (dy < 0) parts.push(m.dir_down());
	}
	if (!parts.length) return m.dir_nowhere();
	return parts.join(m.dir_and());
}

/** One racer's latest step, in a sentence. */
export function stepSentence(label: string, record: StepRecord, names: readonly string[]): string {
	return m.announce_step({
		label,
		step: record.step,
		loss: formatSetting(record.loss),
		direction: direction(record, names)
	});
}
