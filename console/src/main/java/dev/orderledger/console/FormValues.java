package dev.orderledger.console;

import dev.orderledger.api.bounds.SupportedTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the console's form fields as typed: a UTC day ({@code 2026-03-01}) and an instant, written as the
 * reports print it ({@code 2026-03-01T14:30:00Z}) or as a browser's date-time field sends it, in UTC
 * ({@code 2026-03-01T14:30}). A value that does not read, or lies outside the ledger's calendar
 * ({@link SupportedTime}: 1970 to 9999), is null, for the page to name the field.
 */
public final class FormValues {

    public static final String DAY_HINT = "a day from 1970-01-01 to 9999-12-31, as 2026-03-01";
    public static final String INSTANT_HINT = "an instant in UTC, as 2026-03-01T14:30:00Z, from 1970 to 9999";

    private FormValues() {
    }

    public static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public static LocalDate day(String value) {
        try {
            LocalDate day = LocalDate.parse(value.strip());
            return SupportedTime.contains(day) ? day : null;
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    public static Instant instant(String value) {
        Instant instant = anyInstant(value.strip());
        return instant != null && SupportedTime.contains(instant) ? instant : null;
    }

    private static Instant anyInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /** The start of a UTC day: where a period from that day begins. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The start of the next UTC day: where a day's link to an account's balance stops. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
