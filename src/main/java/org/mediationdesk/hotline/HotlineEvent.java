package org.mediationdesk.hotline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.confidentiality.AudienceScoped;
import org.mediationdesk.shared.AuditableEvent;
import org.mediationdesk.shared.Institution;

/**
 * What happened on a mechanism's hotline. The log is the mechanism's circle's; in the audit log its events are the
 * co-chairs', the narrowest audience that holds every mechanism's circle. No event carries a message's subject,
 * text or response: only who, which activation and which step.
 */
public sealed interface HotlineEvent extends AuditableEvent, AudienceScoped {

	UUID activation();

	UUID mechanism();

	@Override
	default Audience audience() {
		return Audience.coChairs();
	}

	@Override
	default String objectType() {
		return "hotline-activation";
	}

	@Override
	default String objectId() {
		return activation().toString();
	}

	/**
	 * An activation was sent (by a group, the operator or a facilitator) with its urgency. What the operator sends is
	 * relayed as sent: then its addressees ({@code to}, else empty) are told as of a relay.
	 */
	record ActivationSent(String actor, UUID activation, UUID mechanism, SenderKind sender, Urgency urgency,
			ActivationKind kind, String mechanismCode, List<UUID> to, Instant acknowledgeBy) implements HotlineEvent {

		@Override
		public String action() {
			return "hotline.sent";
		}

		@Override
		public String detail() {
			return sender + " " + kind + " " + urgency;
		}
	}

	/**
	 * The operator relayed an activation to its addressees (the groups {@code to}), who are told of it: the
	 * mechanism's code, the urgency and the deadline to acknowledge, never the subject or the message.
	 */
	record ActivationRelayed(String actor, UUID activation, UUID mechanism, String mechanismCode, List<UUID> to,
			Urgency urgency, Instant acknowledgeBy) implements HotlineEvent {

		@Override
		public String action() {
			return "hotline.relayed";
		}

		@Override
		public String detail() {
			return "";
		}
	}

	/** An addressee group acknowledged an activation; {@code late} when after its deadline. */
	record ActivationAcknowledged(String actor, UUID activation, UUID mechanism, UUID group, boolean late)
			implements HotlineEvent {

		@Override
		public String action() {
			return "hotline.acknowledged";
		}

		@Override
		public String detail() {
			return late ? "late" : "";
		}
	}

	/** An addressee group responded to an activation (never what it said); {@code late} when after its deadline. */
	record ActivationAnswered(String actor, UUID activation, UUID mechanism, UUID group, boolean late)
			implements HotlineEvent {

		@Override
		public String action() {
			return "hotline.answered";
		}

		@Override
		public String detail() {
			return late ? "late" : "";
		}
	}

	/**
	 * An activation not acknowledged in time went up one step of its mechanism's escalation chain (from 1), telling
	 * its target: the named supervisors' accounts (or, if none are named, the operator's desk: the co-chairs and
	 * secretariat), the facilitators (the co-chairs of these institutions), or, at the end, everyone at the desk that
	 * nobody answered.
	 */
	record ActivationEscalated(String actor, UUID activation, UUID mechanism, String mechanismCode, int step,
			EscalationTarget target, List<String> accounts, List<Institution> facilitators, Urgency urgency)
			implements HotlineEvent {

		@Override
		public String action() {
			return "hotline.escalated";
		}

		@Override
		public String detail() {
			return "step " + step + " " + target;
		}
	}

	/**
	 * The operator's desk changed a mechanism's escalation chain; {@code chain} is the new chain in short, each step's
	 * minutes after the deadline and its target ("0 SUPERVISORS, 30 FACILITATORS, 120 NOBODY_ANSWERED"), for the
	 * audit log.
	 */
	record EscalationChainChanged(String actor, UUID mechanism, String chain) implements HotlineEvent {

		@Override
		public String detail() {
			return chain == null ? "" : chain;
		}

		@Override
		public UUID activation() {
			return null;
		}

		@Override
		public String objectType() {
			return "mechanism";
		}

		@Override
		public String objectId() {
			return mechanism.toString();
		}

		@Override
		public String action() {
			return "hotline.chain-changed";
		}
	}
}
