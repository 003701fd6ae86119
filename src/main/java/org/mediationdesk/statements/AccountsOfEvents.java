package org.mediationdesk.statements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.mediationdesk.confidentiality.AccessPolicy;
import org.mediationdesk.confidentiality.Audience;
import org.mediationdesk.identity.Viewer;
import org.mediationdesk.participants.GroupView;
import org.mediationdesk.participants.ParticipantDirectory;
import org.mediationdesk.process.RoundRecord;
import org.mediationdesk.shared.DeskException;
import org.mediationdesk.shared.LanguageCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * The accounts of each round, side by side and none privileged, each shown only to its audience. The
 * co-chairs and secretariat record any source's account; a participant records their own group's.
 */
@Service
public class AccountsOfEvents {

	private static final Pattern ADDRESS = Pattern.compile("https?://\\S{1,490}");

	private final EventAccountRepository accounts;
	private final RoundRecord rounds;
	private final ParticipantDirectory directory;
	private final AccessPolicy policy;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AccountsOfEvents(EventAccountRepository accounts, RoundRecord rounds, ParticipantDirectory directory,
			AccessPolicy policy, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.rounds = rounds;
		this.directory = directory;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AccountView> forRound(Viewer viewer, int number, LanguageCode language) {
		UUID round = rounds.round(viewer, number).id();
		return accounts.findByRoundIdOrderByPublishedAsc(round)
			.stream()
			.filter(account -> policy.maySee(viewer, account.audience()))
			.map(account -> account.view(directory.group(account.groupId()).map(group -> group.label(language))
				.orElse(null)))
			.toList();
	}

	/** Whether the viewer may record accounts at all. */
	public boolean mayRecord(Viewer viewer) {
		return viewer.isMediator() || viewer.isParticipant();
	}

	@Transactional
	public AccountView record(Viewer viewer, int number, NewAccount account) {
		if (!mayRecord(viewer)) {
			throw new DeskException.NotFound();
		}
		UUID round = rounds.round(viewer, number).id();
		NewAccount checked = check(viewer, account);
		EventAccount recorded = accounts.save(EventAccount.record(round, checked, viewer.username(), clock.instant()));
		events.publishEvent(new AccountRecorded(viewer.username(), recorded.id(), number, recorded.audience()));
		return recorded.view(directory.group(recorded.groupId()).map(GroupView::label).orElse(null));
	}

	private NewAccount check(Viewer viewer, NewAccount account) {
		if (account.sourceKind() == null) {
			throw new DeskException.Invalid("account.sourceRequired");
		}
		SourceKind source = viewer.isParticipant() ? SourceKind.PARTICIPANT_GROUP : account.sourceKind();
		UUID group = viewer.isParticipant() ? viewer.groupId() : account.groupId();
		if (source == SourceKind.PARTICIPANT_GROUP && directory.group(group).isEmpty()) {
			throw new DeskException.Invalid("account.sourceGroupRequired");
		}
		String outlet = account.outlet() == null ? "" : account.outlet().strip();
		String summary = account.summary() == null ? "" : account.summary().strip();
		String url = account.url() == null || account.url().isBlank() ? null : account.url().strip();
		if (outlet.isEmpty() || outlet.length() > 200) {
			throw new DeskException.Invalid("account.outletInvalid", 200);
		}
		if (summary.isEmpty() || summary.length() > 2000) {
			throw new DeskException.Invalid("account.summaryInvalid", 2000);
		}
		if (url != null && !ADDRESS.matcher(url).matches()) {
			throw new DeskException.Invalid("account.urlInvalid");
		}
		if (account.audience() == null || !policy.mayAssign(viewer, account.audience())) {
			throw new DeskException.Invalid("document.audienceNotAllowed");
		}
		return new NewAccount(source, group, outlet, account.published(), url, summary, account.audience());
	}

	/** The reference file's accounts. */
	record ReferenceAccounts(List<Entry> accounts) {

		record Entry(int round, SourceKind sourceKind, String group, String outlet, LocalDate published, String url,
				String summary) {
		}
	}

	/**
	 * Loads the accounts of the reference record if none are recorded yet, for all participants: some of them
	 * say who left, which the public record does not. Returns how many.
	 */
	@Transactional
	public int loadReferenceAccounts() {
		if (accounts.count() > 0) {
			return 0;
		}
		ReferenceAccounts record = rounds.readReference(ReferenceAccounts.class);
		for (ReferenceAccounts.Entry entry : record.accounts()) {
			UUID group = entry.group() == null ? null : directory.groupByCode(entry.group())
				.map(GroupView::id)
				.orElseThrow(() -> new IllegalStateException("The reference record names an unknown participant group '"
						+ entry.group() + "' in an account of round " + entry.round()));
			UUID round;
			try {
				round = rounds.round(Viewer.anonymous(), entry.round()).id();
			}
			catch (DeskException.NotFound e) {
				throw new IllegalStateException("The reference record has an account of round " + entry.round()
						+ ", which it does not contain", e);
			}
			accounts.save(EventAccount.record(round, new NewAccount(entry.sourceKind(), group, entry.outlet(),
					entry.published(), entry.url(), entry.summary(), Audience.allParticipants()), "reference record",
					clock.instant()));
		}
		return record.accounts().size();
	}
}
