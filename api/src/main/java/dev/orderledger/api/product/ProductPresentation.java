package dev.orderledger.api.product;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * How an item is shown to shoppers (seed 003's item index): its images in the order they are shown,
 * the tags a shopper filters by, a line of promotion text and the day the item was released. The
 * seller sets it, every part optional, and replaces it whole. A tag is kept stripped, lower-case and
 * with runs of spaces as one, and each tag once (where it was first given), so "Bluetooth " and
 * "bluetooth" are one tag; blank promotion text is none. The limits are what a request may carry;
 * what was stored is read as it is.
 */
public record ProductPresentation(List<String> imageUrls, List<String> tags, String promotionalInfo, LocalDate releaseDate) {

    public static final int MAX_IMAGES = 20;
    public static final int MAX_IMAGE_URL_LENGTH = 2048;
    /** An absolute http or https URL: a host name or address, an optional port, then path, query and fragment characters. */
    public static final String IMAGE_URL_REGEX =
            "https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][A-Za-z0-9._~!$&'()*+,;=:@%/?#-]*)?";
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG_LENGTH = 30;
    /** Letters, digits and marks of any script, spaces and {@code . _ & + # ' -}, starting with a letter or digit. */
    public static final String TAG_REGEX = " *[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} ._&+#'-]*";
    public static final int MAX_PROMOTION_LENGTH = 200;
    public static final ProductPresentation NONE = new ProductPresentation(null, null, null, null);

    public ProductPresentation {
        imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
        tags = tags == null ? List.of() : tags.stream().map(ProductPresentation::tag).distinct().toList();
        promotionalInfo = promotionalInfo == null || promotionalInfo.isBlank() ? null : promotionalInfo.strip();
    }

    /** A tag as it is kept and searched for: stripped, runs of spaces as one, lower-case. */
    public static String tag(String text) {
        return text.strip().replaceAll(" {2,}", " ").toLowerCase(Locale.ROOT);
    }

    /** Whether nothing is presented: no image, tag, promotion text or release date. */
    public boolean presentsNothing() {
        return imageUrls.isEmpty() && tags.isEmpty() && promotionalInfo == null && releaseDate == null;
    }
}
