package io.reelbase.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestAnswerTest {
    private final ManualTasks tasks = new ManualTasks();
    private final LatestAnswer<String> answer = new LatestAnswer<>(tasks);
    private final List<String> shown = new ArrayList<>();

    private void ask(String q) {
        answer.ask("ask " + q, p -> "answer to " + q, shown::add, e -> shown.add("failed: " + e.getMessage()));
    }

    @Test
    void oneQuestionIsOutAtATimeAndOnlyTheNewestIsAskedNext() {
        ask("a");
        ask("b");
        ask("c");
        assertThat(tasks.pending()).extracting(ManualTasks.Pending::title).as("b and c wait for a").containsExactly("ask a");
        tasks.finishOldest();
        assertThat(shown).as("a's answer is older than the question c: dropped").isEmpty();
        assertThat(tasks.pending()).extracting(ManualTasks.Pending::title).as("b was replaced by c").containsExactly("ask c");
        tasks.finishOldest();
        assertThat(shown).containsExactly("answer to c");
        assertThat(answer.isAsking()).isFalse();
    }

    @Test
    void aFailureOfTheLatestQuestionIsReportedAndAnOlderOneIsNot() {
        answer.ask("broken", p -> {
            throw new IllegalStateException("old and broken");
        }, shown::add, e -> shown.add("failed: " + e.getMessage()));
        answer.ask("broken too", p -> {
            throw new IllegalStateException("the database is gone");
        }, shown::add, e -> shown.add("failed: " + e.getMessage()));
        tasks.finishAll();
        assertThat(shown).containsExactly("failed: the database is gone");
    }

    @Test
    void aForgottenQuestionHandsNothingBack() {
        ask("a");
        answer.forget();
        tasks.finishAll();
        assertThat(shown).isEmpty();
        ask("b");
        tasks.finishAll();
        assertThat(shown).containsExactly("answer to b");
    }
}
