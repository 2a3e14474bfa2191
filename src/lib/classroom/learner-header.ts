/**
 * The learner a browser means to send an attempt for (its outbox sets it): a session of anyone else
 * is refused (409 wrong-learner), so on a shared device one learner's work is never filed under
 * another's name. In a module of its own, free of imports, so the service worker and the outbox
 * can name it without pulling in the attempt schemas.
 */
export const LEARNER_HEADER = 'downhill-learner';
