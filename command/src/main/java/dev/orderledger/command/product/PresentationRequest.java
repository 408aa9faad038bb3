package dev.orderledger.command.product;

import dev.orderledger.api.bounds.InCalendar;
import dev.orderledger.api.product.ProductPresentation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

import static dev.orderledger.api.product.ProductPresentation.IMAGE_URL_REGEX;
import static dev.orderledger.api.product.ProductPresentation.MAX_IMAGES;
import static dev.orderledger.api.product.ProductPresentation.MAX_IMAGE_URL_LENGTH;
import static dev.orderledger.api.product.ProductPresentation.MAX_PROMOTION_LENGTH;
import static dev.orderledger.api.product.ProductPresentation.MAX_TAGS;
import static dev.orderledger.api.product.ProductPresentation.MAX_TAG_LENGTH;
import static dev.orderledger.api.product.ProductPresentation.TAG_REGEX;

/**
 * How a seller wants an item shown, in a product's creation or replacing what it shows: image URLs in
 * the order shown, tags (kept lower-case, see {@link ProductPresentation}), one line of promotion text
 * and the release day. Every field is optional; one left out shows nothing of that kind.
 */
record PresentationRequest(
        @Size(max = MAX_IMAGES) List<@NotNull @Size(max = MAX_IMAGE_URL_LENGTH)
        @Pattern(regexp = IMAGE_URL_REGEX, message = "must be an http or https URL") String> imageUrls,
        @Size(max = MAX_TAGS) List<@NotNull @Size(min = 1, max = MAX_TAG_LENGTH) @Pattern(regexp = TAG_REGEX,
                message = "must start with a letter or digit and hold only letters, digits, spaces and . _ & + # ' -") String> tags,
        @Size(max = MAX_PROMOTION_LENGTH) String promotionalInfo,
        @InCalendar LocalDate releaseDate) {

    ProductPresentation toPresentation() {
        return new ProductPresentation(imageUrls, tags, promotionalInfo, releaseDate);
    }
}
