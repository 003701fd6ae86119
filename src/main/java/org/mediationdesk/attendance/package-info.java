/**
 * Who attended which meeting of a round, and who left.
 *
 * <ul>
 * <li><b>Attendance event</b>: a participant group invited, confirming, declining, present, staying away
 * (boycott), walking out (when, during which agenda item, with the reason stated) or returning. Events are
 * appended, never edited: the record is exact and in order.</li>
 * <li><b>Attendance of a meeting</b>: where each group stands in one meeting (seated, walked out, back …), kept
 * with the rules of the record: a walkout only while seated, a return only after a walkout, a capacity only
 * with a seat, no event dated before the group's last one. Two records made at the same time about the same
 * meeting are decided one after the other; the overtaken one is refused and says so.</li>
 * <li><b>Time of an entry</b>: an entry is taken on the meeting's day, with the time of day it is made (the
 * server's clock). A meeting whose day is ahead takes none.</li>
 * <li><b>Later record</b>: an entry made after the meeting's day, or for an earlier moment of it; it gives the
 * time it describes and why it is recorded later, and is marked as such on the pages, in the API and the record
 * file.</li>
 * <li><b>Duplicate</b>: a second entry of where a group already stands (a second click): refused, not stored.</li>
 * <li><b>Correction</b>: an entry appended to supersede a mistaken one, with its reason. Nothing is deleted: the
 * attributed record shows both; the public projection only the corrected result.</li>
 * <li><b>Attributed record</b>: the events with the groups named, for the co-chairs and secretariat.</li>
 * <li><b>Public projection</b>: what everyone else sees: that some participants left or stayed away, never
 * who, and never their stated reasons.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance",
		allowedDependencies = { "shared", "identity", "participants", "process", "confidentiality" })
package org.mediationdesk.attendance;
