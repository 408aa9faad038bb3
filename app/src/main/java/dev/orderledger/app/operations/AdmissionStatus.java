package dev.orderledger.app.operations;

/**
 * The placement admission: the backlog past which new placements are refused ({@code maxBacklog}, 0:
 * never), the order flow's backlog now (events), and whether placements are being refused.
 */
public record AdmissionStatus(long maxBacklog, long backlog, boolean shedding) {
}
