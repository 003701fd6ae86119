package org.mediationdesk.hotline;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.mediationdesk.hotline.LogEntry.Kind;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.MechanismView;
import org.mediationdesk.shared.DeskException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the hotline: a mechanism's activations and its log, one activation, the operator's console and the count
 * of issues between two days. Everything is its mechanism's circle's, and a message confided to the operator is
 * the operator's and its sender's until relayed: nobody else finds it, in a list, the log or a count.
 */
@Service
public class HotlineLog {

	private final ActivationRepository activations;
	private final HotlineCircles circles;
	private final ActivationViews views;
	private final Hotline hotline;
	private final JdbcClient jdbc;
	private final Clock clock;

	HotlineLog(ActivationRepository activations, HotlineCircles circles, ActivationViews views, Hotline hotline,
			JdbcClient jdbc, Clock clock) {
		this.activations = activations;
		this.circles = circles;
		this.views = views;
		this.hotline = hotline;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The activations the viewer reads, latest first: of one mechanism (by code or id), or of every mechanism of
	 * whose circle the viewer is. A viewer of no circle, or outside the mechanism's, finds nothing (404).
	 */
	@Transactional(readOnly = true)
	public List<ActivationView> activations(Viewer viewer, String mechanism) {
		viewer.requireMediatorOrParticipant();
		Map<UUID, MechanismView> circles = mechanism == null || mechanism.isBlank() ? this.circles.circles(viewer)
				: Map.of(this.circles.mechanism(viewer, mechanism).id(), this.circles.mechanism(viewer, mechanism));
		if (circles.isEmpty()) {
			throw new DeskException.NotFound();
		}
		Actor actor = ActivationViews.actor(viewer);
		Instant now = clock.instant();
		List<ActivationView> found = new ArrayList<>();
		for (MechanismView each : circles.values()) {
			activations.findByMechanismIdOrderByActivatedAtDesc(each.id()).stream().filter(a -> a.readBy(actor))
				.map(a -> views.view(viewer, each, a, now)).forEach(found::add);
		}
		found.sort(Comparator.comparing(ActivationView::activatedAt).reversed());
		return found;
	}

	/** The mechanism whose hotline the viewer opens: one of whose circle the viewer is, or 404. */
	@Transactional(readOnly = true)
	public MechanismView mechanism(Viewer viewer, String mechanism) {
		viewer.requireMediatorOrParticipant();
		return circles.mechanism(viewer, mechanism);
	}

	@Transactional(readOnly = true)
	public ActivationView activation(Viewer viewer, UUID id) {
		viewer.requireMediatorOrParticipant();
		Activation activation = activations.findById(id).orElseThrow(DeskException.NotFound::new);
		return views.view(viewer, hotline.readable(viewer, activation), activation);
	}

	/** A mechanism's log as the viewer reads it, in order of time (the earliest first). */
	@Transactional(readOnly = true)
	public List<LogEntry> log(Viewer viewer, String mechanism) {
		viewer.requireMediatorOrParticipant();
		MechanismView circle = circles.mechanism(viewer, mechanism);
		Actor actor = ActivationViews.actor(viewer);
		Instant now = clock.instant();
		List<Activation> readable = activations.findByMechanismIdOrderByActivatedAtDesc(circle.id()).stream()
			.filter(a -> a.readBy(actor)).toList();
		Map<UUID, Activation> byId = new HashMap<>();
		List<LogEntry> entries = new ArrayList<>();
		for (Activation a : readable) {
			byId.put(a.id(), a);
			entries.add(entry(a, Kind.ACTIVATED, a.activatedAt(), a.senderGroup(), false, null, null));
			if (a.relayed() && a.senderKind() != SenderKind.OPERATOR) {
				entries.add(entry(a, Kind.RELAYED, a.relayedAt(), null, false, null, null));
			}
			for (Addressee addressee : a.addressees()) {
				if (addressee.acknowledged()) {
					entries.add(entry(a, Kind.ACKNOWLEDGED, addressee.acknowledgedAt(), addressee.groupId(),
							addressee.acknowledgedAt().isAfter(a.acknowledgeBy()), null, null));
				}
				if (addressee.responded()) {
					entries.add(entry(a, Kind.RESPONDED, addressee.respondedAt(), addressee.groupId(),
							addressee.respondedAt().isAfter(a.respondBy()), null, null));
				}
			}
		}
		jdbc.sql("SELECT e.activation_id, e.step, e.target, e.fired_at FROM hotline_escalation e"
				+ " JOIN activation a ON a.id = e.activation_id WHERE a.mechanism_id = :mechanism")
			.param("mechanism", circle.id())
			.query((row, n) -> {
				Activation a = byId.get(row.getObject("activation_id", UUID.class));
				if (a != null) {
					entries.add(entry(a, Kind.ESCALATED, row.getObject("fired_at", OffsetDateTime.class).toInstant(), null,
							true, row.getInt("step") + 1, EscalationTarget.valueOf(row.getString("target"))));
				}
				return n;
			})
			.list();
		entries.sort(Comparator.comparing(LogEntry::at).thenComparing(entry -> entry.kind().ordinal()));
		return entries.stream().map(entry -> entry.kind() == Kind.ACTIVATED && byId.get(entry.activation()).overdue(now)
				? new LogEntry(entry.at(), entry.kind(), entry.activation(), entry.subject(), entry.urgency(),
						entry.sender(), entry.group(), true, null, null)
				: entry).toList();
	}

	private LogEntry entry(Activation a, Kind kind, Instant at, UUID group, boolean overdue, Integer step,
			EscalationTarget target) {
		return new LogEntry(at, kind, a.id(), a.subject(), a.urgency(), a.senderKind(),
				group == null ? null : views.group(group), overdue, step, target);
	}

	/**
	 * The operator's console: the open activations of every mechanism, overdue first, then by their deadline to
	 * acknowledge; for the desk only.
	 */
	@Transactional(readOnly = true)
	public List<ActivationView> console(Viewer viewer) {
		viewer.requireMediator();
		Map<UUID, MechanismView> circles = this.circles.circles(viewer);
		if (circles.isEmpty()) {
			return List.of();
		}
		// only the open ones are read: an activation is open while some addressee has not responded
		List<UUID> open = jdbc.sql("SELECT DISTINCT a.id FROM activation a JOIN addressee d ON d.activation = a.id"
				+ " WHERE d.responded_at IS NULL AND a.mechanism_id IN (:mechanisms)")
			.param("mechanisms", circles.keySet())
			.query(UUID.class)
			.list();
		Actor actor = ActivationViews.actor(viewer);
		Instant now = clock.instant();
		return activations.findAllById(open).stream().filter(a -> a.readBy(actor))
			.map(a -> views.view(viewer, circles.get(a.mechanismId()), a, now))
			.filter(ActivationView::open)
			.sorted(Comparator.comparing((ActivationView view) -> !view.overdue())
				.thenComparing(ActivationView::acknowledgeBy))
			.toList();
	}

	/**
	 * The latest escalation step that the engine fired for each of the given activations that has one (for the
	 * console, which says it when it comes); for the desk only.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Escalation> escalations(Viewer viewer, Collection<UUID> activations) {
		viewer.requireMediator();
		Map<UUID, Escalation> latest = new HashMap<>();
		if (activations.isEmpty()) {
			return latest;
		}
		jdbc.sql("SELECT activation_id, step, target FROM hotline_escalation WHERE activation_id IN (:ids)")
			.param("ids", activations)
			.query((row, n) -> new Escalation(row.getObject("activation_id", UUID.class), row.getInt("step") + 1,
					EscalationTarget.valueOf(row.getString("target"))))
			.list()
			.forEach(each -> latest.merge(each.activation(), each, (a, b) -> a.step() >= b.step() ? a : b));
		return latest;
	}

	/** An escalation step fired (from 1) and whom it told. */
	public record Escalation(UUID activation, int step, EscalationTarget target) {
	}

	/**
	 * How many activations of a mechanism were sent in a period ({@code from} included, or from the first;
	 * {@code until} not included) and on how many issues (an issue: the incident an activation names, or else its
	 * subject without case or surrounding spaces), counting what the whole circle reads (relayed activations, and
	 * those the operator sent).
	 */
	@Transactional(readOnly = true)
	public IssueCount issues(Viewer viewer, String mechanism, Instant from, Instant until) {
		MechanismView circle = circles.mechanism(viewer, mechanism);
		Set<String> issues = new HashSet<>();
		int count = 0;
		Instant first = null;
		for (Activation a : activations.findByMechanismIdOrderByActivatedAtDesc(circle.id())) {
			if (a.relayed() && (first == null || a.activatedAt().isBefore(first))) {
				first = a.activatedAt();
			}
			boolean inside = (from == null || !a.activatedAt().isBefore(from)) && a.activatedAt().isBefore(until);
			if (inside && a.relayed()) {
				count++;
				issues.add(a.incidentId() != null ? "incident:" + a.incidentId()
						: "subject:" + a.subject().strip().toLowerCase(Locale.ROOT));
			}
		}
		return new IssueCount(count, issues.size(), first);
	}

	/**
	 * Activations and the issues they were on.
	 *
	 * @param logBegan when the log the whole circle reads begins (its first activation), {@code null} while it is
	 * empty: before then no hotline log is on record, and a count of nothing says nothing
	 */
	public record IssueCount(int activations, int issues, Instant logBegan) {

		/** Whether the log has anything on record before {@code until}. */
		public boolean onRecordBefore(Instant until) {
			return logBegan != null && logBegan.isBefore(until);
		}

		/** Whether the log began inside the period from {@code from} (not from its start). */
		public boolean beganAfter(Instant from) {
			return logBegan != null && from != null && logBegan.isAfter(from);
		}
	}
}
