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

    /** {@code whole}'s share from {@code from} to {@code to}: work that is one part of a longer task. */
    static Progress slice(Progress whole, double from, double to) {
        return new Progress() {
            @Override
            public void update(double fraction, String message) {
                whole.update(fraction < 0 ? fraction : from + (to - from) * Math.min(1, fraction), message);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }
}
