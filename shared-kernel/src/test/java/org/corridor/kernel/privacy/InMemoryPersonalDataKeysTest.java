package org.corridor.kernel.privacy;

class InMemoryPersonalDataKeysTest extends PersonalDataKeysContract {

    private final InMemoryPersonalDataKeys keys = new InMemoryPersonalDataKeys();

    @Override
    PersonalDataKeys keys() {
        return keys;
    }
}
