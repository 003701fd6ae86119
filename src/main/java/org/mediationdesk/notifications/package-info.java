/**
 * What needs a reader's attention, told to them: in the application and, for those who ask, by e-mail.
 *
 * <ul>
 * <li><b>Notification</b>: one line for one account ("a text circulated, your group's stance is awaited"), with a
 * link, read or unread, newest first. It carries the audience of what it concerns, and lists and counts pass the
 * access policy's SQL predicate, so that an account whose group or role changed is no longer told of what it may
 * no longer see.</li>
 * <li><b>Recipients</b> are computed per event from the enabled accounts ({@code AccountManagement.recipients()}),
 * each asked through the access policy <em>and</em> the owning module's facade (a text is read with
 * {@code TextReading.text(viewer, id)}, which answers 404 to whoever may not see it): nobody is told of what they
 * may not see, in a subject line least of all. Whoever caused the event is not told of it.</li>
 * <li><b>Delivery</b>: the listeners run once the change they tell of is committed, through the event publication
 * registry (Spring Modulith, table {@code event_publication}): {@code Stamping} gives each event an id in the
 * writer's transaction and announces it ({@code Announcement}); the registry records the announcement for each
 * listener that wants it in that transaction; each listener ({@code @AfterCommit}) runs after the commit in the
 * writer's thread, in a transaction of its own. A listener that fails leaves the writer's change standing and its
 * publication incomplete; {@code platform.EventResubmission} delivers it again. Each notification is stored once per
 * event id, account and message (a unique constraint, and a look before the insert), so a redelivered announcement
 * tells nobody twice and queues no second e-mail.</li>
 * <li><b>Mail outbox</b>: e-mail to those who chose "each notification" on their profile, written in the
 * transaction of the notification, rendered in the recipient's language, with absolute links ({@code PublicAddress}). {@code OutboxSender}
 * delivers it on a schedule: each row is claimed by a conditional update (two nodes never send one row), marked
 * sent once delivered, retried with a growing pause on failure, given up after ten attempts. Without
 * {@code spring.mail.host} nothing is queued and nothing is sent. Identity's invitations go through the same
 * outbox ({@code identity.OutgoingMail}).</li>
 * </ul>
 *
 * <h2>Adding a listener for a new event</h2>
 *
 * A few lines in a component of this package (see {@code TextNotifications}, {@code RoundNotifications}):
 *
 * <pre>
 * &#64;AfterCommit
 * void floorGiven(Announcement&lt;FloorGiven&gt; announcement) {             // a method name of its own
 *     FloorGiven event = announcement.event();
 *     announcements.tell(announcement, event.audience(), FLOOR_GIVEN, link, // FLOOR_GIVEN: its message key
 *             recipient -&gt; recipient.viewer().belongsTo(event.group())      // who should know
 *                     &amp;&amp; meetings.isVisible(recipient.viewer(), event.meetingId()), // the owner's facade
 *             recipient -&gt; List.of(event.item()));                         // the message's arguments
 * }
 * </pre>
 *
 * then the key {@code notification.floorGiven} in the EN, RU and KA bundles, and the module of the event in
 * {@code allowedDependencies} below. {@code tell} asks the access policy for the audience before the filter
 * runs, skips the actor, stores the notification (once per event) and queues the e-mail. The event must read back
 * from its JSON as it was written (a record of values does), since the registry keeps it so until it is delivered.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "identity", "participants", "confidentiality", "process", "texts", "communique",
				"board", "hotline" })
package org.mediationdesk.notifications;
