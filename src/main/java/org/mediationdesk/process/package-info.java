/**
 * The process of talks and its numbered rounds.
 *
 * <ul>
 * <li><b>Process</b> (forum): the talks as a whole, such as the Geneva International Discussions, with their
 * mandate and usual venue.</li>
 * <li><b>Round</b>: one gathering of the process, numbered in sequence. The number stays with the round when
 * it is postponed. A round is scheduled, held, postponed, suspended or collapsed; it is not held before its
 * first day.</li>
 * <li><b>Meeting</b>: what a round is made of: the two working groups, a plenary, an information session, a
 * sideline meeting, a shuttle visit …, with its day, time, place, co-moderators and invited groups. A meeting
 * lies within its round's dates, has groups invited, and where its kind is about something in particular (an
 * information session, a sideline meeting, an expert group, a shuttle visit) a topic. The co-chairs change it,
 * remove it while nothing is recorded in it ({@link org.mediationdesk.process.MeetingRecords}), and move it
 * with its round when they postpone the round.</li>
 * <li><b>Postponement</b>: a planned date that was given up, with when it was announced and why.</li>
 * <li><b>Standing agenda item</b>: a subject that carries over from round to round within a working group
 * (Working Group I: security; Working Group II: humanitarian).</li>
 * </ul>
 *
 * The rounds and the changes recorded to them (convened, postponed, their status) are published for anyone as
 * {@link org.mediationdesk.shared.PublicEntries} (the public feeds and the search read them); the changes are kept
 * from the module's own public events, with when they were recorded.
 *
 * A round's public summary never attributes a walkout or a boycott to anyone; the co-chairs' internal note
 * may, and only they and the secretariat see it. The public texts (the process's name and mandate, a round's
 * summary, venue, date note, status reason and announced agenda, a postponement's reason, an agenda item's title)
 * have a version per language of the interface ({@code Localized}); the co-chairs edit a round's summary and
 * agenda from its page ({@code RoundTextsEdited}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Process",
		allowedDependencies = { "shared", "identity", "participants", "confidentiality" })
package org.mediationdesk.process;
