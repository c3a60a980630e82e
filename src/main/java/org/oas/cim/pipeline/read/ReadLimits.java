package org.oas.cim.pipeline.read;

/**
 * How much a reader accepts before it rejects a file as too large.
 *
 * @param maxFileBytes    files above this size are rejected before any byte is parsed
 * @param minInflateRatio a zip entry whose compressed size is below this fraction of its expanded size is a
 *                        zip bomb (POI's {@code ZipSecureFile} guard; 0.01 is POI's own default)
 * @param maxEntryBytes   no zip entry of an xlsx may expand beyond this many bytes
 */
public record ReadLimits(long maxFileBytes, double minInflateRatio, long maxEntryBytes) {
    /** 100 MB: far above any questionnaire export, well below what a desktop can stream. */
    public static final long DEFAULT_MAX_FILE_BYTES = 100L * 1024 * 1024;
    public static final double DEFAULT_MIN_INFLATE_RATIO = 0.01;
    /** POI's own ceiling (4 GiB): a 100 MB xlsx of ordinary cells expands to well under it. */
    public static final long DEFAULT_MAX_ENTRY_BYTES = 0xFFFFFFFFL;

    public ReadLimits {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        if (!(minInflateRatio > 0 && minInflateRatio < 1)) {
            throw new IllegalArgumentException("minInflateRatio must lie between 0 and 1 (exclusive): " + minInflateRatio);
        }
        if (maxEntryBytes <= 0 || maxEntryBytes > DEFAULT_MAX_ENTRY_BYTES) {
            throw new IllegalArgumentException("maxEntryBytes must lie in 1.." + DEFAULT_MAX_ENTRY_BYTES + ": " + maxEntryBytes);
        }
    }

    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MIN_INFLATE_RATIO, DEFAULT_MAX_ENTRY_BYTES);
    }

    public ReadLimits withMaxFileBytes(long bytes) {
        return new ReadLimits(bytes, minInflateRatio, maxEntryBytes);
    }

    public ReadLimits withMinInflateRatio(double ratio) {
        return new ReadLimits(maxFileBytes, ratio, maxEntryBytes);
    }

    public ReadLimits withMaxEntryBytes(long bytes) {
        return new ReadLimits(maxFileBytes, minInflateRatio, bytes);
    }
}
