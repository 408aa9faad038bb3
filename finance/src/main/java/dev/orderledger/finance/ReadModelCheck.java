package dev.orderledger.finance;

import dev.orderledger.finance.Discrepancy.Check;
import dev.orderledger.finance.LedgerFold.AccountBook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares the account balance read model with the replayed ledger. An account is compared only
 * where the read model has projected as many postings as the replay read: a view that is behind (or
 * ahead of a bounded replay) is not wrong, only elsewhere in the stream.
 */
@Component
class ReadModelCheck {

    private final JdbcTemplate jdbc;

    ReadModelCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The accounts whose read model shows another balance than the replay after the same postings. */
    List<Discrepancy> compare(LedgerFold ledger) {
        Map<String, AccountBook> books = ledger.accounts().stream()
                .collect(Collectors.toMap(AccountBook::id, Function.identity()));
        List<Discrepancy> found = new ArrayList<>();
        jdbc.query("SELECT account_id, balance, entries FROM account_balance_view", row -> {
            AccountBook book = books.get(row.getString(1));
            BigDecimal shown = row.getBigDecimal(2);
            if (book != null && book.postings() == row.getLong(3) && shown.compareTo(book.recorded().amount()) != 0) {
                LedgerFold.Posting last = book.last();
                found.add(Discrepancy.of(Check.READ_MODEL, book.id(), null, ledger.orderReferenceOf(last.transferId()),
                        last.transferId(), book.recorded(), List.of(last.at()),
                        "the account balance view shows " + new Amount(atScale(shown, book.recorded().amount().scale()),
                                book.currency())
                        + " after " + book.postingsInWords() + ", the journal " + book.recorded()));
            }
        });
        return found;
    }

    /** The view's number (a NUMERIC of more places) at the journal's scale when that loses nothing, else as it is. */
    private static BigDecimal atScale(BigDecimal shown, int scale) {
        return shown.stripTrailingZeros().scale() <= scale ? shown.setScale(scale, RoundingMode.UNNECESSARY) : shown;
    }
}
