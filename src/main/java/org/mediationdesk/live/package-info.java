/**
 * Live screens: one stream component through which every live screen (a meeting's board, later the hotline
 * console and the incident mechanism) receives what changed.
 *
 * <ul>
 * <li><b>Watcher</b>: a viewer (with the language of their screen) holding a stream open on a topic.</li>
 * <li><b>Topic</b>: what a stream follows, such as one meeting's board.</li>
 * <li><b>Change</b>: published on a topic after the transaction that made it commits, as a function from watcher
 * to what that watcher may see of it. The publisher builds each watcher's payload through the access policy; a
 * watcher who may see nothing of a change gets nothing, not even an empty event; a watcher the publisher refuses
 * (not found: they may no longer see the topic at all) has their stream ended.</li>
 * <li><b>Re-authorisation</b>: a stream keeps no access its holder has lost. It holds the account and API token it
 * was opened with; before every change it is sent, the access versions of the accounts watching are read at once,
 * and a watcher whose account changed is read again: a disabled account, a revoked token or an ended login ends the
 * stream, a changed role or group goes on as the account stands now. An account's change is applied to its streams
 * at once, after it commits.</li>
 * </ul>
 *
 * Streams are Server-Sent Events. Each has a bounded queue (a slow screen loses its oldest changes, never holds
 * up the others), a heartbeat that keeps proxies from closing it, a time limit after which the browser
 * reconnects, and a limit per account. The streams live in the memory of one node: with several nodes, a change
 * must first cross to the others through a shared channel (PostgreSQL's outbox and {@code LISTEN/NOTIFY}), and
 * each node then publishes it to its own watchers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live streams",
		allowedDependencies = { "shared", "identity" })
package org.mediationdesk.live;
