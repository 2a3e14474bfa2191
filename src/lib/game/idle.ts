// When the scene may sleep: after a few quiet frames (nothing animating, no pointer held, no event),
// so a paused game costs no CPU. The frames are counted, not timed, so the last change is always
// drawn before the loop stops. Pure; the scene calls game.loop.sleep() and wake() on its advice.

export class IdleClock {
	private quiet = 0;

	constructor(readonly quietFrames = 3) {}

	/** Something happened: stay awake for at least `quietFrames` more frames. */
	poke(): void {
		this.quiet = 0;
	}

	/** One frame went by; true when the loop may go to sleep now. */
	frame(busy: boolean): boolean {
		if (busy) {
			this.quiet = 0;
			return false;
		}
		this.quiet++;
		return this.quiet >= this.quietFrames;
	}
}
