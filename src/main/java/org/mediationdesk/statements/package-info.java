/**
 * Accounts of what happened, from whoever gave them.
 *
 * <ul>
 * <li><b>Account</b> (the type {@code Statement}): one source's version of an event of the talks (so far: a
 * round): a participant group's statement, the co-chairs' statement, or a press report, with its outlet, date
 * and address. Several accounts of the same event stand side by side and none is privileged; each keeps its
 * own wording and is labelled as that source's. The facade is {@code Statements}; the pages, the API and the
 * process record file call them accounts, as their readers do. The code says <i>statement</i> throughout
 * ({@code Statement}, {@code StatementRecorded}, {@code statements}), so that an <i>account</i> in the code is always
 * a login's (identity's).</li>
 * <li>Each account has its own audience: a group's statement may be confided to the co-chairs only.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statements",
		allowedDependencies = { "shared", "identity", "participants", "process", "confidentiality" })
package org.mediationdesk.statements;
