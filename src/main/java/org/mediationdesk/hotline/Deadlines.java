package org.mediationdesk.hotline;

import java.time.Duration;

/** The time an urgency gives to acknowledge an activation and to respond to it, from the moment it is sent. */
record Deadlines(Duration acknowledge, Duration respond) {
}
