// The assignable items (src/lib/classroom/items.ts) as a teacher picks them: grouped (levels by
// world, then puzzle tiers, then quiz concepts), each with a form key `kind:id:version`.
import { assignableItems, type AssignableItem, type ItemRef } from '../../classroom/items';
import type { Text } from '../auth/messages';

export const itemKey = (item: ItemRef): string => `${item.kind}:${item.id}:${item.version}`;

const BY_KEY = new Map(assignableItems().map((item) => [itemKey(item), item] as const));

export const knownKeys = (): ReadonlySet<string> => new Set(BY_KEY.keys());

export const itemByKey = (key: string): AssignableItem | undefined => BY_KEY.get(key);

/** The title of an assigned item, or undefined when the catalogue no longer has it. */
export const titleOf = (item: ItemRef): Text | undefined => BY_KEY.get(itemKey(item))?.title;

export interface OptionGroup {
	/** The world's title for levels; the kind's name (from the page's messages) otherwise. */
	kind: AssignableItem['kind'];
	world?: Text;
	options: { key: string; title: Text }[];
}

/** The catalogue in the order of assignableItems(), one group per world, tier list and quiz list. */
export function optionGroups(): OptionGroup[] {
	const groups: OptionGroup[] = [];
	for (const item of assignableItems()) {
		const world = item.kind === 'level' ? item.world.title : undefined;
		const last = groups.at(-1);
		const option = { key: itemKey(item), title: item.title };
		if (last && last.kind === item.kind && last.world === world) last.options.push(option);
		else groups.push({ kind: item.kind, world, options: [option] });
	}
	return groups;
}
