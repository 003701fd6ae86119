package org.mediationdesk.identity;

/** What an administrator gives to open an account; the password is generated and shown once. */
public record NewAccount(String username, String displayName, Assignment assignment) {
}
