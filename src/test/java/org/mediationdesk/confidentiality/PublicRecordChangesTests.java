package org.mediationdesk.confidentiality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mediationdesk.attendance.AttendanceKind;
import org.mediationdesk.attendance.AttendanceRecorded;
import org.mediationdesk.documents.DocumentAudienceChanged;
import org.mediationdesk.documents.DocumentDownloaded;
import org.mediationdesk.documents.DocumentFiled;
import org.mediationdesk.documents.DocumentKind;
import org.mediationdesk.feeds.FeedAddressChanged;
import org.mediationdesk.identity.AccountChanged;
import org.mediationdesk.process.RoundConvened;
import org.mediationdesk.shared.LanguageCode;
import org.mediationdesk.terminology.GlossaryChanged;
import org.mediationdesk.texts.TextEvent;

/** Which changes the page cache and the search index of the public record react to. */
class PublicRecordChangesTests {

	private static final UUID ID = UUID.randomUUID();

	@Test
	void ignoresReadingsAndExports() {
		assertThat(PublicRecordChanges.mayChange(
				new DocumentDownloaded("reader", ID, "GID/1", LanguageCode.EN, Audience.everyone()))).isFalse();
		assertThat(PublicRecordChanges.mayChange(
				new TextEvent.TextExported(ID, "GID/T/1", "reader", null, Audience.everyone(), "text.pdf"))).isFalse();
	}

	@Test
	void ignoresAnAccountHoldersOwnBusiness() {
		assertThat(PublicRecordChanges.mayChange(
				new AccountChanged("holder", AccountChanged.Change.TOKEN_ISSUED, ID, "holder", "laptop"))).isFalse();
		assertThat(PublicRecordChanges.mayChange(
				new AccountChanged("admin", AccountChanged.Change.EMAIL_CHANGED, ID, "holder", ""))).isFalse();
		assertThat(PublicRecordChanges.mayChange(new FeedAddressChanged("holder", ID, false))).isFalse();
	}

	@Test
	void ignoresChangesToWhatIsNotPublic() {
		assertThat(PublicRecordChanges.mayChange(
				new DocumentFiled("co-chair", ID, "GID/2", DocumentKind.NON_PAPER, Audience.coChairs()))).isFalse();
		assertThat(PublicRecordChanges.mayChange(
				new AttendanceRecorded("secretariat", ID, AttendanceKind.WALKED_OUT, ID, ID, 3))).isFalse();
	}

	@Test
	void reactsToPublicChangesAndToAnythingUnclassified() {
		assertThat(PublicRecordChanges.mayChange(new RoundConvened("co-chair", 70, LocalDate.of(2036, 1, 1),
				LocalDate.of(2036, 1, 2), "Geneva", false))).isTrue();
		assertThat(PublicRecordChanges.mayChange(new DocumentAudienceChanged("co-chair", ID, "GID/3",
				Audience.coChairs(), Audience.everyone()))).isTrue();
		assertThat(PublicRecordChanges.mayChange(new GlossaryChanged("co-chair", "added", "the line"))).isTrue();
	}
}
