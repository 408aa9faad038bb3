package dev.orderledger.app.cluster;

/** Another live node holds this node's order-id machine id: the node does not start. */
class MachineIdTaken extends RuntimeException {

    MachineIdTaken(int machineId, String node, String holder) {
        super("order-id machine id " + machineId + " is held by " + holder + "; node " + node
                + " cannot make order ids with it. Give each node its own ledger.order-id.machine-id (0..999).");
    }
}
