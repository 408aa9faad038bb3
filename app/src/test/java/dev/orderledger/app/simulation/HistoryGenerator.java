package dev.orderledger.app.simulation;

import dev.orderledger.app.simulation.Action.Line;
import dev.orderledger.app.simulation.Action.Share;
import dev.orderledger.app.simulation.Misbehaviour.Carrier;
import dev.orderledger.app.simulation.Misbehaviour.Gateway;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Generates a short history from a seed, and nothing else: the same seed always gives the same
 * actions. It keeps a symbolic picture of what the history has done so far (products, orders, pay
 * orders, refunds) so that each action is one a real actor could take at that point, and it lets the
 * partners misbehave by the seed.
 */
final class HistoryGenerator {

    static final int MIN_ACTIONS = 10;
    static final int MAX_ACTIONS = 24;
    private static final int MAX_PRODUCTS = 3;
    private static final Gateway[] PAYMENT_MISBEHAVIOURS = {Gateway.DUPLICATES, Gateway.REORDERED, Gateway.DROPPED,
            Gateway.LOST_REPLY, Gateway.DECLINED, Gateway.FAILED, Gateway.LATE, Gateway.WRONG_AMOUNT};
    private static final Gateway[] REFUND_MISBEHAVIOURS = {Gateway.DUPLICATES, Gateway.DROPPED, Gateway.LOST_REPLY,
            Gateway.FAILED, Gateway.DECLINED};
    private static final Gateway[] RETURN_MISBEHAVIOURS = {Gateway.DROPPED, Gateway.FAILED, Gateway.DECLINED};

    private record Product(int seller, boolean virtual, int skus) {
    }

    private record Order(int buyer, int seller, boolean virtual, List<Line> lines) {
    }

    private record Refund(int order, boolean byAdmin, boolean withReturn) {
    }

    private final SplittableRandom random;
    private final int sellers;
    private final int buyers;
    private final List<Action> actions = new ArrayList<>();
    private final List<Product> products = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();
    private final Set<Integer> paid = new HashSet<>();
    private final List<Refund> refunds = new ArrayList<>();
    private int payOrders;

