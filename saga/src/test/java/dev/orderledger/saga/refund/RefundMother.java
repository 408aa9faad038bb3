package dev.orderledger.saga.refund;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.marketing.CouponId;
import dev.orderledger.api.refund.RefundId;
import dev.orderledger.api.account.AccountId;
import dev.orderledger.api.account.AccountKind;
import dev.orderledger.api.account.TransferId;
import dev.orderledger.api.account.TransferMoneyCommand;
import dev.orderledger.api.intervention.InterventionId;
import dev.orderledger.api.intervention.InterventionProcess;
import dev.orderledger.api.intervention.InterventionRetryRequestedEvent;
import dev.orderledger.api.intervention.RaiseInterventionCommand;
import dev.orderledger.api.intervention.ResolveInterventionCommand;
import dev.orderledger.api.inventory.RestockCommand;
import dev.orderledger.api.money.Money;
import dev.orderledger.api.order.MarketingRequest;
import dev.orderledger.api.order.OrderId;
import dev.orderledger.api.payment.Funding;
import dev.orderledger.api.product.ProductId;
import dev.orderledger.api.product.SkuId;
import dev.orderledger.api.product.SkuRef;
import dev.orderledger.api.refund.RefundApprovedEvent;
import dev.orderledger.api.refund.RefundKind;
import dev.orderledger.api.refund.RefundLine;
import dev.orderledger.api.refund.RefundMarketingRolledBackEvent;
import dev.orderledger.api.refund.RefundOpenedEvent;
import dev.orderledger.api.refund.RefundPaidEvent;
import dev.orderledger.api.security.Actor;

import java.util.List;

import static dev.orderledger.saga.ProcessFixtures.NOW;
import static dev.orderledger.saga.ProcessFixtures.WORDING;
import static dev.orderledger.saga.ProcessFixtures.cny;

/**
 * A refund of a whole order: two T-shirts (119.80) and a mug (35.20), paid 155.00 = 130.00 cash +
 * 15.00 coins + 10.00 voucher, with a coupon and points that come back when the order is emptied.
 */
final class RefundMother {

    static final String REFUND = "refund-1";
    static final RefundId REFUND_ID = RefundId.of(REFUND);
    static final OrderId ORDER = OrderId.of("1795300000000002001");
    static final String BUYER = "10000002";
    static final String SELLER = "10000001";
    static final String INTERVENTION = "refund:" + REFUND;

    static final RefundLine TWO_TSHIRTS = new RefundLine(1, new SkuRef(ProductId.of("tshirt"), SkuId.of("tshirt-red-m")), 2,
            cny("119.80"));
    static final RefundLine ONE_MUG = new RefundLine(2, new SkuRef(ProductId.of("mug"), SkuId.of("mug-white")), 1, cny("35.20"));
    static final List<RefundLine> LINES = List.of(TWO_TSHIRTS, ONE_MUG);
    static final Funding FUNDING = new Funding(cny("130.00"), cny("15.00"), cny("10.00"));
    static final Funding NO_CASH = new Funding(cny("0"), cny("145.00"), cny("10.00"));
    static final MarketingRequest COUPON_AND_POINTS = new MarketingRequest(CouponId.of("coupon-10-off"), 500);

    static final AccountId WALLET = AccountId.buyerWallet(UserId.of(BUYER));
    static final AccountId COINS = AccountId.buyerCoins(UserId.of(BUYER));
    static final AccountId SELLER_ACCOUNT = AccountId.seller(UserId.of(SELLER));
    static final AccountId CLEARING = AccountId.platform(AccountKind.PLATFORM_CLEARING, ORDER.toString());
    static final AccountId MARKETING = AccountId.platform(AccountKind.PLATFORM_MARKETING, ORDER.toString());
    static final AccountId GATEWAY = AccountId.platform(AccountKind.PLATFORM_GATEWAY, ORDER.toString());

    private RefundMother() {
    }

    /** A refund of the whole order as the refund aggregate opens it; the builder methods say what differs. */
    static Opened refund(RefundKind kind) {
        return new Opened(kind, false, true, FUNDING, false, MarketingRequest.NONE, false);
    }

    record Opened(RefundKind kind, boolean returnRequired, boolean restock, Funding funding, boolean afterSettlement,
                  MarketingRequest marketing, boolean cashFromWallet) {

        Opened withReturn() {
            return new Opened(kind, true, restock, funding, afterSettlement, marketing, cashFromWallet);
        }

        Opened afterTheSellerWasSettled() {
            return new Opened(kind, returnRequired, restock, funding, true, marketing, cashFromWallet);
        }

        Opened restoring(MarketingRequest restored) {
            return new Opened(kind, returnRequired, restock, funding, afterSettlement, restored, cashFromWallet);
        }

        Opened fundedBy(Funding other) {
            return new Opened(kind, returnRequired, restock, other, afterSettlement, marketing, cashFromWallet);
        }

        Opened ofAnOrderPaidFromTheWallet() {
            return new Opened(kind, returnRequired, restock, funding, afterSettlement, marketing, true);
        }

        RefundOpenedEvent event() {
            return new RefundOpenedEvent(REFUND_ID, ORDER, UserId.of(BUYER), UserId.of(SELLER), kind, returnRequired, restock, LINES, funding.total(), funding,
                    afterSettlement, marketing, WORDING, NOW, cashFromWallet);
        }
    }

    static RefundApprovedEvent approved() {
        return new RefundApprovedEvent(REFUND_ID, Actor.SYSTEM_USER, NOW);
    }

    static RefundMarketingRolledBackEvent marketingRolledBack() {
        return new RefundMarketingRolledBackEvent(REFUND_ID, NOW);
    }

    static RefundPaidEvent paidBack(Money cash) {
        return new RefundPaidEvent(REFUND_ID, ORDER, cash, "gw-refund-1", NOW);
    }

    static InterventionRetryRequestedEvent retryRequested(String reason) {
        return new InterventionRetryRequestedEvent(InterventionId.of(INTERVENTION), InterventionProcess.REFUND, REFUND, reason, UserId.of("admin-1"), NOW);
    }

    static RaiseInterventionCommand raised(String reason) {
        return new RaiseInterventionCommand(InterventionId.of(INTERVENTION), InterventionProcess.REFUND, REFUND, reason, WORDING, NOW);
    }

    static ResolveInterventionCommand resolved() {
        return new ResolveInterventionCommand(InterventionId.of(INTERVENTION), Actor.system(), WORDING, NOW);
    }

    static RestockCommand restock(RefundLine line) {
        return new RestockCommand(line.sku(), ORDER, line.quantity(), "refund-" + REFUND + "-" + line.lineNo());
    }

    static TransferMoneyCommand transfer(String id, AccountId from, AccountId to, Money amount) {
        return new TransferMoneyCommand(TransferId.of(id), from, to, amount, ORDER.toString(), WORDING, NOW);
    }

    static TransferMoneyCommand coinsBack(Funding funding) {
        return transfer("refund-coins:" + REFUND, CLEARING, COINS, funding.coins());
    }

    static TransferMoneyCommand voucherBack(Funding funding) {
        return transfer("refund-voucher:" + REFUND, CLEARING, MARKETING, funding.voucher());
    }
}
