package org.oas.cim.pipeline.inbox;

import java.io.IOException;
import java.util.List;

/** Where the entries a scan left in the inbox are made known to researchers; the {@code report} package provides it. */
public interface NoticeBoard {
    /** Posts the whole list of a scan's notices, replacing the last; an empty list takes the notices down. */
    void post(List<InboxNotice> notices) throws IOException;
}
