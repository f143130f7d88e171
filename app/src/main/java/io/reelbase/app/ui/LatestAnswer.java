package io.reelbase.app.ui;

import java.util.function.Consumer;

/**
 * Asks one question at a time in the background and hands back only the latest answer: a question asked
 * while another is out waits for it, replaces any question waiting before it, and the answer of the one
 * that was out is dropped. Typing fast, Shift+arrow through a long list or a busy queue therefore never
 * piles up queries and never shows an older answer over a newer one. FX thread only.
 */
public final class LatestAnswer<T> {
    private final BackgroundTasks tasks;
    private Question<T> waiting;
    private boolean asking;

    public LatestAnswer(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    private record Question<T>(String title, BackgroundTasks.Work<T> work, Consumer<T> onAnswer,
                               Consumer<Throwable> onFailure) {
    }

    /** Asks {@code work}; {@code onAnswer} or {@code onFailure} runs only if no newer question was asked meanwhile. */
    public void ask(String title, BackgroundTasks.Work<T> work, Consumer<T> onAnswer, Consumer<Throwable> onFailure) {
        waiting = new Question<>(title, work, onAnswer, onFailure);
        if (!asking) {
            next();
        }
    }

    /** Forgets a question still waiting and drops the answer of the one out (nothing will be handed back). */
    public void forget() {
        waiting = null;
        if (asking) {
            waiting = new Question<>(null, null, null, null);
        }
    }

    /** True while a question is out. */
    public boolean isAsking() {
        return asking;
    }

    private void next() {
        Question<T> q = waiting;
        waiting = null;
        if (q == null || q.work() == null) {
            asking = false;
            return;
        }
        asking = true;
        tasks.submit(q.title(), q.work(), answer -> done(q, () -> q.onAnswer().accept(answer)),
                error -> done(q, () -> q.onFailure().accept(error)));
    }

    private void done(Question<T> q, Runnable deliver) {
        if (waiting == null) {
            asking = false;
            deliver.run();
        } else {
            next();
        }
    }
}
