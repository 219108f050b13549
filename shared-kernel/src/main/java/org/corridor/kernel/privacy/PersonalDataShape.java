package org.corridor.kernel.privacy;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a type keeps its data subject and its personal values, by JSON property name, read once per type from
 * the annotations. Mistakes in the declaration fail here, when Jackson first meets the type, rather than leaking
 * plaintext later.
 */
record PersonalDataShape(Class<?> type, String subjectProperty, JavaType subjectType, Set<String> personalProperties) {

    static Optional<PersonalDataShape> of(MapperConfig<?> config, BeanDescription description) {
        Class<?> type = description.getBeanClass();
        List<BeanPropertyDefinition> subjects = new ArrayList<>();
        Set<String> personal = new LinkedHashSet<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
            boolean isPersonal = annotated(type, property, PersonalData.class);
            boolean isSubject = annotated(type, property, DataSubject.class);
            if (isPersonal && isSubject) {
                throw misdeclared(type, "'" + property.getName() + "' is both @DataSubject and @PersonalData; the "
                        + "subject id is stored in clear as the associated data of every ciphertext");
            }
            if (isSubject) {
                subjects.add(property);
            }
            if (isPersonal) {
                checkPersonal(config, type, property);
                personal.add(property.getName());
            }
        }
        if (personal.isEmpty()) {
            return Optional.empty();
        }
        if (subjects.size() != 1) {
            throw misdeclared(type, "it has @PersonalData " + personal + " and " + subjects.size()
                    + " @DataSubject components; exactly one must name the person who owns the key");
        }
        BeanPropertyDefinition subject = subjects.get(0);
        return Optional.of(new PersonalDataShape(type, subject.getName(), subject.getPrimaryType(), Set.copyOf(personal)));
    }

    boolean isPersonal(String property) {
        return personalProperties.contains(property);
    }

    /** The id under which the subject's key is kept: a string, a value type's {@code value()}, or its text. */
    static String subjectIdOf(Object subject) {
        if (subject instanceof CharSequence text) {
            return text.toString();
        }
        try {
            Method value = subject.getClass().getMethod("value");
            if (value.getParameterCount() == 0 && Modifier.isPublic(value.getModifiers())
                    && value.getReturnType() != void.class) {
                // A public accessor of a non-public value type is still refused by reflection without this.
                value.trySetAccessible();
                Object id = value.invoke(subject);
                if (id != null) {
                    return subjectIdOf(id);
                }
            }
        } catch (NoSuchMethodException e) {
            // No value() accessor: the type's text is its id.
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the id of data subject " + subject.getClass().getName(), e);
        }
        return subject.toString();
    }

    private static void checkPersonal(MapperConfig<?> config, Class<?> type, BeanPropertyDefinition property) {
        if (property.getPrimaryType().isPrimitive()) {
            throw misdeclared(type, "@PersonalData '" + property.getName() + "' is a primitive; after erasure it "
                    + "reads back as null, so it must be a reference type");
        }
        AnnotatedMember accessor = property.getAccessor();
        if (accessor != null && config.getAnnotationIntrospector().findUnwrappingNameTransformer(accessor) != null) {
            throw misdeclared(type, "@PersonalData '" + property.getName() + "' is @JsonUnwrapped; it must be "
                    + "written as one value to be encrypted as one");
        }
    }

    private static boolean annotated(Class<?> type, BeanPropertyDefinition property,
                                     Class<? extends Annotation> annotation) {
        if (has(property.getField(), annotation) || has(property.getGetter(), annotation)
                || has(property.getSetter(), annotation) || has(property.getConstructorParameter(), annotation)) {
            return true;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(property.getInternalName())) {
                    return component.isAnnotationPresent(annotation);
                }
            }
        }
        return false;
    }

    private static boolean has(Annotated member, Class<? extends Annotation> annotation) {
        return member != null && member.hasAnnotation(annotation);
    }

    private static IllegalStateException misdeclared(Class<?> type, String why) {
        return new IllegalStateException("personal data of " + type.getName() + " is misdeclared: " + why);
    }
}
