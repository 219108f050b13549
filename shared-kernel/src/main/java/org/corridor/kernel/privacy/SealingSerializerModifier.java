package org.corridor.kernel.privacy;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.util.ArrayList;
import java.util.List;

/** Swaps the writers of {@link PersonalData} properties for sealing ones. */
final class SealingSerializerModifier extends BeanSerializerModifier {

    private final PersonalDataCipher cipher;

    SealingSerializerModifier(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                                                     List<BeanPropertyWriter> writers) {
        PersonalDataShape shape = PersonalDataShape.of(config, description).orElse(null);
        if (shape == null) {
            return writers;
        }
        BeanPropertyWriter subject = writers.stream()
                .filter(writer -> writer.getName().equals(shape.subjectProperty()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("personal data of " + shape.type().getName()
                        + " is misdeclared: its @DataSubject '" + shape.subjectProperty()
                        + "' is not written to JSON, so a reader could not find the key"));
        List<BeanPropertyWriter> changed = new ArrayList<>(writers.size());
        for (BeanPropertyWriter writer : writers) {
            changed.add(shape.isPersonal(writer.getName()) ? new SealingPropertyWriter(writer, subject, cipher) : writer);
        }
        return changed;
    }
}
