package io.reelbase.app.feature.lifecycle;

import io.reelbase.core.collection.CollectionRepository;
import io.reelbase.core.lifecycle.LifecyclePlans;
import io.reelbase.core.lifecycle.LifecycleRuleRepository;
import io.reelbase.core.lifecycle.LifecycleRunner;

/** What the Lifecycle screen uses: the rules, the plans and runs, the runner, and the collections a rule may name. */
public record LifecycleServices(LifecycleRuleRepository rules, LifecyclePlans plans, LifecycleRunner runner, CollectionRepository collections) {
}
