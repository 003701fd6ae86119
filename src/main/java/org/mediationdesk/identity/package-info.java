/**
 * Who someone is on the platform.
 *
 * <ul>
 * <li><b>Account</b>: a person's login. It has exactly one role: administrator, co-chair (of one institution),
 * secretariat, or participant (of exactly one participant group).</li>
 * <li><b>Viewer</b>: the account (or anonymous visitor) on whose behalf something is read or changed.</li>
 * <li><b>Invitation</b> ({@code Invitations}): how an administrator opens an account: a one-time link (stored as a
 * hash, good once and for 72 hours, {@code mediationdesk.invitations.valid-for}) with which the holder chooses the
 * password; sent by e-mail through {@code OutgoingMail} where an SMTP
 * server is configured, otherwise shown to the administrator once. The account cannot log in before.</li>
 * <li><b>Contact</b>: an account's e-mail address (unique), the language of what is sent to it, and whether each
 * notification also comes by e-mail; {@code AccountManagement.recipients()} gives them to whoever tells people of
 * something (who must still ask the access policy).</li>
 * <li><b>API token</b> ({@code ApiTokens}): a personal secret for the JSON API, shown once and stored only as a
 * hash.</li>
 * <li><b>Hashed secret</b> ({@code HashedSecret}): what an API token, an invitation's link and a personal feed address
 * have in common: 256 random bits shown once, kept as their SHA-256, found by it and compared in constant time.</li>
 * <li><b>Second factor</b> ({@code SecondFactor}): a one-time code (RFC 6238) from an authenticator app, asked for after the password;
 * <b>recovery codes</b> stand in for a lost app, each once. Required of administrators and co-chairs where
 * {@code mediationdesk.security.require-second-factor} is on. Its secret is kept encrypted (AES-GCM) under a key in a
 * file outside the database ({@code SecondFactorKeys}, {@code mediationdesk.security.second-factor-key}), checked at
 * every start and rotated by the command {@code second-factor rotate-key} ({@code SecondFactorSecrets}).</li>
 * <li><b>Login throttle</b> ({@code LoginThrottle}): failed logins slow down the pair of name tried and client address
 * they came from, never the account's owner elsewhere nor another account behind the same address; a name that no
 * account has is counted and answered exactly like one that an account has.</li>
 * </ul>
 *
 * Administrators manage accounts ({@code AccountManagement}); managing an account gives no right to read what its
 * holder sees. Each facade checks the viewer first ({@code Viewer.requireAdmin()}, {@code requireLoggedIn()}); the
 * settings are bound to {@code IdentityProperties}. Events: {@code AccountCreated}, {@code AccountDisabled},
 * {@code AccountRoleChanged}, and {@code AccountChanged} for every other change of an account.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "shared" })
package org.mediationdesk.identity;
