/**
 * Who may see what. Every stored object carries an {@link org.mediationdesk.confidentiality.Audience}; the
 * {@link org.mediationdesk.confidentiality.AccessPolicy} is the one place that decides whether a viewer may
 * see an object, and gives the SQL predicate that every list and count uses, so lists never disagree with
 * detail pages.
 *
 * <ul>
 * <li><b>Public</b>: everyone, without login.</li>
 * <li><b>All participants</b>: every logged-in participant, the co-chairs and the secretariat.</li>
 * <li><b>Co-chairs</b>: the co-chairs and the secretariat only.</li>
 * <li><b>Group and co-chairs</b>: one participant group and the co-chairs ("in confidence to the mediators").</li>
 * <li><b>Group only</b>: one participant group's private workspace; the co-chairs do not see it.</li>
 * </ul>
 *
 * Administrators manage accounts; they see only what is public.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Confidentiality", allowedDependencies = { "shared", "identity", "participants" })
package org.mediationdesk.confidentiality;
