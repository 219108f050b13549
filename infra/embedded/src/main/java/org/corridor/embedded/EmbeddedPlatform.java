package org.corridor.embedded;

public final class EmbeddedPlatform {

    public static void main(String[] args) {
        throw new IllegalStateException("the embedded launcher is being built");
    }
}
