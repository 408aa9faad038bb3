package dev.orderledger.api.intervention;

/**
 * Intervention ids are {@code process:reference} in lower case ({@code refund:r-42},
 * {@code payment:pay-7}): one open intervention per process instance, reopened if it gets stuck again.
 */
public final class InterventionId {

    private InterventionId() {
    }

    public static String of(InterventionProcess process, String reference) {
        return process.name().toLowerCase(java.util.Locale.ROOT) + ":" + reference;
    }
}
