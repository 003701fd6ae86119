package org.mediationdesk.hotline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.mediationdesk.identity.Role;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.incidents.IncidentRegister;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sends activations at a moment of a test's choosing, through the facade on a controlled clock, and ticks the
 * escalation engine at a moment of its choosing (public for the browser tests).
 */
public final class HotlineIntegrationTestsSupport {

	private final ActivationRepository activations;
	private final HotlineCircles circles;
	private final ActivationViews views;
	private final HotlineClocks clocks;
	private final EscalationChains chains;
	private final IncidentRegister incidents;
	private final HotlineProperties properties;
	private final ApplicationEventPublisher events;
	private final PlatformTransactionManager transactions;

	HotlineIntegrationTestsSupport(ActivationRepository activations, HotlineCircles circles, ActivationViews views,
			HotlineClocks clocks, EscalationChains chains, IncidentRegister incidents, HotlineProperties properties,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.activations = activations;
		this.circles = circles;
		this.views = views;
		this.clocks = clocks;
		this.chains = chains;
		this.incidents = incidents;
		this.properties = properties;
		this.events = events;
		this.transactions = transactions;
	}

	/** From a test's application context. */
	public static HotlineIntegrationTestsSupport of(ApplicationContext context) {
		HotlineIntegrationTestsSupport support = new HotlineIntegrationTestsSupport(context.getBean(ActivationRepository.class),
				context.getBean(HotlineCircles.class), context.getBean(ActivationViews.class),
				context.getBean(HotlineClocks.class), context.getBean(EscalationChains.class),
				context.getBean(IncidentRegister.class), context.getBean(HotlineProperties.class), context,
				context.getBean(PlatformTransactionManager.class));
		support.engine = context.getBean(EscalationEngine.class);
		return support;
	}

	private EscalationEngine engine;

	/** One tick of the escalation engine at a moment: answers how many steps fired. */
	public int tick(Instant at) {
		return engine.tick(at);
	}

	Hotline at(ControlledClock clock) {
		return new Hotline(activations, circles, views, clocks, chains, incidents, properties, events, transactions, clock);
	}

	/** An urgent activation of the operator to the participants from Tskhinval(i), sent at a moment. */
	public ActivationView sentAt(Instant moment, String subject) {
		Viewer desk = new Viewer(UUID.randomUUID(), "secretariat", Role.SECRETARIAT, null, null);
		return at(new ControlledClock(moment)).activate(desk, new NewActivation("ERG", List.of("SO"), Urgency.URGENT,
				subject, "A message sent long ago.", null, null, null));
	}
}
