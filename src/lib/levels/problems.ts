// How validation speaks: a list of "path: what is wrong" lines, one per problem, never just the first.
import * as v from 'valibot';

/** valibot issues as "path: message" (a problem with the whole object is "(root)"). */
export function issuesToProblems(
	issues: readonly v.BaseIssue<unknown>[],
	root = '(root)'
): string[] {
	return issues.map((issue) => `${v.getDotPath(issue) ?? root}: ${issue.message}`);
}
