package io.reelbase.core;

/** How long work tells its caller how far it got, and learns that it should stop. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code fraction} in 0..1, or negative when unknown. */
    void update(double fraction, String message);

    boolean isCancelled();
}
