/**
 * Who someone is on the platform.
 *
 * <ul>
 * <li><b>Account</b>: a person's login. It has exactly one role: administrator, co-chair (of one institution),
 * secretariat, or participant (of exactly one participant group).</li>
 * <li><b>Viewer</b>: the account (or anonymous visitor) on whose behalf something is read or changed.</li>
 * <li><b>API token</b>: a personal secret for the JSON API, shown once and stored only as a hash.</li>
 * </ul>
 *
 * Administrators manage accounts; managing an account gives no right to read what its holder sees.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "shared" })
package org.mediationdesk.identity;
