package io.reelbase.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelbase.core.workflow.RoutingCondition.Operator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingTest {
    private static final RoutingFacts INTERVIEW = new RoutingFacts()
            .put("asset_type", "VIDEO").put("filename", "Mayor_INTERVIEW_take2.MXF").put("size", 5_000_000_000L)
            .put("mime_type", "application/mxf");

    @Test
    void eachOperatorComparesAsPeopleExpect() {
        assertThat(new RoutingCondition("asset_type", Operator.EQUALS, "video").test(INTERVIEW)).isTrue();
        assertThat(new RoutingCondition("filename", Operator.CONTAINS, "interview").test(INTERVIEW)).isTrue();
        assertThat(new RoutingCondition("filename", Operator.MATCHES, "(?i)mayor_.*").test(INTERVIEW)).isTrue();
        assertThat(new RoutingCondition("filename", Operator.MATCHES, "mayor_.*").test(INTERVIEW)).as("case matters in patterns").isFalse();
        assertThat(new RoutingCondition("filename", Operator.EXTENSION, "mov, .mxf").test(INTERVIEW)).isTrue();
        assertThat(new RoutingCondition("filename", Operator.EXTENSION, "mp4").test(INTERVIEW)).isFalse();
        assertThat(new RoutingCondition("size", Operator.AT_LEAST, "4000000000").test(INTERVIEW)).isTrue();
        assertThat(new RoutingCondition("size", Operator.AT_MOST, "4000000000").test(INTERVIEW)).isFalse();
        assertThat(new RoutingCondition("Title", Operator.CONTAINS, "x").test(INTERVIEW)).as("missing field").isFalse();
    }

    @Test
    void badConditionsAreRefusedWhenMadeNotWhenRouting() {
        assertThatThrownBy(() -> new RoutingCondition("filename", Operator.MATCHES, "([unclosed"))
                .hasMessageContaining("Not a valid pattern");
        assertThatThrownBy(() -> new RoutingCondition("size", Operator.AT_LEAST, "big"))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> new RoutingCondition(" ", Operator.EQUALS, "x")).hasMessageContaining("field");
    }

    @Test
    void theFirstMatchingWorkflowByPriorityWinsElseTheDefault() {
        Workflow fallback = new Workflow(null, "Default", null, List.of(Capability.PROBE), List.of(), 1000, true, true, null);
        Workflow interviews = Workflow.draft("Interviews", List.of(Capability.PROBE, Capability.PROXY),
                List.of(new RoutingCondition("filename", Operator.CONTAINS, "interview")), 20);
        Workflow bigMxf = Workflow.draft("Big MXF", List.of(Capability.PROBE),
                List.of(new RoutingCondition("filename", Operator.EXTENSION, "mxf"),
                        new RoutingCondition("size", Operator.AT_LEAST, "1000000000")), 10);
        Workflow inactive = new Workflow(null, "Old", null, List.of(Capability.PROBE),
                List.of(new RoutingCondition("asset_type", Operator.EQUALS, "VIDEO")), 1, false, false, null);
        WorkflowRouter router = new WorkflowRouter(List.of(fallback, interviews, bigMxf, inactive));

        assertThat(router.route(INTERVIEW)).map(Workflow::name).contains("Big MXF");
        assertThat(router.route(new RoutingFacts().put("filename", "interview.mov"))).map(Workflow::name).contains("Interviews");
        assertThat(router.route(new RoutingFacts().put("filename", "b-roll.mov"))).map(Workflow::name).contains("Default");
        assertThat(new WorkflowRouter(List.of(interviews)).route(new RoutingFacts())).isEmpty();
    }

    @Test
    void aWorkflowNeedsANameCapabilitiesWithoutRepeatsAndAnActiveDefault() {
        assertThatThrownBy(() -> Workflow.draft("", List.of(Capability.PROBE), List.of(), 1)).hasMessageContaining("name");
        assertThatThrownBy(() -> Workflow.draft("W", List.of(), List.of(), 1)).hasMessageContaining("at least one");
        assertThatThrownBy(() -> Workflow.draft("W", List.of(Capability.PROBE, Capability.PROBE), List.of(), 1))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new Workflow(null, "W", null, List.of(Capability.PROBE), List.of(), 1, true, false, null))
                .hasMessageContaining("default workflow must be active");
    }
}
