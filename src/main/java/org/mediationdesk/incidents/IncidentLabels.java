package org.mediationdesk.incidents;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.identity.ObjectLabels;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the mechanisms, their meetings and the incidents are called, for the audit log: a mechanism by its name, a
 * meeting by its mechanism, kind, number and day, an incident by its public id, and only to its mechanism's circle.
 */
@Component
class IncidentLabels implements ObjectLabels {

	static final String MECHANISM = "mechanism";
	static final String MEETING = "mechanism-meeting";
	static final String INCIDENT = "incident";

	private final MechanismRepository mechanisms;
	private final MechanismMeetingRepository meetings;
	private final IncidentRepository incidents;
	private final Mechanisms access;
	private final MessageSource messages;

	IncidentLabels(MechanismRepository mechanisms, MechanismMeetingRepository meetings, IncidentRepository incidents,
			Mechanisms access, MessageSource messages) {
		this.mechanisms = mechanisms;
		this.meetings = meetings;
		this.incidents = incidents;
		this.access = access;
		this.messages = messages;
	}

	@Override
	public Set<String> objectTypes() {
		return Set.of(MECHANISM, MEETING, INCIDENT);
	}

	@Override
	public Map<String, Label> labels(String objectType, Set<String> ids, Viewer viewer, Locale locale) {
		LanguageCode language = LanguageCode.ofInterface(locale);
		Map<UUID, Mechanism> byId = new HashMap<>();
		mechanisms.findAll().forEach(mechanism -> byId.put(mechanism.id(), mechanism));
		Map<String, Label> labels = new HashMap<>();
		for (List<String> batch : ObjectLabels.batches(ids)) {
			List<UUID> uuids = batch.stream().map(IncidentLabels::uuid).filter(id -> id != null).toList();
			switch (objectType) {
				case MECHANISM -> uuids.stream().map(byId::get).filter(m -> m != null).forEach(m -> labels.put(
						m.id().toString(), new Label(m.name().in(language).text(), "/mechanisms/" + m.code())));
				case MEETING -> meetings.findAllById(uuids).forEach(meeting -> {
					Mechanism mechanism = byId.get(meeting.mechanismId());
					labels.put(meeting.id().toString(), new Label(messages.getMessage("mechanisms.meetingLabel",
							new Object[] { mechanism.name().in(language).text(), meeting.number() == null ? 0 : meeting.number(),
									meeting.kind().name(), DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
										.withLocale(locale).format(meeting.heldOn()) },
							locale), "/mechanisms/" + mechanism.code() + "/meetings/" + meeting.id()));
				});
				case INCIDENT -> incidents.findAllById(uuids).stream()
					.filter(incident -> access.inCircle(viewer, byId.get(incident.mechanismId())))
					.forEach(incident -> labels.put(incident.id().toString(),
							new Label(incident.publicId(), "/incidents/" + incident.publicId())));
				default -> {
				}
			}
		}
		return labels;
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
