package org.corridor.identity.account.command;

/** Whether an account may sign in, and if not, what the person is told. */
public enum AccountStatus {
    /** Signs in with its password. */
    ACTIVE,
    /** Created by an administrator; the person sets a password with the one-time code they were given. */
    AWAITING_PASSWORD,
    /** An employer that registered itself and waits for a scheme administrator's approval. */
    PENDING_APPROVAL,
    /** Locked by an administrator until they unlock it. */
    LOCKED;

    /** Why an account in this state cannot sign in, and what to do; null when it can. */
    public String whyNotSignIn() {
        return switch (this) {
            case ACTIVE -> null;
            case AWAITING_PASSWORD -> "This account has no password yet. Set one with the one-time code your "
                    + "administrator gave you, or ask them for a new code.";
            case PENDING_APPROVAL -> "Your employer registration waits for approval by the scheme administrator of "
                    + "the destination country. You can sign in once it is approved.";
            case LOCKED -> "This account is locked by an administrator. Ask your administrator to unlock it.";
        };
    }
}
