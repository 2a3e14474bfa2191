// The teacher side of the classroom, for the /teacher routes:
// `import * as classroom from '$lib/server/classroom'`. Every function takes the signed-in
// teacher's id and filters by it in the query itself (see ./queries).
export { requireTeacher, idParam, notFound } from './guard';
export {
	classesOf,
	classOf,
	rosterOf,
	learnerOf,
	assignmentsOf,
	attemptCountOf,
	type ClassSummary,
	type ClassRef,
	type LearnerRef,
	type ClassInfo,
	type Learner,
	type Assignment
} from './queries';
export {
	addAssignment,
	removeAssignment,
	deleteLearner,
	deleteClass,
	approveLearner
} from './changes';
export type { AddResult } from './changes';
export { exportLearner, toCsv, downloadHeaders, type LearnerExport } from './export';
export { issueCards, type Card } from './cards';
export { parseAssignment, parseLearnerIds, type AssignmentProblem } from './forms';
export { dueDateOf, earliestDueDate, latestDueDate } from './due-date';
export { contextOf, say, tooMany } from './request';
export {
	itemKey,
	itemByKey,
	knownKeys,
	titleOf,
	optionGroups,
	type OptionGroup
} from './catalogue';
export {
	dashboardOf,
	dashboardCsv,
	DASHBOARD_CSV_COLUMNS,
	type ClassDashboard,
	type ItemLabel
} from './dashboard';
