// Turning a {status, body} reply into the JSON response every attempts endpoint sends: never cached
// (it is one learner's data), and a 409 says when to try again.
import { json } from '@sveltejs/kit';
import type { Reply } from './request';

export function respond(reply: Reply): Response {
	const headers: Record<string, string> = { 'cache-control': 'no-store' };
	if (reply.status === 409) headers['retry-after'] = '1';
	return json(reply.body, { status: reply.status, headers });
}
