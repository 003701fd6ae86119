package org.mediationdesk.confidentiality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.mediationdesk.identity.Viewer;
import org.springframework.stereotype.Component;

/**
 * The one access policy. {@link #maySee} answers for a single object; {@link #visibleTo} gives the
 * equivalent SQL for lists and counts. Both follow the same table:
 *
 * <pre>
 *                      public  participant(g)  co-chair/secretariat  admin
 * PUBLIC                 yes        yes               yes             yes
 * ALL_PARTICIPANTS        -         yes               yes              -
 * CO_CHAIRS               -          -                yes              -
 * GROUP_AND_CO_CHAIRS(g)  -     yes (own g)           yes              -
 * GROUP_ONLY(g)           -     yes (own g)            -               -
 * CIRCLE(g1, g2 …)        -     yes (one of gs)        yes              -
 * </pre>
 *
 * The last line is a {@link Circle}: a mechanism's participant groups with the co-chairs and secretariat.
 */
@Component
public class AccessPolicy {

	private static final Pattern ALIAS = Pattern.compile("[a-z_][a-z0-9_]*");

	public boolean maySee(Viewer viewer, Audience audience) {
		return switch (audience.kind()) {
			case PUBLIC -> true;
			case ALL_PARTICIPANTS -> viewer.isParticipant() || viewer.isMediator();
			case CO_CHAIRS -> viewer.isMediator();
			case GROUP_AND_CO_CHAIRS -> viewer.isMediator() || viewer.belongsTo(audience.group());
			case GROUP_ONLY -> viewer.belongsTo(audience.group());
		};
	}

	/**
	 * Whether the viewer is in the circle: one of the co-chairs or secretariat, or a participant of one of its
	 * groups. Administrators and the public are not; nor is a participant of any other group.
	 */
	public boolean maySee(Viewer viewer, Circle circle) {
		return viewer.isMediator() || circle.groups().stream().anyMatch(viewer::belongsTo);
	}

	/**
	 * The SQL condition under which a row with columns {@code <alias>.audience_kind} and
	 * {@code <alias>.audience_group} is visible to the viewer.
	 */
	public SqlPredicate visibleTo(Viewer viewer, String alias) {
		if (!ALIAS.matcher(alias).matches()) {
			throw new IllegalArgumentException("not a table alias: " + alias);
		}
		String kind = alias + ".audience_kind";
		String group = alias + ".audience_group";
		List<String> kinds = new ArrayList<>(List.of(AudienceKind.PUBLIC.name()));
		if (viewer.isParticipant() || viewer.isMediator()) {
			kinds.add(AudienceKind.ALL_PARTICIPANTS.name());
		}
		if (viewer.isMediator()) {
			kinds.add(AudienceKind.CO_CHAIRS.name());
			kinds.add(AudienceKind.GROUP_AND_CO_CHAIRS.name());
		}
		String sql = kind + " IN (:acl_kinds)";
		if (viewer.isParticipant() && viewer.groupId() != null) {
			sql = "(" + sql + " OR (" + kind + " IN ('GROUP_AND_CO_CHAIRS', 'GROUP_ONLY') AND " + group
					+ " = :acl_group))";
			return new SqlPredicate(sql, Map.of("acl_kinds", kinds, "acl_group", viewer.groupId()));
		}
		return new SqlPredicate(sql, Map.of("acl_kinds", kinds));
	}

	/**
	 * Whether the viewer may give this audience to something they file. Participants file for their own
	 * group (privately, in confidence to the co-chairs) or circulate to all participants; the co-chairs and
	 * secretariat may use any audience except another group's private workspace.
	 */
	public boolean mayAssign(Viewer viewer, Audience audience) {
		if (viewer.isMediator()) {
			return audience.kind() != AudienceKind.GROUP_ONLY;
		}
		if (viewer.isParticipant()) {
			return audience.kind() == AudienceKind.ALL_PARTICIPANTS || viewer.belongsTo(audience.group());
		}
		return false;
	}

	/**
	 * The audience a new object starts with: the narrowest the viewer may assign (their group's private
	 * space for a participant, the co-chairs for the co-chairs and secretariat). Confidential by default.
	 */
	public Audience narrowestAssignable(Viewer viewer) {
		if (viewer.isParticipant()) {
			return Audience.groupOnly(viewer.groupId());
		}
		return Audience.coChairs();
	}

	/** The audiences the viewer may assign, given the participant groups of the process. */
	public List<Audience> assignable(Viewer viewer, List<UUID> groups) {
		List<Audience> candidates = new ArrayList<>(List.of(Audience.everyone(), Audience.allParticipants(),
				Audience.coChairs()));
		for (UUID group : groups) {
			candidates.add(Audience.groupAndCoChairs(group));
			candidates.add(Audience.groupOnly(group));
		}
		return candidates.stream().filter(audience -> mayAssign(viewer, audience)).toList();
	}
}
