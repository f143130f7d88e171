package io.reelbase.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.core.merge.WordDiff.Kind;
import io.reelbase.core.merge.WordDiff.Piece;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    @Test
    void theChangedWordsAreMarkedAndTheRestKept() {
        assertThat(WordDiff.between("Calm sea at dawn.", "Calm grey sea at noon."))
                .containsExactly(new Piece(Kind.KEPT, "Calm "), new Piece(Kind.ADDED, "grey "), new Piece(Kind.KEPT, "sea at "),
                        new Piece(Kind.REMOVED, "dawn."), new Piece(Kind.ADDED, "noon."));
    }

    @Test
    void puttingThePiecesBackGivesBothTexts() {
        var pieces = WordDiff.between("one two three", "zero one three four");
        String before = pieces.stream().filter(p -> p.kind() != Kind.ADDED).map(Piece::text).reduce("", String::concat);
        String after = pieces.stream().filter(p -> p.kind() != Kind.REMOVED).map(Piece::text).reduce("", String::concat);
        assertThat(before).isEqualTo("one two three");
        assertThat(after).isEqualTo("zero one three four");
    }
}
