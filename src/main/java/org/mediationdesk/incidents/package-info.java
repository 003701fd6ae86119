/**
 * The line between rounds: the incident prevention and response mechanisms (IPRM) and their incident register.
 *
 * <p>One module holds both: an incident belongs to a mechanism, is seen by that mechanism's circle and is reviewed
 * at its meetings; split apart, each would ask the other who may see what at every step. The hotline is a module of
 * its own ({@code hotline}) that uses this one's facades; this module knows nothing of it, and a meeting's page
 * shows what it adds through {@code MechanismMeetingNotes}. Its terms:
 *
 * <ul>
 * <li><b>Mechanism</b> ({@code Mechanism}): where the security actors of the sides meet near the line (Ergneti,
 * Gali), under its <b>facilitators</b> (institutions: the EU Monitoring Mission's head and the OSCE's Special
 * Representative at Ergneti, the UN at Gali), with its <b>participant groups</b>, its <b>hotline operator</b>, its
 * <b>rhythm</b> and its <b>suspension periods</b> (from, to or open, the reason, a source). What a mechanism is, is
 * public.</li>
 * <li><b>Circle</b> of a mechanism: its participant groups, its facilitators and the co-chairs with the secretariat
 * (the facilitators' institutions are the co-chairs'). The circle sees the register and the meetings' internals
 * ({@code confidentiality.Circle}, through the access policy); anyone else finds no incident (404) and, of a meeting,
 * only that it took place, its outcome and the facilitators' public statement.</li>
 * <li><b>Meeting</b> ({@code MechanismMeeting}): numbered in its mechanism's series of its kind (regular,
 * extraordinary, technical); scheduled with a provisional agenda (the standing items: review of past incidents,
 * advance notice of sensitive activities, follow-up of open cases, and any others); its agenda's adoption is a
 * recorded step; joint visits are agreed; it closes with an outcome (held, held in part, not concluded over its
 * agenda) and the next date, or is postponed or not held. Attendance of these meetings is not recorded yet.</li>
 * <li><b>Incident</b> ({@code Incident}): an entry of a mechanism's register with a stable public id
 * ({@code ERG-2026-0042}: the mechanism's code, the year of the report, a number never given twice); its time and
 * place with their precision; its kind, the gravest of what happened, so that it counts once; two actors named
 * neutrally; and its review state (reported → under review → verified | unverifiable → closed with an outcome).</li>
 * <li><b>Account</b> of an incident ({@code IncidentStatement} in the code, as a source's account of a round is a
 * {@code Statement}: an <i>account</i> in the code is a login's): each side's (its group's) and the facilitators',
 * in their own words, with who in their view is responsible, their figures (low, best, high for the dead, wounded,
 * detained) and their sources. Shown side by side, never merged. The facilitators' account is their neutral summary
 * and passes the terminology gate; a side's keeps its words and is labelled as that side's. The register shows the
 * most conservative figures (the account with the lowest best estimate, per count, as ACLED does) and marks them
 * disputed where the accounts' figures differ.</li>
 * <li><b>Case</b>: an incident followed up across meetings (a detainee, a missing person). Opened by the co-chairs or
 * secretariat, it is carried to the follow-up of open cases of every meeting of its mechanism held from the day it
 * was opened to the day the incident is closed ({@code IncidentMeetings}); a meeting's review of past incidents takes
 * up the incidents put on it. The incident's page lists the meetings that dealt with it, and what other modules add
 * through {@code IncidentNotes} (the hotline: its activations about it).</li>
 * <li><b>Duplicate</b>: an incident of the same mechanism and kind, within two days, at the same place name or within
 * 5 km of another ({@code IncidentDuplicates}), flagged to the co-chairs and secretariat. Merged after a confirmation,
 * it gives the other every account (each marked with the id it came with) and its id leads there.</li>
 * </ul>
 *
 * <p>The register's exports (CSV in the UCDP event dataset's core fields, JSON) are read through a cursor and
 * written row by row ({@code IncidentExport}); its charts are drawn by the page as SVG from {@code IncidentCharts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incidents",
		allowedDependencies = { "shared", "identity", "participants", "process", "confidentiality", "terminology",
				"attendance" })
package org.mediationdesk.incidents;
