package dev.orderledger.projections.order;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Set;

/**
 * A fingerprint of the shape of a document type as JSON sees it: the names and types of its record
 * components, and of the records' within them, down to the leaves (their class names) and the enums
 * (their constants); the records' own names play no part. A stored document written under another
 * fingerprint was written by code that had another idea of the type, and is not served as it is.
 */
final class DocumentShape {

    private DocumentShape() {
    }

    /** The fingerprint of this record type (16 hexadecimal digits). */
    static String of(Class<? extends Record> type) {
        StringBuilder described = new StringBuilder();
        describe(type, described, new HashSet<>());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(described.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("every Java platform has SHA-256", absent);
        }
    }

    private static void describe(Type type, StringBuilder into, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            describe(parameterized.getRawType(), into, seen);
            into.append('<');
            for (Type argument : parameterized.getActualTypeArguments()) {
                describe(argument, into, seen);
                into.append(',');
            }
            into.append('>');
            return;
        }
        if (!(type instanceof Class<?> plain)) {
            into.append(type.getTypeName());
            return;
        }
        if (!plain.isRecord() && !plain.isEnum()) {
            into.append(plain.getName());
            return;
        }
        if (!seen.add(plain)) {
            into.append("(again)");
            return;
        }
        if (plain.isRecord()) {
            into.append('{');
            for (RecordComponent component : plain.getRecordComponents()) {
                into.append(component.getName()).append(':');
                describe(component.getGenericType(), into, seen);
                into.append(';');
            }
            into.append('}');
        } else if (plain.isEnum()) {
            into.append(Arrays.toString(plain.getEnumConstants()));
        }
    }
}
