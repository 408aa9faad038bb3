package dev.orderledger.app.cluster;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly why a node with a machine id already in use did not start, and what to do. */
class MachineIdTakenFailureAnalyzer extends AbstractFailureAnalyzer<MachineIdTaken> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MachineIdTaken cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Start this node with --ledger.order-id.machine-id=<a number no other node uses>, or stop the node that holds it.",
                cause);
    }
}
