/**
 * The format solver: each side's stated conditions for taking part, and the formats of a meeting that
 * every side accepts.
 *
 * <ul>
 * <li><b>Format</b>: the kind of meeting (plenary, working group, informal consultation, proximity talks in
 * which the co-chairs go between rooms, bilateral), the venue, the groups it aims to seat and in which
 * capacity, the documents tabled and the agenda.</li>
 * <li><b>Condition</b>: what one group requires or refuses before it takes part, such as not sitting with
 * another group seated as a delegation, or not attending while a document uses a certain wording. A
 * group's conditions are confided to the co-chairs.</li>
 * <li><b>Conflict</b>: a smallest set of conditions that cannot all hold while the format seats everyone it
 * aims to seat; dropping any one of them resolves it.</li>
 * <li><b>Cascade</b>: who leaves after whom, and because of which condition, once one group leaves or a
 * document is tabled.</li>
 * </ul>
 *
 * The solver is Choco-solver; it runs without the application for {@code formats check|propose|cascade}.
 * Conditions are stored with the audience of their group and the co-chairs: a side's conditions are confided
 * to the mediators, and no other group sees them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Formats",
		allowedDependencies = { "shared", "identity", "participants", "process", "terminology", "confidentiality" })
package org.mediationdesk.formats;
