package org.mediationdesk.process;

import java.util.UUID;

/**
 * An SPI for the modules that record what happens in a meeting (its attendance …): a meeting in which something
 * is recorded is not removed, since the record would lose its place.
 */
public interface MeetingRecords {

	/** Whether this module records anything in the meeting. */
	boolean recordsSomethingIn(UUID meetingId);
}