    private HistoryGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.sellers = 1;
        this.buyers = 1 + random.nextInt(2);
    }

    /**
     * The history of this seed: {@value #MIN_ACTIONS} to {@value #MAX_ACTIONS} actions, and up to two more when
     * the last is a payment that brings its funding and the cancellation it races with.
     */
    static List<Action> history(long seed) {
        return new HistoryGenerator(seed).generate();
    }

    private List<Action> generate() {
        int length = MIN_ACTIONS + random.nextInt(MAX_ACTIONS - MIN_ACTIONS + 1);
        newProduct();
        while (actions.size() < length) {
            next().get();
        }
        return List.copyOf(actions);
    }

    /** Picks what happens next, weighted, among what the history makes possible. */
    private Supplier<Boolean> next() {
        List<Supplier<Boolean>> choices = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        option(choices, weights, products.size() < MAX_PRODUCTS ? 1 : 0, this::newProduct);
        option(choices, weights, 2, this::stockOrPrice);
        option(choices, weights, 2, this::fund);
        option(choices, weights, 10, this::place);
        option(choices, weights, orders.isEmpty() ? 0 : 8, this::pay);
        option(choices, weights, orders.isEmpty() ? 0 : 2, () -> add(new Action.Cancel(anyOrder(), random.nextInt(4) == 0)));
        option(choices, weights, paid.isEmpty() ? 0 : 2, () -> add(new Action.Ship(paidOrder())));
        option(choices, weights, paid.isEmpty() ? 0 : 4, () -> add(new Action.ConfirmReceipt(paidOrder())));
        option(choices, weights, paid.isEmpty() ? 0 : 5, this::refund);
        option(choices, weights, refunds.isEmpty() ? 0 : 6, this::refundStep);
        option(choices, weights, 2, () -> add(new Action.Intervene(random.nextInt(8), random.nextInt(4) != 0)));
        option(choices, weights, 1, () -> add(new Action.Pause()));
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (int i = 0; ; i++) {
            roll -= weights.get(i);
            if (roll < 0) {
                return choices.get(i);
            }
        }
    }

    private static void option(List<Supplier<Boolean>> choices, List<Integer> weights, int weight, Supplier<Boolean> choice) {
        if (weight > 0) {
            choices.add(choice);
            weights.add(weight);
        }
    }

    private boolean add(Action action) {
        return actions.add(action);
    }

    private boolean newProduct() {
        boolean virtual = random.nextInt(5) == 0;
        int skus = 1 + random.nextInt(2);
        List<Integer> prices = new ArrayList<>();
        List<Integer> stock = new ArrayList<>();
        for (int i = 0; i < skus; i++) {
            prices.add(price());
            stock.add(virtual ? 0 : random.nextInt(9));
        }
        products.add(new Product(random.nextInt(sellers), virtual, skus));
        return add(new Action.NewProduct(products.size() - 1, products.get(products.size() - 1).seller(), virtual,
                prices, stock));
    }

    private int price() {
        return 100 + random.nextInt(49_900);
    }

    private boolean stockOrPrice() {
        int product = random.nextInt(products.size());
        int sku = random.nextInt(products.get(product).skus());
        return add(switch (random.nextInt(4)) {
            case 0 -> new Action.ReceiveStock(product, sku, 1 + random.nextInt(5));
            case 1 -> new Action.AdjustStock(product, sku, random.nextInt(7) - 3);
            case 2 -> new Action.ChangePrice(product, sku, price());
            default -> new Action.Shelve(product, random.nextInt(3) != 0);
        });
    }

    private boolean fund() {
        return add(new Action.Fund(random.nextInt(buyers), random.nextBoolean(), 100 + random.nextInt(100_000)));
    }

    private boolean place() {
        int first = random.nextInt(products.size());
        Product product = products.get(first);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(first, random.nextInt(product.skus()), 1 + random.nextInt(3)));
        if (random.nextInt(3) == 0) {
            int second = random.nextInt(products.size());
            Line extra = new Line(second, random.nextInt(products.get(second).skus()), 1 + random.nextInt(3));
            boolean sameKind = products.get(second).seller() == product.seller() && products.get(second).virtual() == product.virtual();
            if (sameKind && lines.stream().noneMatch(line -> line.product() == extra.product() && line.sku() == extra.sku())) {
                lines.add(extra);
            }
        }
        Carrier carrier = product.virtual() || random.nextInt(5) < 3 ? Carrier.NORMAL
                : Carrier.values()[1 + random.nextInt(Carrier.values().length - 1)];
        int buyer = random.nextInt(buyers);
        orders.add(new Order(buyer, product.seller(), product.virtual(), List.copyOf(lines)));
        return add(new Action.Place(orders.size() - 1, buyer, List.copyOf(lines), carrier));
    }

    private boolean pay() {
        int first = anyOrder();
        int buyer = orders.get(first).buyer();
        List<Integer> paying = new ArrayList<>(List.of(first));
        for (int other = 0; other < orders.size() && random.nextBoolean(); other++) {
            if (other != first && orders.get(other).buyer() == buyer && !paid.contains(other) && paying.size() < 3) {
                paying.add(other);
            }
        }
        String method = random.nextInt(4) == 0 ? "LEDGER_WALLET" : "GATEWAY_CARD";
        Share coins = random.nextInt(5) < 3 ? Share.NONE : Share.values()[1 + random.nextInt(3)];
        Share voucher = random.nextInt(4) < 3 ? Share.NONE : Share.values()[1 + random.nextInt(2)];
        if ((coins != Share.NONE || method.equals("LEDGER_WALLET")) && random.nextInt(3) != 0) {
            add(new Action.Fund(buyer, coins != Share.NONE, 20_000 + random.nextInt(200_000)));
        }
        Gateway gateway = method.equals("LEDGER_WALLET") || random.nextBoolean() ? Gateway.NORMAL
                : PAYMENT_MISBEHAVIOURS[random.nextInt(PAYMENT_MISBEHAVIOURS.length)];
        Gateway returns = random.nextInt(4) != 0 ? Gateway.NORMAL : RETURN_MISBEHAVIOURS[random.nextInt(RETURN_MISBEHAVIOURS.length)];
        paid.addAll(paying);
        add(new Action.Pay(payOrders++, buyer, List.copyOf(paying), method, coins, voucher, gateway, returns));
        if (gateway == Gateway.LATE) {
            add(new Action.Cancel(first, false));
        }
        return true;
    }

    private boolean refund() {
        int order = paidOrder();
        List<Line> lines = orders.get(order).lines();
        boolean whole = random.nextInt(10) < 3;
        int lineNo = 1 + random.nextInt(lines.size());
        int quantity = 1 + random.nextInt(lines.get(lineNo - 1).quantity());
        boolean withReturn = random.nextBoolean();
        boolean byAdmin = random.nextInt(5) == 0;
        Gateway gateway = random.nextInt(5) < 3 ? Gateway.NORMAL : REFUND_MISBEHAVIOURS[random.nextInt(REFUND_MISBEHAVIOURS.length)];
        refunds.add(new Refund(order, byAdmin, withReturn));
        return add(new Action.RequestRefund(refunds.size() - 1, order, whole ? null : lineNo, whole ? 0 : quantity,
                withReturn, byAdmin, gateway));
    }

    private boolean refundStep() {
        int refund = random.nextInt(refunds.size());
        Refund chosen = refunds.get(refund);
        int step = random.nextInt(chosen.withReturn() ? 5 : 3);
        return add(switch (step) {
            case 0, 1 -> new Action.Decide(refund, random.nextInt(4) != 0);
            case 2 -> new Action.Arbitrate(refund, random.nextInt(3) != 0);
            case 3 -> new Action.ShipReturn(refund);
            default -> new Action.ReceiveReturn(refund, random.nextInt(6) != 0);
        });
    }

    private int anyOrder() {
        return random.nextInt(orders.size());
    }

    private int paidOrder() {
        List<Integer> candidates = new ArrayList<>(paid);
        candidates.sort(null);
        return candidates.get(random.nextInt(candidates.size()));
    }
}
