package org.oas.cim.pipeline.system;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transaction a large read runs in when it may run outside a step's own (on a thread of its own): PostgreSQL's
 * driver fetches a query's rows a fetch at a time only inside a transaction, and otherwise holds them all at once (a
 * phase's every answer ran the heap out at 200,000 + 200,000 respondents). Read-only: such a read writes nothing.
 */
public final class StreamingReads {
    private StreamingReads() {
    }

    public static TransactionTemplate transaction(PlatformTransactionManager transactions) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return readOnly;
    }
}
