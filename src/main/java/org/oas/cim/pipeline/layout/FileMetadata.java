package org.oas.cim.pipeline.layout;

/**
 * What a file says about itself outside its data: {@code País: Costa Rica} above a header, a {@code settings}
 * sheet. Texts are as written (trimmed); resolving them is the ingest's part.
 *
 * @param countryText the country named, or null
 * @param phaseText   the phase named, or null
 * @param monthFirst  the file declares dates month first ({@code MM/DD/AAAA}); day first otherwise
 */
public record FileMetadata(String countryText, String phaseText, boolean monthFirst) {
    public static final FileMetadata NONE = new FileMetadata(null, null, false);
}
