package io.reelbase.app.feature.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelbase.app.ui.ImmediateTasks;
import io.reelbase.core.workflow.Capability;
import io.reelbase.core.workflow.RoutingCondition;
import io.reelbase.core.workflow.Workflow;
import io.reelbase.persistence.Database;
import io.reelbase.persistence.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workflow editor's state over a real catalogue: edit, save with the database's checks, test the routing. */
class WorkflowsViewModelIT {
    private static Database db;

    @BeforeAll
    static void open() {
        db = Database.open(TestDatabases.fresh());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void anAdminAddsAWorkflowAndTheTestBoxRoutesFilesToIt() {
        WorkflowsViewModel vm = new WorkflowsViewModel(db.repositories().workflows(), new ImmediateTasks());
        vm.load();
        assertThat(vm.workflows()).extracting(Workflow::name).contains("Default", "Stills", "Audio");
        vm.test("lighthouse.jpg", "IMAGE", "");
        assertThat(vm.testResultProperty().get()).startsWith("Stills").contains("conditions match");
        vm.test("harbour.mov", "VIDEO", "");
        assertThat(vm.testResultProperty().get()).startsWith("Default").contains("the default");

        vm.newWorkflow();
        vm.nameProperty().set("Interviews");
        vm.priorityProperty().set("10");
        vm.capabilities().clear();
        vm.capabilities().add(Capability.PROBE);
        vm.capabilities().add(Capability.PROXY);
        vm.addCondition();
        vm.conditions().get(0).fieldProperty().set("filename");
        vm.conditions().get(0).opProperty().set(RoutingCondition.Operator.CONTAINS);
        vm.conditions().get(0).valueProperty().set("interview");
        vm.save();
        assertThat(vm.problemProperty().get()).isNull();
        assertThat(vm.workflows()).extracting(Workflow::name).contains("Interviews");
        Workflow saved = db.repositories().workflows().findByName("Interviews").orElseThrow();
        assertThat(saved.capabilities()).containsExactly(Capability.PROBE, Capability.PROXY);
        assertThat(saved.priority()).isEqualTo(10);

        vm.test("Mayor_INTERVIEW_take2.mxf", "VIDEO", "5000000000");
        assertThat(vm.testResultProperty().get()).startsWith("Interviews");
    }

    @Test
    void invalidFormsAreRefusedWithAMessageAndNothingIsSaved() {
        WorkflowsViewModel vm = new WorkflowsViewModel(db.repositories().workflows(), new ImmediateTasks());
        vm.load();
        int before = vm.workflows().size();
        vm.newWorkflow();
        vm.nameProperty().set("Nothing to do");
        vm.capabilities().clear();
        vm.save();
        assertThat(vm.problemProperty().get()).contains("at least one capability");

        vm.capabilities().add(Capability.PROBE);
        vm.priorityProperty().set("soon");
        vm.save();
        assertThat(vm.problemProperty().get()).contains("whole number");

        vm.priorityProperty().set("5");
        vm.addCondition();
        vm.conditions().get(0).opProperty().set(RoutingCondition.Operator.MATCHES);
        vm.conditions().get(0).valueProperty().set("([");
        vm.save();
        assertThat(vm.problemProperty().get()).contains("Not a valid pattern");

        vm.conditions().clear();
        vm.nameProperty().set("stills");
        vm.save();
        assertThat(vm.problemProperty().get()).as("names are unique regardless of case").containsIgnoringCase("duplicate");
        vm.load();
        assertThat(vm.workflows()).hasSize(before);
    }
}
