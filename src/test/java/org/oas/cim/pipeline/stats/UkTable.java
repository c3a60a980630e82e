package org.oas.cim.pipeline.stats;

import java.util.List;

/** The UK 2013 strategic assessment's capture histories (Home Office 2014; SparseMSE's {@code UKdat}), as estimation.md gives them. */
final class UkTable {
    static final List<String> LISTS = List.of("LA", "NG", "PF", "GO", "GP", "NCA");
    static final String PATTERNS = """
            100000:54 010000:463 001000:907 000100:695 000010:316 000001:57 110000:15 101000:19 100100:3
            011000:56 010100:19 010010:1 010001:3 001100:69 001010:10 001001:31 000110:8 000101:6 000011:1
            111000:1 110100:1 011100:4 011001:3 001101:1 111100:1""";

    private UkTable() {
    }

    static CaptureHistories table() {
        return CaptureHistories.parse(LISTS, PATTERNS);
    }
}
