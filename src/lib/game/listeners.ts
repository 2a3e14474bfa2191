// Bookkeeping between the page's bus and the scene. Every listener the game adds goes through one
// ListenerBag, so destroy() removes them all (the bus's size returns to what it was), and a scene
// that finishes booting after destroy() adds none. The Inbox holds what the page sent before the
// scene could draw it (events sent while Phaser boots are not lost), keeping only what still matters.
import type { GameBus, GameEventName, GameEvents } from './events';

export class ListenerBag {
	private readonly offs: (() => void)[] = [];
	private closed = false;

	constructor(private readonly bus: GameBus) {}

	/** Listen to `type`; an exception in the handler is reported as game:error, never thrown. */
	on<K extends GameEventName>(type: K, handler: (payload: GameEvents[K]) => void): void {
		if (this.closed) return;
		this.offs.push(
			this.bus.on(type, (payload) => {
				try {
					handler(payload);
				} catch (error) {
					this.bus.emit('game:error', { message: errorMessage(error, type) });
				}
			})
		);
	}

	get size(): number {
		return this.offs.length;
	}

	get disposed(): boolean {
		return this.closed;
	}

	dispose(): void {
		this.closed = true;
		for (const off of this.offs.splice(0)) off();
	}
}

export function errorMessage(error: unknown, where: string): string {
	const text = error instanceof Error ? error.message : String(error);
	return `${where}: ${text}`;
}

/** The page → scene events. */
export const INBOUND = [
	'terrain:set',
	'descent:reset',
	'descent:step',
	'descent:finished',
	'ghost:set',
	'start:region',
	'view:zoom',
	'view:pan',
	'view:reset',
	'motion:set',
	'theme:set'
] as const satisfies readonly GameEventName[];

export type Inbound = (typeof INBOUND)[number];
export type Message = { [K in Inbound]: { type: K; payload: GameEvents[K] } }[Inbound];

/** What each event makes obsolete among the messages still waiting. */
const SUPERSEDES: Partial<Record<Inbound, readonly Inbound[]>> = {
	'terrain:set': ['terrain:set', 'descent:reset', 'descent:step', 'descent:finished', 'ghost:set'],
	'descent:reset': ['descent:reset', 'descent:step', 'descent:finished'],
	'ghost:set': ['ghost:set'],
	'start:region': ['start:region'],
	'motion:set': ['motion:set'],
	'theme:set': ['theme:set'],
	'view:reset': ['view:zoom', 'view:pan', 'view:reset']
};

/** Messages waiting for the scene, in order, without the ones a later message replaced. */
export class Inbox {
	private messages: Message[] = [];

	push(message: Message): void {
		const gone = SUPERSEDES[message.type] ?? [];
		this.messages = this.messages.filter((m) => !gone.includes(m.type));
		this.messages.push(message);
	}

	drain(): Message[] {
		return this.messages.splice(0);
	}

	get length(): number {
		return this.messages.length;
	}
}
