package org.mediationdesk.hotline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mediationdesk.identity.Viewer;
import org.mediationdesk.live.LiveStreams;
import org.mediationdesk.live.Watcher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The operator's console on its screens, through the live streams, as the meeting board's: a watcher's stream opens
 * with how many activations are open and overdue as that watcher may see them, and after each step of the hotline
 * (committed) each watcher is sent the same again, read through the hotline's own reading (the desk's only: anyone
 * else is refused, which ends the stream). The page then fetches the console's table again.
 */
@Component
public class HotlinePush {

	/** The topic of the console in the live streams. */
	public static final String TOPIC = "hotline-console";

	/** The name of the stream events that tell the console changed. */
	public static final String EVENT = "console";

	private final HotlineLog log;
	private final LiveStreams streams;
	private final TransactionTemplate reading;

	HotlinePush(HotlineLog log, LiveStreams streams, PlatformTransactionManager transactions) {
		this.log = log;
		this.streams = streams;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/** What a console's watcher is sent: how many activations are open, and how many of them are overdue. */
	public record ConsoleSignal(int open, int overdue) {
	}

	/** Opens the console's stream for the viewer (the operator's desk; 404 for anyone else). */
	public SseEmitter watch(Viewer viewer, Locale locale) {
		log.console(viewer);
		return streams.open(new Watcher(viewer, locale), TOPIC, EVENT, watcher -> Optional.of(signal(watcher.viewer())));
	}

	private ConsoleSignal signal(Viewer viewer) {
		List<ActivationView> open = reading.execute(status -> log.console(viewer));
		return new ConsoleSignal(open.size(), (int) open.stream().filter(ActivationView::overdue).count());
	}

	/** After each step of the hotline, once it commits, the console again to each watcher. */
	@EventListener
	void on(HotlineEvent event) {
		streams.publish(TOPIC, EVENT, watcher -> Optional.of(signal(watcher.viewer())));
	}
}
