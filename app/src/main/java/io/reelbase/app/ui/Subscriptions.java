package io.reelbase.app.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

/**
 * What a view listens to while it is shown, released in one call when it is hidden (Bisq 2's pins):
 * a view subscribes in {@code activate()} and calls {@link #release()} in {@code deactivate()}.
 */
public final class Subscriptions {
    private final List<Subscription> held = new ArrayList<>();

    /** Calls {@code action} with the value now and whenever it changes. */
    public <T> void follow(ObservableValue<T> value, java.util.function.Consumer<? super T> action) {
        held.add(value.subscribe(action));
    }

    /** Calls {@code action} whenever the list changes. */
    public <T> void onChange(ObservableList<T> list, Runnable action) {
        ListChangeListener<T> l = c -> action.run();
        list.addListener(l);
        held.add(() -> list.removeListener(l));
    }

    public void add(Subscription s) {
        held.add(s);
    }

    public void release() {
        held.forEach(Subscription::unsubscribe);
        held.clear();
    }
}
