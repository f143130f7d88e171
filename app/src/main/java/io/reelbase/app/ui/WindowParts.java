package io.reelbase.app.ui;

import io.reelbase.app.feature.export.ExportFiles;
import io.reelbase.app.feature.imports.ImportFiles;
import io.reelbase.app.feature.library.LibraryViewModel;
import io.reelbase.app.feature.library.PictureCache;
import io.reelbase.app.feature.monitor.MonitorViewModel;
import io.reelbase.app.feature.monitor.ProcessingStatus;
import io.reelbase.app.feature.sources.SourcesViewModel;
import io.reelbase.app.feature.workflows.WorkflowsViewModel;

/** What the main window is made of and uses: the screens' models and the flows of its menus and status bar. */
public record WindowParts(LibraryViewModel library, PictureCache pictures, MonitorViewModel monitor,
                          WorkflowsViewModel workflows, SourcesViewModel sources, ImportFiles imports, ExportFiles exports,
                          ProcessingStatus processing, io.reelbase.app.feature.people.PeopleViewModel people,
                          io.reelbase.app.feature.audit.AuditViewModel audit,
                          io.reelbase.app.feature.lifecycle.LifecycleViewModel lifecycle, AppInfo info) {
}
