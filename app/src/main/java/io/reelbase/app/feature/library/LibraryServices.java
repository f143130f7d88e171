package io.reelbase.app.feature.library;

import io.reelbase.core.asset.AssetCatalogue;
import io.reelbase.core.asset.AssetChangeFeed;
import io.reelbase.core.asset.AssetHistory;
import io.reelbase.core.asset.AssetSearch;
import io.reelbase.core.asset.SavedSearchRepository;
import io.reelbase.core.collection.CollectionRepository;
import io.reelbase.core.edit.AssetEdits;
import io.reelbase.core.ingest.IngestSourceRepository;
import io.reelbase.core.media.AssetMedia;
import io.reelbase.core.offline.OfflineDesk;
import io.reelbase.core.offline.WorkingSetStore;

/** What the library screen uses of the catalogue: reading, searching, versions, the edit pipeline, collections, saved searches, watch folders, pictures, the versions others save, and the offline working sets, and bringing back archived or deleted assets. */
public record LibraryServices(AssetCatalogue catalogue, AssetSearch search, AssetHistory history, AssetEdits edits,
                              CollectionRepository collections, SavedSearchRepository savedSearches, IngestSourceRepository sources,
                              AssetMedia media, AssetChangeFeed changes, WorkingSetStore workingSets,
                              OfflineDesk offline, io.reelbase.core.lifecycle.AssetRestore restore) {
}
