// The words for why attempts wait in the outbox, and for a refusal, in the learner's language.
import { m } from '$lib/paraglide/messages';
import type { Refusal, StopReason } from '$lib/outbox/entry';

export function waitText(reason: StopReason): string {
	switch (reason) {
		case 'offline':
			return m.learner_wait_offline();
		case 'server':
		case 'in-progress':
			return m.learner_wait_server();
		case 'busy':
			return m.learner_wait_busy();
		case 'signed-out':
			return m.learner_wait_signed_out();
		case 'not-approved':
			return m.learner_wait_not_approved();
		case 'wrong-learner':
			return m.learner_wait_other_learner();
	}
}

export function refusalText(refusal: Refusal): string {
	if (refusal.code === 'too-large') return m.learner_refused_too_large();
	if (refusal.code === 'key-reused') return m.learner_refused_mixed_up();
	return m.learner_send_refused();
}
