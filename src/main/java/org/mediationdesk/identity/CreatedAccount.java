package org.mediationdesk.identity;

/** An account just opened, with its first password: the only time that password is shown. */
public record CreatedAccount(AccountView account, String password) {
}
