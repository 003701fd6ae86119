/**
 * A meeting's board: what a meeting looks like while it happens, on every screen at once.
 *
 * <ul>
 * <li><b>Board</b>: the current agenda item, who is present, who has left and returned, the list of speakers,
 * the current speaker and how long they have had the floor, and the time. The co-chairs and secretariat read it
 * attributed; a participant reads the attendance as the public projection of the record and the list of
 * speakers with only their own group named. Nobody outside the talks sees anything of a meeting: every
 * meeting of a round is held behind closed doors.</li>
 * <li><b>Current agenda item</b>: the item under discussion, set by the co-chairs or the secretariat.</li>
 * <li><b>List of speakers</b>: per agenda item of a meeting. A participant asks for the floor for their group
 * and may withdraw the request; a co-chair orders the list, gives the floor to the next group, and closes the
 * list (no more requests) or opens it again.</li>
 * </ul>
 *
 * Each change is a {@link org.mediationdesk.board.BoardEvent}; the board is pushed to every screen through the
 * live streams after each change and after each attendance entry of the meeting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meeting board",
		allowedDependencies = { "shared", "identity", "participants", "process", "attendance", "confidentiality", "live" })
package org.mediationdesk.board;
