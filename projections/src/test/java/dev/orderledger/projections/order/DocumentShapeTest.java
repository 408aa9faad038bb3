package dev.orderledger.projections.order;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentShapeTest {

    enum Colour { RED, BLUE }

    enum OtherColour { RED, BLUE, GREEN }

    record Line(String name, int quantity) {
    }

    record RenamedLine(String title, int quantity) {
    }

    record Order(String id, List<Line> lines, Colour colour) {
    }

    record OrderOfRenamedLines(String id, List<RenamedLine> lines, Colour colour) {
    }

    record OrderOfOtherColours(String id, List<Line> lines, OtherColour colour) {
    }

    record Tree(String name, List<Tree> children) {
    }

    record Purchase(String id, List<Line> lines, Colour colour) {
    }

    record Count(String name, long quantity) {
    }

    record OrderOfCounts(String id, List<Count> lines, Colour colour) {
    }

    @Test
    void theSameTypeHasTheSameShapeEveryTime() {
        assertThat(DocumentShape.of(Order.class)).isEqualTo(DocumentShape.of(Order.class)).hasSize(16);
    }

    @Test
    void aRenamedComponentDeepInsideChangesTheShape() {
        assertThat(DocumentShape.of(OrderOfRenamedLines.class)).isNotEqualTo(DocumentShape.of(Order.class));
    }

    @Test
    void aComponentOfAnotherTypeChangesTheShape() {
        assertThat(DocumentShape.of(OrderOfCounts.class)).isNotEqualTo(DocumentShape.of(Order.class));
    }

    @Test
    void aRecordRenamedWithTheSameComponentsKeepsItsShape() {
        assertThat(DocumentShape.of(Purchase.class)).isEqualTo(DocumentShape.of(Order.class));
    }

    @Test
    void anEnumWithOtherConstantsChangesTheShape() {
        assertThat(DocumentShape.of(OrderOfOtherColours.class)).isNotEqualTo(DocumentShape.of(Order.class));
    }

    @Test
    void aTypeThatContainsItselfHasAShape() {
        assertThat(DocumentShape.of(Tree.class)).hasSize(16);
    }

    @Test
    void theOrderDetailHasAShape() {
        assertThat(OrderDocuments.SHAPE).isEqualTo(DocumentShape.of(dev.orderledger.api.order.OrderDetail.class)).hasSize(16);
    }
}
