package org.corridor.identity.erasure.api;

/** An answer named another person than the request it names; it is not recorded. */
public class AnswerForAnotherPerson extends RuntimeException {

    public AnswerForAnotherPerson(String erasureId, String service) {
        super("The answer of " + service + " to erasure " + erasureId + " names another person than the request");
    }
}
