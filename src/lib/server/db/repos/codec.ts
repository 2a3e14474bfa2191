// Conversions between the stored forms of schema.ts (0/1 flags, ISO text, JSON text) and the values
// the repositories hand out. One place, so both back ends read back exactly what was written.
import type { Flag, Instant, JsonText } from '../schema';

export const flag = (value: boolean): Flag => (value ? 1 : 0);
export const isSet = (value: number): boolean => value === 1;

export const instant = (date: Date): Instant => {
	if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date');
	return date.toISOString();
};

export const encodeJson = (value: unknown): JsonText => {
	const text = JSON.stringify(value);
	if (text === undefined) throw new TypeError('Value cannot be stored as JSON');
	return text;
};

export const decodeJson = (text: JsonText | null): unknown =>
	text === null ? null : (JSON.parse(text) as unknown);

/** An item a learner can be assigned and attempt: a level, puzzle or quiz, at one version. */
export interface ItemRef {
	kind: 'level' | 'puzzle' | 'quiz';
	id: string;
	version: number;
}
