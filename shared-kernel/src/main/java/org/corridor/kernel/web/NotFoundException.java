package org.corridor.kernel.web;

/** A read model has no entry under the requested id. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No " + what + " with id " + id);
    }
}
