package io.reelbase.app.feature.library;

import io.reelbase.core.asset.AssetFilter;
import io.reelbase.core.asset.AssetType;
import java.util.List;

/** One entry of the library's sidebar: a name and the assets it shows. */
public record LibrarySection(String label, AssetFilter filter, AssetType type) {

    public static final LibrarySection ALL = new LibrarySection("All assets", AssetFilter.ALL, null);

    public static List<LibrarySection> standard() {
        return List.of(ALL,
                byType("Video", AssetType.VIDEO),
                byType("Images", AssetType.IMAGE),
                byType("Audio", AssetType.AUDIO),
                byType("Documents", AssetType.DOCUMENT));
    }

    private static LibrarySection byType(String label, AssetType type) {
        return new LibrarySection(label, AssetFilter.ofType(type), type);
    }
}
